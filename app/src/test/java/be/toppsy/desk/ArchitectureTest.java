package be.toppsy.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of DESIGN.md, enforced. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.toppsy.desk");
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should(beUsedOnlyFromTheirOwnPackageOrApp())
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("be.toppsy.desk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nothingPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void noSwingAndNoWebView() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "javafx.scene.web..")
                .check(classes);
    }

    @Test
    void awtOnlyWhereDocumentsAreRendered() {
        noClasses().that().resideOutsideOfPackages("be.toppsy.desk.reports..", "be.toppsy.desk.storage.jooq..")
                .should().dependOnClassesThat().resideInAPackage("java.awt..")
                .check(classes);
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackageOrApp() {
        return new ArchCondition<>("be used only from their own package (and App, which wires them)") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().forEach(dependency -> {
                    JavaClass user = dependency.getOriginClass();
                    boolean samePackage = user.getPackageName().equals(repository.getPackageName());
                    boolean wiring = user.getName().equals(App.class.getName());
                    if (!samePackage && !wiring) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }
}

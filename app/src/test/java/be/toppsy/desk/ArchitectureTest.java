package be.toppsy.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import be.toppsy.desk.ui.DialogService;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of DESIGN.md, enforced. */
class ArchitectureTest {

    private static final String ROOT = "be.toppsy.desk";
    private static JavaClasses classes;

    /** One slice per feature (with its subpackages), and one for the root package (App, AppGate, FeatureLinks). */
    private static final SliceAssignment FEATURES_AND_ROOT = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(ROOT)) {
                return SliceIdentifier.of("(root)");
            }
            if (name.startsWith(ROOT + ".")) {
                return SliceIdentifier.of(feature(javaClass));
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "feature packages and the root package";
        }
    };

    /** The feature a class belongs to: the first package under the root. */
    private static String feature(JavaClass javaClass) {
        String rest = javaClass.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

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
        slices().assignedFrom(FEATURES_AND_ROOT).should().beFreeOfCycles().check(classes);
    }

    /** Only the entry point wires: no feature reaches back into App, AppGate or the links between features. */
    @Test
    void noFeatureDependsOnTheRootPackage() {
        noClasses().that().resideOutsideOfPackage(ROOT)
                .should().dependOnClassesThat().resideInAPackage(ROOT)
                .check(classes);
    }

    @Test
    void servicesAndRepositoriesDoNotUseJavaFx() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                // The dialog service is the one UI-facing "service": it shows JavaFX dialogs by definition.
                .and().areNotAssignableTo(DialogService.class)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void storageDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("be.toppsy.desk.storage..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
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
        return new ArchCondition<>("be used only from their own feature (and App, which wires them)") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().forEach(dependency -> {
                    JavaClass user = dependency.getOriginClass();
                    boolean samePackage = user.getPackageName().startsWith(ROOT + ".")
                            && feature(user).equals(feature(repository));
                    boolean wiring = user.getName().equals(App.class.getName());
                    if (!samePackage && !wiring) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }
}

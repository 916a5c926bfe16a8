package be.toppsy.desk.residents.page;

import static be.toppsy.desk.storage.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.residents.ResidentsFixture;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.observations.Concern;
import be.toppsy.desk.residents.observations.NewObservation;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.observations.ObservationCategory;
import be.toppsy.desk.residents.plan.PlanAction;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resident's page on a real H2: opening is one view in the audit trail, commands are not. */
class ResidentPageViewModelTest {

    @TempDir
    Path folder;
    private ResidentsFixture f;
    private long zoe;

    @BeforeEach
    void setUp() {
        f = new ResidentsFixture(folder);
        zoe = f.resident("Zoë", "Kabongo", 30, SupportLevel.BASIC);
    }

    @AfterEach
    void tearDown() {
        f.services.database().close();
    }

    private ResidentPageViewModel page() {
        return new ResidentPageViewModel(f.residents, TaskRunner.direct(), f.services.messages());
    }

    private int viewed(long residentId) {
        return f.services.database().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("RESIDENT_VIEWED")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(residentId))));
    }

    @Test
    void commandsOnAnOpenRecordShowTheChangeWithoutAnotherViewInTheAuditTrail() {
        f.as("sara");
        ResidentPageViewModel model = page();
        model.open(zoe);

        model.level().newLevelProperty().set(SupportLevel.HEIGHTENED);
        model.level().levelReasonProperty().set("Slaapt al weken slecht; besproken met de bewoner.");
        model.level().changeLevel();
        model.plan().actionTitleProperty().set("Gesprek met tolk plannen");
        model.plan().addAction();

        assertThat(model.fileProperty().get().resident().level()).isEqualTo(SupportLevel.HEIGHTENED);
        assertThat(model.fileProperty().get().actions()).extracting(PlanAction::title)
                .containsExactly("Gesprek met tolk plannen");
        assertThat(viewed(zoe)).isEqualTo(1);
    }

    @Test
    void openingTheRecordAgainIsAnotherView() {
        f.as("sara");
        page().open(zoe);
        page().open(zoe);

        assertThat(viewed(zoe)).isEqualTo(2);
    }

    @Test
    void aMedewerkerSeesTheLimitedPageWithTheirOwnObservations() {
        f.as("tom");
        f.residents.observations().addObservation(new NewObservation(zoe, ObservationCategory.SLEEP,
                "Slaapt overdag in de living.", Concern.MEDIUM, false));
        ResidentPageViewModel model = page();

        model.open(zoe);

        assertThat(model.fileProperty().get()).isNull();
        assertThat(model.limitedProperty().get().code()).startsWith("BW-");
        assertThat(model.ownObservations()).extracting(Observation::body).containsExactly("Slaapt overdag in de living.");
        assertThat(viewed(zoe)).isZero();
    }
}

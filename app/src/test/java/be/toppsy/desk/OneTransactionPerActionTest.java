package be.toppsy.desk;

import static be.toppsy.desk.storage.jooq.Tables.AUDIT_EVENT;
import static be.toppsy.desk.storage.jooq.Tables.IV_ACTION_POINT;
import static be.toppsy.desk.storage.jooq.Tables.PLAN_ACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.intervision.board.ActionPoint;
import be.toppsy.desk.intervision.runner.ActionPointDraft;
import be.toppsy.desk.intervision.board.CaseDraft;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.board.IntervisionCase;
import be.toppsy.desk.intervision.IntervisionFeature;
import be.toppsy.desk.intervision.IntervisionServices;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.intervision.sessions.SessionDraft;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.ResidentsFeature;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.retention.RetentionFeature;
import be.toppsy.desk.residents.retention.RetentionService;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One user action is one transaction, also when it crosses features: an intervision action point
 * that becomes an action in a resident's support plan goes through the real wiring ({@link App#wire},
 * {@link FeatureLinks}) on a real H2, and a failure after the cross-feature call leaves nothing in
 * either feature.
 */
class OneTransactionPerActionTest {

    @TempDir
    Path folder;
    private App.Services services;
    private Database database;
    private IntervisionServices intervision;
    private IntervisionSession session;
    private IntervisionCase kase;
    private long sara;

    @BeforeEach
    void setUp() {
        MutableClock clock = MutableClock.at("2026-03-10T09:00:00Z");
        services = TestServices.withAdmin(folder, clock);
        database = services.database();
        ResidentService residents = feature(ResidentsFeature.class).service();
        intervision = feature(IntervisionFeature.class).services();

        TestServices.loginAsNewUser(services, "sara", Role.SUPPORT_WORKER, Role.TEAM_LEAD, Role.STAFF);
        sara = services.session().current().id();
        long resident = residents.records().create(new ResidentDraft("Amara", "Diallo", 1990, Gender.UNKNOWN, "A", "7",
                LocalDate.of(2026, 1, 5), List.of("Frans"), false, false, null, null, null, ResidentState.PRESENT,
                null, false), SupportLevel.HEIGHTENED);
        kase = intervision.cases().createCase(new CaseDraft(null, "Jonge man trekt zich terug", "Situatie.", "Wat nu?",
                SupportLevel.HEIGHTENED, List.of(), resident));
        session = intervision.sessions().createSession(new SessionDraft(LocalDate.of(2026, 3, 10), "Team A", sara, sara,
                List.of(), "", intervision.methods().defaultMethod().id(), List.of(kase.id())));
        intervision.runs().startSession(session.id());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private <F> F feature(Class<F> type) {
        return services.features().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private ActionPointDraft toThePlan() {
        return new ActionPointDraft("Gesprek over slaap plannen", sara, LocalDate.of(2026, 3, 17), true);
    }

    @Test
    void theActionPointAndItsPlanActionAreStoredTogether() {
        ActionPoint point = intervision.runs().addActionPoint(session.id(), kase.id(), toThePlan());

        assertThat(point.planActionId()).isNotNull();
        assertThat(database.dsl().fetchCount(IV_ACTION_POINT)).isEqualTo(1);
        assertThat(database.dsl().fetchCount(PLAN_ACTION)).isEqualTo(1);
    }

    @Test
    void whenTheIntervisionSideFailsAfterThePlanActionWasAddedNeitherFeatureKeepsAnything() {
        // The audit line written after the tracker's call is refused: the service's own transaction fails.
        database.dsl().execute("alter table audit_event add constraint no_sent_to_plan"
                + " check (action <> 'IV_ACTION_SENT_TO_PLAN')");
        int auditBefore = database.dsl().fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> intervision.runs().addActionPoint(session.id(), kase.id(), toThePlan()))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);

        assertThat(database.dsl().fetchCount(IV_ACTION_POINT)).isZero();
        assertThat(database.dsl().fetchCount(PLAN_ACTION)).isZero();
        assertThat(database.dsl().fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void whenTheUsersActionFailsAfterTheCrossFeatureCallNothingIsLeftInEitherFeature() {
        int auditBefore = database.dsl().fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> database.transactionWithoutResult(tx -> {
            intervision.runs().addActionPoint(session.id(), kase.id(), toThePlan());
            throw new IllegalStateException("the rest of the user's action fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(database.dsl().fetchCount(IV_ACTION_POINT)).isZero();
        assertThat(database.dsl().fetchCount(PLAN_ACTION)).isZero();
        assertThat(database.dsl().fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    /** Refuses one audit action at the database, as a full disk or a broken connection would. */
    private void refuseAuditOf(String action) {
        database.dsl().execute("alter table audit_event add constraint refuse_" + action.toLowerCase()
                + " check (action <> '" + action + "')");
    }

    @Test
    void anIdleLockTimeWhoseAuditLineFailsIsNotStored() {
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        int before = services.shellSettings().idleLockMinutes();
        refuseAuditOf("SETTING_CHANGED");

        assertThatThrownBy(() -> services.shellSettings().setIdleLockMinutes(before + 5))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);

        assertThat(services.shellSettings().idleLockMinutes()).isEqualTo(before);
    }

    @Test
    void aRetentionPeriodWhoseAuditLineFailsIsNotStored() {
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        RetentionService retention = feature(RetentionFeature.class).service();
        int before = retention.months();
        refuseAuditOf("RETENTION_PERIOD_CHANGED");

        assertThatThrownBy(() -> retention.setMonths(before + 6))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);

        assertThat(retention.months()).isEqualTo(before);
    }

    @Test
    void aDefaultMethodWhoseAuditLineFailsIsNotStored() {
        long before = intervision.methods().defaultMethod().id();
        long other = intervision.methods().methods().stream().filter(m -> m.id() != before).findFirst()
                .orElseThrow().id();
        refuseAuditOf("IV_METHOD_DEFAULT");

        assertThatThrownBy(() -> intervision.methods().setDefaultMethod(other))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);

        assertThat(intervision.methods().defaultMethod().id()).isEqualTo(before);
    }
}

package be.toppsy.desk.residents.retention;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.ResidentsFixture;
import be.toppsy.desk.residents.observations.Concern;
import be.toppsy.desk.residents.observations.NewObservation;
import be.toppsy.desk.residents.observations.ObservationCategory;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.reviews.ReviewKind;
import static be.toppsy.desk.storage.jooq.Tables.APP_USER;
import static be.toppsy.desk.storage.jooq.Tables.AUDIT_EVENT;
import static be.toppsy.desk.storage.jooq.Tables.IV_CASE;
import static be.toppsy.desk.storage.jooq.Tables.MEDICAL_NOTE;
import static be.toppsy.desk.storage.jooq.Tables.PLAN_ACTION;
import static be.toppsy.desk.storage.jooq.Tables.REFERRAL;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_LEVEL_CHANGE;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_OBSERVATION;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_REVIEW;
import static be.toppsy.desk.storage.jooq.Tables.SCREENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.storage.jooq.tables.records.AuditEventRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention on a real H2: who is due, anonymising (every column read back), deleting, permissions, audit. */
class RetentionServiceTest {

    private static final String FAMILY = "Kabongowski";
    private static final String GIVEN = "Zoë عائشة";
    private static final String MARKER = "GEHEIMXQ";
    private static final List<Table<?>> RESIDENT_TABLES = List.of(RESIDENT, RESIDENT_OBSERVATION,
            RESIDENT_LEVEL_CHANGE, PLAN_ACTION, REFERRAL, RESIDENT_REVIEW, SCREENING, MEDICAL_NOTE);

    @TempDir
    Path folder;
    private ResidentsFixture f;
    private RetentionService retention;

    @BeforeEach
    void setUp() {
        f = new ResidentsFixture(folder);
        retention = f.services.features().stream().filter(x -> x instanceof RetentionFeature)
                .map(x -> ((RetentionFeature) x).service()).findFirst().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        f.services.database().close();
    }

    private DSLContext dsl() {
        return f.services.database().dsl();
    }

    /** A resident with something in every free-text column, who left {@code monthsAgo} months ago. */
    private long fullResident(String given, String family, int monthsAgo, String marker) {
        f.as("sara");
        LocalDate arrival = f.today().minusYears(4);
        ResidentService s = f.residents;
        long id = s.records().create(draft(given, family, arrival, ResidentState.PRESENT, null, marker), SupportLevel.BASIC);
        s.observations().addObservation(new NewObservation(id, ObservationCategory.SLEEP, marker + " slaapt slecht", Concern.HIGH,
                true));
        s.records().changeLevel(id, SupportLevel.HEIGHTENED, marker + " reden", true);
        long action = s.plan().addAction(id, marker + " actie", f.id("sara"), f.today().plusDays(3), null);
        s.plan().closeAction(action, ActionState.DONE, marker + " resultaat");
        long referral = s.referrals().proposeReferral(id, null, "CGG Test", marker + " reden doorverwijzing", Set.of(),
                marker + " steun");
        s.reviews().addReview(id, ReviewKind.PERIODIC, f.today(), marker + " evaluatie");
        s.reviews().addScreening(id, "RHS-15", f.today(), 12, true);
        f.as("omer");
        s.medical().addMedicalNote(id, marker + " medisch");
        dsl().update(PLAN_ACTION).set(PLAN_ACTION.SOURCE_NOTE, marker + " bron").where(PLAN_ACTION.ID.eq(action))
                .execute();
        dsl().update(REFERRAL).set(REFERRAL.OVERRIDE_REASON, marker + " override").where(REFERRAL.ID.eq(referral))
                .execute();
        f.as("sara");
        s.records().update(id, draft(given, family, arrival, ResidentState.LEFT, f.today().minusMonths(monthsAgo), marker));
        return id;
    }

    private static ResidentDraft draft(String given, String family, LocalDate arrival, ResidentState state,
            LocalDate departure, String marker) {
        return new ResidentDraft(given, family, 1990, Gender.UNKNOWN, "A", "12", arrival, List.of("ar"), true, false,
                null, marker + " sterktes", marker + " eigen woorden", state, departure, false);
    }

    /** Every value of every column of every resident table, as text. */
    private List<String> everyValue() {
        List<String> values = new ArrayList<>();
        for (Table<?> table : RESIDENT_TABLES) {
            for (Record r : dsl().selectFrom(table).fetch()) {
                for (int i = 0; i < r.size(); i++) {
                    values.add(String.valueOf(r.get(i)));
                }
            }
        }
        return values;
    }

    /** The whole database as H2's SQL script (every table, every row). */
    private String script() {
        StringBuilder out = new StringBuilder();
        dsl().resultQuery("SCRIPT").fetch().forEach(r -> out.append(r.get(0)).append('\n'));
        return out.toString();
    }

    private long caseLinkedTo(long residentId) {
        long presenter = dsl().select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("sara"))
                .fetchOne(APP_USER.ID);
        OffsetDateTime now = OffsetDateTime.now(f.clock);
        return dsl().insertInto(IV_CASE).set(IV_CASE.PRESENTER_ID, presenter).set(IV_CASE.TITLE, "Slaapproblemen")
                .set(IV_CASE.BOARD_COLUMN, "BROUGHT_IN").set(IV_CASE.RESIDENT_ID, residentId).set(IV_CASE.CREATED_AT, now)
                .set(IV_CASE.UPDATED_AT, now).returning(IV_CASE.ID).fetchOne().getId();
    }

    @Test
    void listsOnlyResidentsWhoLeftLongerAgoThanThePeriodWithCodesAndCounts() {
        long old = fullResident("Amir", "Haddad", 14, "A1");
        fullResident("Linh", "Nguyễn", 6, "B1");
        f.resident("Present", "Person", 400, SupportLevel.BASIC);
        f.as("admin");
        assertThat(retention.months()).isEqualTo(12);
        List<RetentionCandidate> due = retention.candidates();
        assertThat(due).extracting(RetentionCandidate::id).containsExactly(old);
        RetentionCandidate c = due.get(0);
        assertThat(c.code()).startsWith("BW-");
        assertThat(c.state()).isEqualTo(ResidentState.LEFT);
        assertThat(c.observations()).isEqualTo(1);
        assertThat(c.planActions()).isEqualTo(1);
        assertThat(c.referrals()).isEqualTo(1);
        assertThat(c.reviews()).isEqualTo(1);
        assertThat(c.screenings()).isEqualTo(1);
        assertThat(c.medicalNotes()).isEqualTo(1);
        assertThat(c.anonymised()).isFalse();

        retention.setMonths(3);
        assertThat(retention.months()).isEqualTo(3);
        assertThat(retention.candidates()).hasSize(2);
        assertThatThrownBy(() -> retention.setMonths(0)).isInstanceOf(ValidationException.class);
        assertThat(dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("RETENTION_PERIOD_CHANGED"))).isEqualTo(1);
    }

    @Test
    void anonymisingRemovesEveryNameAndFreeTextAndKeepsCountsDatesAndLevels() {
        long id = fullResident(GIVEN, FAMILY, 13, MARKER);
        long other = fullResident("Other", "Keeper", 13, "KEEPME");
        long kase = caseLinkedTo(id);
        String script = script();
        assertThat(script).contains(FAMILY).contains(MARKER);
        assertThat(everyValue()).anyMatch(v -> v.contains("عائشة"));

        f.as("admin");
        RetentionCandidate before = retention.candidates().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        retention.anonymise(id);

        assertThat(everyValue()).noneMatch(v -> v.contains(FAMILY) || v.contains(MARKER) || v.contains("Zoë")
                || v.contains("عائشة"));
        String after = script();
        assertThat(after).doesNotContain(FAMILY).doesNotContain(MARKER);
        // The other resident is untouched.
        assertThat(after).contains("Keeper").contains("KEEPME");
        RetentionCandidate now = retention.candidates().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        assertThat(now.anonymised()).isTrue();
        assertThat(now.anonymisedOn()).isEqualTo(f.today());
        assertThat(now).usingRecursiveComparison().ignoringFields("anonymisedOn").isEqualTo(before);
        var row = dsl().selectFrom(RESIDENT).where(RESIDENT.ID.eq(id)).fetchOne();
        assertThat(row.getCode()).isEqualTo(before.code());
        assertThat(row.getSupportLevel()).isEqualTo("HEIGHTENED");
        assertThat(row.getBirthYear()).isEqualTo(1990);
        assertThat(row.getDepartureDate()).isEqualTo(before.departureDate());
        assertThat(dsl().select(SCREENING.SCORE).from(SCREENING).where(SCREENING.RESIDENT_ID.eq(id)).fetchOne(0))
                .isEqualTo(12);
        assertThat(dsl().select(RESIDENT_OBSERVATION.CATEGORY).from(RESIDENT_OBSERVATION)
                .where(RESIDENT_OBSERVATION.RESIDENT_ID.eq(id)).fetchOne(0)).isEqualTo("SLEEP");
        // Intervision keeps the case but not the link.
        assertThat(dsl().select(IV_CASE.RESIDENT_ID).from(IV_CASE).where(IV_CASE.ID.eq(kase)).fetchOne(0)).isNull();
        // Once is enough.
        assertThatThrownBy(() -> retention.anonymise(id)).isInstanceOf(ValidationException.class);
        assertThat(other).isNotEqualTo(id);

        AuditEventRecord audit = dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("RESIDENT_ANONYMISED"))
                .fetchOne();
        assertThat(audit.getEntityId()).isEqualTo(String.valueOf(id));
        assertThat(audit.toString()).doesNotContain(FAMILY).doesNotContain(MARKER).doesNotContain(before.code());
    }

    @Test
    void deletingRemovesTheResidentWithEverythingAndUnlinksIntervision() {
        long id = fullResident(GIVEN, FAMILY, 13, MARKER);
        long other = fullResident("Other", "Keeper", 13, "KEEPME");
        long kase = caseLinkedTo(id);
        f.as("admin");
        retention.delete(id);

        assertThat(everyValue()).noneMatch(v -> v.contains(FAMILY) || v.contains(MARKER));
        assertThat(script()).doesNotContain(FAMILY).doesNotContain(MARKER).contains("KEEPME");
        assertThat(dsl().fetchCount(RESIDENT, RESIDENT.ID.eq(id))).isZero();
        assertThat(dsl().fetchCount(RESIDENT_OBSERVATION, RESIDENT_OBSERVATION.RESIDENT_ID.eq(id))).isZero();
        assertThat(dsl().fetchCount(RESIDENT_LEVEL_CHANGE, RESIDENT_LEVEL_CHANGE.RESIDENT_ID.eq(id))).isZero();
        assertThat(dsl().fetchCount(PLAN_ACTION, PLAN_ACTION.RESIDENT_ID.eq(id))).isZero();
        assertThat(dsl().fetchCount(REFERRAL, REFERRAL.RESIDENT_ID.eq(id))).isZero();
        assertThat(dsl().fetchCount(RESIDENT_REVIEW, RESIDENT_REVIEW.RESIDENT_ID.eq(id))).isZero();
        assertThat(dsl().fetchCount(SCREENING, SCREENING.RESIDENT_ID.eq(id))).isZero();
        assertThat(dsl().fetchCount(MEDICAL_NOTE, MEDICAL_NOTE.RESIDENT_ID.eq(id))).isZero();
        assertThat(dsl().fetchCount(RESIDENT_OBSERVATION, RESIDENT_OBSERVATION.RESIDENT_ID.eq(other))).isEqualTo(1);
        assertThat(dsl().select(IV_CASE.RESIDENT_ID).from(IV_CASE).where(IV_CASE.ID.eq(kase)).fetchOne(0)).isNull();
        assertThat(retention.candidates()).extracting(RetentionCandidate::id).containsExactly(other);

        AuditEventRecord audit = dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("RESIDENT_DELETED"))
                .fetchOne();
        assertThat(audit.getEntityId()).isEqualTo(String.valueOf(id));
        assertThat(audit.toString()).doesNotContain(FAMILY).doesNotContain(MARKER);
        assertThatThrownBy(() -> retention.delete(id)).isInstanceOf(ValidationException.class);
    }

    @Test
    void residentsNotYetDueCannotBeAnonymisedOrDeleted() {
        long recent = fullResident("Linh", "Nguyễn", 6, "RECENT");
        long present = f.resident("Present", "Person", 800, SupportLevel.BASIC);
        f.as("admin");
        for (long id : new long[] {recent, present}) {
            assertThatThrownBy(() -> retention.anonymise(id)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> retention.delete(id)).isInstanceOf(ValidationException.class);
        }
        assertThat(script()).contains("RECENT");
        assertThat(dsl().fetchCount(RESIDENT)).isEqualTo(2);
    }

    @Test
    void onlyAnAdministratorMayUseRetention() {
        long id = fullResident("Amir", "Haddad", 14, "A1");
        for (String user : List.of("sara", "leen", "omer", "tom")) {
            f.as(user);
            assertThatThrownBy(() -> retention.candidates()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> retention.anonymise(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> retention.delete(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> retention.setMonths(1)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(dsl().fetchCount(RESIDENT, RESIDENT.ID.eq(id))).isEqualTo(1);
        // The administrator does not read residents' records, yet can do retention.
        f.as("admin");
        assertThatThrownBy(() -> f.residents.records().file(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(retention.candidates()).hasSize(1);
    }
}

package be.toppsy.desk.residents.retention;

import be.toppsy.desk.residents.record.ResidentState;
import static be.toppsy.desk.storage.jooq.Tables.MEDICAL_NOTE;
import static be.toppsy.desk.storage.jooq.Tables.PLAN_ACTION;
import static be.toppsy.desk.storage.jooq.Tables.REFERRAL;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_LEVEL_CHANGE;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_OBSERVATION;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_REVIEW;
import static be.toppsy.desk.storage.jooq.Tables.SCREENING;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Retention queries on the follow-up tracker's tables (V20, V50): who left long enough ago, and the
 * anonymising and deleting of one resident with everything that hangs off them. Reads no name and no
 * free text.
 */
public final class RetentionRepository {

    /** Text that replaces a removed free text in NOT NULL columns. */
    static final String REMOVED = "";

    public List<RetentionCandidate> candidates(DSLContext dsl, LocalDate leftBefore) {
        return dsl.select(RESIDENT.ID, RESIDENT.CODE, RESIDENT.STATE, RESIDENT.DEPARTURE_DATE,
                        RESIDENT.ANONYMISED_ON,
                        count(RESIDENT_OBSERVATION, RESIDENT_OBSERVATION.RESIDENT_ID),
                        count(PLAN_ACTION, PLAN_ACTION.RESIDENT_ID),
                        count(REFERRAL, REFERRAL.RESIDENT_ID),
                        count(RESIDENT_REVIEW, RESIDENT_REVIEW.RESIDENT_ID),
                        count(SCREENING, SCREENING.RESIDENT_ID),
                        count(MEDICAL_NOTE, MEDICAL_NOTE.RESIDENT_ID),
                        count(RESIDENT_LEVEL_CHANGE, RESIDENT_LEVEL_CHANGE.RESIDENT_ID))
                .from(RESIDENT)
                .where(due(leftBefore))
                .orderBy(RESIDENT.DEPARTURE_DATE.asc(), RESIDENT.CODE.asc())
                .fetch(r -> new RetentionCandidate(r.value1(), r.value2(), ResidentState.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                        r.value11(), r.value12()));
    }

    public Optional<RetentionCandidate> candidate(DSLContext dsl, long id, LocalDate leftBefore) {
        return candidates(dsl, leftBefore).stream().filter(c -> c.id() == id).findFirst();
    }

    private static Condition due(LocalDate leftBefore) {
        return RESIDENT.STATE.in(ResidentState.LEFT.name(), ResidentState.TRANSFERRED.name())
                .and(RESIDENT.DEPARTURE_DATE.isNotNull())
                .and(RESIDENT.DEPARTURE_DATE.lt(leftBefore));
    }

    private static Field<Integer> count(Table<?> table, TableField<? extends Record, Long> residentId) {
        return DSL.field(DSL.selectCount().from(table).where(residentId.eq(RESIDENT.ID)));
    }

    /** Removes names and every free text of one resident; codes, dates, categories, levels and counts stay. */
    public void anonymise(DSLContext dsl, long id, LocalDate on, OffsetDateTime now) {
        dsl.update(RESIDENT)
                .set(RESIDENT.GIVEN_NAMES, REMOVED)
                .set(RESIDENT.FAMILY_NAME, (String) null)
                // Still found by its code, as every resident is.
                .set(RESIDENT.SEARCH_KEY, DSL.lower(RESIDENT.CODE))
                .set(RESIDENT.ROOM, (String) null)
                .set(RESIDENT.STRENGTHS, (String) null)
                .set(RESIDENT.OWN_WORDS, (String) null)
                .set(RESIDENT.ANONYMISED_ON, on)
                .set(RESIDENT.UPDATED_AT, now)
                .where(RESIDENT.ID.eq(id)).execute();
        dsl.update(RESIDENT_OBSERVATION).set(RESIDENT_OBSERVATION.BODY, REMOVED)
                .where(RESIDENT_OBSERVATION.RESIDENT_ID.eq(id)).execute();
        dsl.update(RESIDENT_LEVEL_CHANGE).set(RESIDENT_LEVEL_CHANGE.REASON, REMOVED)
                .where(RESIDENT_LEVEL_CHANGE.RESIDENT_ID.eq(id)).execute();
        dsl.update(PLAN_ACTION)
                .set(PLAN_ACTION.TITLE, REMOVED)
                .set(PLAN_ACTION.SOURCE_NOTE, (String) null)
                .set(PLAN_ACTION.ORIGIN_SESSION_DATE, (LocalDate) null)
                .set(PLAN_ACTION.ORIGIN_CASE_ID, (Long) null)
                .set(PLAN_ACTION.RESULT, (String) null)
                .where(PLAN_ACTION.RESIDENT_ID.eq(id)).execute();
        dsl.update(REFERRAL)
                .set(REFERRAL.REASON, REMOVED)
                .set(REFERRAL.OVERRIDE_REASON, (String) null)
                .set(REFERRAL.INTERIM_SUPPORT, (String) null)
                .where(REFERRAL.RESIDENT_ID.eq(id)).execute();
        dsl.update(RESIDENT_REVIEW).set(RESIDENT_REVIEW.SUMMARY, (String) null)
                .where(RESIDENT_REVIEW.RESIDENT_ID.eq(id)).execute();
        dsl.update(MEDICAL_NOTE).set(MEDICAL_NOTE.BODY, REMOVED)
                .where(MEDICAL_NOTE.RESIDENT_ID.eq(id)).execute();
    }

    /** Deletes one resident and everything that hangs off them. */
    public void delete(DSLContext dsl, long id) {
        dsl.deleteFrom(RESIDENT_OBSERVATION).where(RESIDENT_OBSERVATION.RESIDENT_ID.eq(id)).execute();
        dsl.deleteFrom(RESIDENT_LEVEL_CHANGE).where(RESIDENT_LEVEL_CHANGE.RESIDENT_ID.eq(id)).execute();
        dsl.deleteFrom(PLAN_ACTION).where(PLAN_ACTION.RESIDENT_ID.eq(id)).execute();
        dsl.deleteFrom(REFERRAL).where(REFERRAL.RESIDENT_ID.eq(id)).execute();
        dsl.deleteFrom(RESIDENT_REVIEW).where(RESIDENT_REVIEW.RESIDENT_ID.eq(id)).execute();
        dsl.deleteFrom(SCREENING).where(SCREENING.RESIDENT_ID.eq(id)).execute();
        dsl.deleteFrom(MEDICAL_NOTE).where(MEDICAL_NOTE.RESIDENT_ID.eq(id)).execute();
        dsl.deleteFrom(RESIDENT).where(RESIDENT.ID.eq(id)).execute();
    }
}

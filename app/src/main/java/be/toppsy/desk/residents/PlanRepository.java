package be.toppsy.desk.residents;

import be.toppsy.desk.residents.plan.ActionOrigin;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.residents.record.ResidentState;
import static be.toppsy.desk.storage.jooq.Tables.PLAN_ACTION;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT;

import be.toppsy.desk.storage.jooq.tables.records.PlanActionRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Queries on the actions of support plans. */
public final class PlanRepository {

    // ---- actions -----------------------------------------------------------------------

    public long insertAction(DSLContext dsl, long residentId, String title, Long ownerId, LocalDate due,
            PreventionTier tier, ActionOrigin origin, OffsetDateTime now, Long createdBy) {
        return dsl.insertInto(PLAN_ACTION)
                .set(PLAN_ACTION.RESIDENT_ID, residentId)
                .set(PLAN_ACTION.TITLE, title)
                .set(PLAN_ACTION.OWNER_ID, ownerId)
                .set(PLAN_ACTION.DUE_DATE, due)
                .set(PLAN_ACTION.STATE, ActionState.OPEN.name())
                .set(PLAN_ACTION.PREVENTION_TIER, tier == null ? null : tier.name())
                .set(PLAN_ACTION.ORIGIN_SESSION_DATE, origin == null ? null : origin.sessionDate())
                .set(PLAN_ACTION.ORIGIN_CASE_ID, origin == null ? null : origin.caseId())
                .set(PLAN_ACTION.CREATED_AT, now)
                .set(PLAN_ACTION.CREATED_BY, createdBy)
                .returningResult(PLAN_ACTION.ID).fetchOne().value1();
    }

    public void closeAction(DSLContext dsl, long id, ActionState state, String result, OffsetDateTime at) {
        dsl.update(PLAN_ACTION).set(PLAN_ACTION.STATE, state.name()).set(PLAN_ACTION.RESULT, result)
                .set(PLAN_ACTION.CLOSED_AT, at).where(PLAN_ACTION.ID.eq(id)).execute();
    }

    public Optional<PlanAction> action(DSLContext dsl, long id, LongFunction<String> names) {
        return actionQuery(dsl, PLAN_ACTION.ID.eq(id), 1, names).stream().findFirst();
    }

    public List<PlanAction> actions(DSLContext dsl, Condition where, int limit, LongFunction<String> names) {
        return actionQuery(dsl, where, limit, names);
    }

    static Condition actionsOfResident(long residentId) {
        return PLAN_ACTION.RESIDENT_ID.eq(residentId);
    }

    static Condition openActions() {
        return PLAN_ACTION.STATE.eq(ActionState.OPEN.name()).and(RESIDENT.STATE.eq(ResidentState.PRESENT.name()));
    }

    static Condition openState() {
        return PLAN_ACTION.STATE.eq(ActionState.OPEN.name());
    }

    static Condition actionDueBefore(LocalDate date) {
        return PLAN_ACTION.DUE_DATE.lt(date);
    }

    static Condition actionDueBetween(LocalDate from, LocalDate toInclusive) {
        return PLAN_ACTION.DUE_DATE.between(from, toInclusive);
    }

    static Condition actionMine(long userId) {
        return PLAN_ACTION.OWNER_ID.eq(userId).or(RESIDENT.KEY_WORKER_ID.eq(userId));
    }

    private static List<PlanAction> actionQuery(DSLContext dsl, Condition where, int limit,
            LongFunction<String> names) {
        return dsl.select(PLAN_ACTION.fields()).select(RESIDENT.CODE).from(PLAN_ACTION).join(RESIDENT)
                .on(RESIDENT.ID.eq(PLAN_ACTION.RESIDENT_ID)).where(where)
                .orderBy(PLAN_ACTION.DUE_DATE.asc().nullsLast(), PLAN_ACTION.ID).limit(limit)
                .fetch(r -> action(r, names));
    }

    private static PlanAction action(Record rec, LongFunction<String> names) {
        PlanActionRecord r = rec.into(PLAN_ACTION);
        return new PlanAction(r.getId(), r.getResidentId(), rec.get(RESIDENT.CODE), r.getTitle(), r.getOwnerId(),
                r.getOwnerId() == null ? null : names.apply(r.getOwnerId()), r.getDueDate(),
                ActionState.valueOf(r.getState()), r.getPreventionTier() == null ? null
                : PreventionTier.valueOf(r.getPreventionTier()), origin(r), r.getSourceNote(), r.getResult(),
                r.getCreatedAt(), r.getClosedAt());
    }

    private static ActionOrigin origin(PlanActionRecord r) {
        return r.getOriginSessionDate() == null || r.getOriginCaseId() == null ? null
                : new ActionOrigin(r.getOriginSessionDate(), r.getOriginCaseId());
    }
}

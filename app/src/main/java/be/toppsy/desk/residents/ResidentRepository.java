package be.toppsy.desk.residents;

import be.toppsy.desk.residents.observations.Concern;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.observations.ObservationCategory;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.LevelChange;
import be.toppsy.desk.residents.record.MedicalNote;
import be.toppsy.desk.residents.record.Page;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentFilter;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.record.SearchKeys;
import be.toppsy.desk.residents.referrals.Barrier;
import be.toppsy.desk.residents.referrals.Consent;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.referrals.ReferralState;
import be.toppsy.desk.residents.reviews.Review;
import be.toppsy.desk.residents.reviews.ReviewKind;
import be.toppsy.desk.residents.reviews.Screening;
import static be.toppsy.desk.storage.jooq.Tables.MEDICAL_NOTE;
import static be.toppsy.desk.storage.jooq.Tables.PLAN_ACTION;
import static be.toppsy.desk.storage.jooq.Tables.REFERRAL;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_LEVEL_CHANGE;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_OBSERVATION;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_REVIEW;
import static be.toppsy.desk.storage.jooq.Tables.SCREENING;

import be.toppsy.desk.storage.jooq.tables.records.PlanActionRecord;
import be.toppsy.desk.storage.jooq.tables.records.ReferralRecord;
import be.toppsy.desk.storage.jooq.tables.records.ResidentRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Queries of the follow-up tracker. User names are not in these tables: callers pass a function
 * from user id to name (the accounts service's data), so no other feature's table is read here.
 */
public final class ResidentRepository {

    private static final Field<Integer> LEVEL_ORDER = DSL.when(RESIDENT.SUPPORT_LEVEL.eq("INTENSIVE"), 0)
            .when(RESIDENT.SUPPORT_LEVEL.eq("HEIGHTENED"), 1).otherwise(2);

    // ---- residents ---------------------------------------------------------------------

    public boolean codeExists(DSLContext dsl, String code) {
        return dsl.fetchExists(RESIDENT, RESIDENT.CODE.eq(code));
    }

    public long insert(DSLContext dsl, String code, ResidentDraft d, String searchKey, SupportLevel level,
            OffsetDateTime now) {
        ResidentRecord r = dsl.newRecord(RESIDENT);
        r.setCode(code);
        fill(r, d, searchKey);
        r.setSupportLevel(level.name());
        r.setLevelChangedOn(null);
        r.setTeamDiscussion(d.teamDiscussion());
        r.setMedicalFlag(false);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        return r.getId();
    }

    public void update(DSLContext dsl, long id, ResidentDraft d, String searchKey, OffsetDateTime now) {
        ResidentRecord r = dsl.fetchSingle(RESIDENT, RESIDENT.ID.eq(id));
        fill(r, d, searchKey);
        r.setTeamDiscussion(d.teamDiscussion());
        r.setUpdatedAt(now);
        r.store();
    }

    private static void fill(ResidentRecord r, ResidentDraft d, String searchKey) {
        r.setGivenNames(d.givenNames());
        r.setFamilyName(d.familyName());
        r.setSearchKey(searchKey);
        r.setBirthYear(d.birthYear());
        r.setGender(d.gender().name());
        r.setUnit(d.unit());
        r.setRoom(d.room());
        r.setArrivalDate(d.arrivalDate());
        r.setLanguages(d.languages().isEmpty() ? null : String.join(",", d.languages()));
        r.setInterpreterNeeded(d.interpreterNeeded());
        r.setMediatorNeeded(d.mediatorNeeded());
        r.setKeyWorkerId(d.keyWorkerId());
        r.setStrengths(d.strengths());
        r.setOwnWords(d.ownWords());
        r.setState(d.state().name());
        r.setDepartureDate(d.departureDate());
    }

    public Optional<Resident> find(DSLContext dsl, long id, LongFunction<String> names) {
        return dsl.selectFrom(RESIDENT).where(RESIDENT.ID.eq(id)).fetchOptional(r -> resident(r, names));
    }

    public Optional<String> code(DSLContext dsl, long id) {
        return dsl.select(RESIDENT.CODE).from(RESIDENT).where(RESIDENT.ID.eq(id)).fetchOptional(RESIDENT.CODE);
    }

    public void setLevel(DSLContext dsl, long id, SupportLevel level, LocalDate on, OffsetDateTime now) {
        dsl.update(RESIDENT).set(RESIDENT.SUPPORT_LEVEL, level.name()).set(RESIDENT.LEVEL_CHANGED_ON, on)
                .set(RESIDENT.UPDATED_AT, now).where(RESIDENT.ID.eq(id)).execute();
    }

    public void setMedicalFlag(DSLContext dsl, long id, boolean flag, OffsetDateTime at) {
        dsl.update(RESIDENT).set(RESIDENT.MEDICAL_FLAG, flag).set(RESIDENT.MEDICAL_FLAG_AT, flag ? at : null)
                .where(RESIDENT.ID.eq(id)).execute();
    }

    public void setTeamDiscussion(DSLContext dsl, long id, boolean flag) {
        dsl.update(RESIDENT).set(RESIDENT.TEAM_DISCUSSION, flag).where(RESIDENT.ID.eq(id)).execute();
    }

    public void setLastObservation(DSLContext dsl, long id, OffsetDateTime at) {
        dsl.update(RESIDENT).set(RESIDENT.LAST_OBSERVATION_AT, at).where(RESIDENT.ID.eq(id))
                .and(RESIDENT.LAST_OBSERVATION_AT.isNull().or(RESIDENT.LAST_OBSERVATION_AT.lt(at))).execute();
    }

    public void setNextReviewDue(DSLContext dsl, long id, LocalDate due) {
        dsl.update(RESIDENT).set(RESIDENT.NEXT_REVIEW_DUE, due).where(RESIDENT.ID.eq(id)).execute();
    }

    /** What the review schedule needs, for every resident (used when the intervals change). */
    public List<ScheduleInput> scheduleInputs(DSLContext dsl, Long onlyId) {
        Field<LocalDate> lastReview = DSL.field(DSL.select(DSL.max(RESIDENT_REVIEW.HELD_ON)).from(RESIDENT_REVIEW)
                .where(RESIDENT_REVIEW.RESIDENT_ID.eq(RESIDENT.ID)));
        Field<Boolean> assessed = DSL.field(DSL.exists(DSL.selectOne().from(RESIDENT_REVIEW)
                .where(RESIDENT_REVIEW.RESIDENT_ID.eq(RESIDENT.ID))
                .and(RESIDENT_REVIEW.KIND.eq(ReviewKind.NEEDS_ASSESSMENT.name()))));
        return dsl.select(RESIDENT.ID, RESIDENT.STATE, RESIDENT.ARRIVAL_DATE, RESIDENT.SUPPORT_LEVEL,
                        RESIDENT.LEVEL_CHANGED_ON, RESIDENT.NEXT_REVIEW_DUE, lastReview, assessed)
                .from(RESIDENT).where(onlyId == null ? DSL.noCondition() : RESIDENT.ID.eq(onlyId))
                .fetch(r -> new ScheduleInput(r.value1(), ResidentState.valueOf(r.value2()), r.value3(),
                        SupportLevel.valueOf(r.value4()), r.value5(), r.value6(), r.value7(),
                        Boolean.TRUE.equals(r.value8())));
    }

    /** Inputs of {@link ReviewSchedule} for one resident, and the due date stored now. */
    public record ScheduleInput(long id, ResidentState state, LocalDate arrival, SupportLevel level,
            LocalDate levelChangedOn, LocalDate storedDue, LocalDate lastReview, boolean needsAssessmentHeld) {
    }

    public Page<ResidentRow> page(DSLContext dsl, ResidentFilter f, LocalDate today, OffsetDateTime quietSince,
            boolean withNames, LongFunction<String> names) {
        Condition where = conditions(f, today, quietSince);
        int total = dsl.fetchCount(RESIDENT, where);
        int size = f.pageSize() <= 0 ? ResidentFilter.DEFAULT_PAGE_SIZE : f.pageSize();
        int page = Math.max(0, Math.min(f.page(), Math.max(0, (total - 1) / size)));
        List<ResidentRow> rows = dsl.selectFrom(RESIDENT).where(where)
                .orderBy(LEVEL_ORDER, RESIDENT.CODE)
                .limit(size).offset(page * size)
                .fetch(r -> row(r, withNames, names));
        return new Page<>(rows, total, page, size);
    }

    /** Rows matching a condition made by the service (Today lists); at most {@code limit}. */
    public List<ResidentRow> rows(DSLContext dsl, Condition where, int limit, boolean withNames,
            LongFunction<String> names) {
        return dsl.selectFrom(RESIDENT).where(where).orderBy(LEVEL_ORDER, RESIDENT.CODE).limit(limit)
                .fetch(r -> row(r, withNames, names));
    }

    static Condition conditions(ResidentFilter f, LocalDate today, OffsetDateTime quietSince) {
        List<Condition> c = new ArrayList<>();
        if (f.query() != null && !f.query().isBlank()) {
            String q = f.query().trim();
            String key = "%" + SearchKeys.of(q) + "%";
            Condition byCode = RESIDENT.CODE.likeIgnoreCase("%" + q.toUpperCase() + "%");
            c.add(byCode.or(RESIDENT.SEARCH_KEY.like(key)));
        }
        if (f.level() != null) {
            c.add(RESIDENT.SUPPORT_LEVEL.eq(f.level().name()));
        }
        if (f.keyWorkerId() != null) {
            c.add(RESIDENT.KEY_WORKER_ID.eq(f.keyWorkerId()));
        }
        if (f.unit() != null && !f.unit().isBlank()) {
            c.add(RESIDENT.UNIT.eq(f.unit()));
        }
        if (f.state() != null) {
            c.add(RESIDENT.STATE.eq(f.state().name()));
        }
        if (f.teamDiscussion()) {
            c.add(RESIDENT.TEAM_DISCUSSION.isTrue());
        }
        if (f.medicalFlag()) {
            c.add(RESIDENT.MEDICAL_FLAG.isTrue());
        }
        if (f.reviewOverdue()) {
            c.add(RESIDENT.NEXT_REVIEW_DUE.lt(today));
        }
        if (f.quiet()) {
            c.add(quiet(quietSince));
        }
        return DSL.and(c);
    }

    static Condition quiet(OffsetDateTime quietSince) {
        return RESIDENT.SUPPORT_LEVEL.in(SupportLevel.HEIGHTENED.name(), SupportLevel.INTENSIVE.name())
                .and(RESIDENT.STATE.eq(ResidentState.PRESENT.name()))
                .and(RESIDENT.LAST_OBSERVATION_AT.isNull().or(RESIDENT.LAST_OBSERVATION_AT.lt(quietSince)));
    }

    static Condition present() {
        return RESIDENT.STATE.eq(ResidentState.PRESENT.name());
    }

    static Condition keyWorker(long userId) {
        return RESIDENT.KEY_WORKER_ID.eq(userId);
    }

    static Condition reviewDueBefore(LocalDate date) {
        return RESIDENT.NEXT_REVIEW_DUE.lt(date);
    }

    static Condition reviewDueBetween(LocalDate from, LocalDate toInclusive) {
        return RESIDENT.NEXT_REVIEW_DUE.between(from, toInclusive);
    }

    static Condition medicalFlagged() {
        return RESIDENT.MEDICAL_FLAG.isTrue();
    }

    static Condition teamDiscussionFlagged() {
        return RESIDENT.TEAM_DISCUSSION.isTrue();
    }

    public List<String> units(DSLContext dsl) {
        return dsl.selectDistinct(RESIDENT.UNIT).from(RESIDENT).where(RESIDENT.UNIT.isNotNull())
                .orderBy(RESIDENT.UNIT).fetch(RESIDENT.UNIT);
    }

    /** "BW-7K3Q · Name" for each of the given residents. */
    public java.util.Map<Long, String> labels(DSLContext dsl, Collection<Long> ids) {
        java.util.Map<Long, String> labels = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        dsl.select(RESIDENT.ID, RESIDENT.CODE, RESIDENT.GIVEN_NAMES, RESIDENT.FAMILY_NAME).from(RESIDENT)
                .where(RESIDENT.ID.in(ids))
                .forEach(r -> labels.put(r.value1(), r.value2() + " · " + fullName(r.value3(), r.value4())));
        return labels;
    }

    public int count(DSLContext dsl) {
        return dsl.fetchCount(RESIDENT);
    }

    public List<Long> idsOfKeyWorker(DSLContext dsl, long userId) {
        return dsl.select(RESIDENT.ID).from(RESIDENT).where(RESIDENT.KEY_WORKER_ID.eq(userId)).fetch(RESIDENT.ID);
    }

    private static ResidentRow row(ResidentRecord r, boolean withNames, LongFunction<String> names) {
        String name = withNames ? fullName(r.getGivenNames(), r.getFamilyName()) : null;
        return new ResidentRow(r.getId(), r.getCode(), name, r.getUnit(), r.getRoom(),
                SupportLevel.valueOf(r.getSupportLevel()), ResidentState.valueOf(r.getState()), r.getKeyWorkerId(),
                r.getKeyWorkerId() == null ? null : names.apply(r.getKeyWorkerId()),
                Boolean.TRUE.equals(r.getTeamDiscussion()), Boolean.TRUE.equals(r.getMedicalFlag()),
                r.getNextReviewDue(), r.getLastObservationAt());
    }

    static String fullName(String given, String family) {
        return family == null || family.isBlank() ? given : given + " " + family;
    }

    private static Resident resident(ResidentRecord r, LongFunction<String> names) {
        List<String> languages = r.getLanguages() == null || r.getLanguages().isBlank() ? List.of()
                : Arrays.stream(r.getLanguages().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Resident(r.getId(), r.getCode(), r.getGivenNames(), r.getFamilyName(), r.getBirthYear(),
                Gender.valueOf(r.getGender()), r.getUnit(), r.getRoom(), r.getArrivalDate(), languages,
                Boolean.TRUE.equals(r.getInterpreterNeeded()), Boolean.TRUE.equals(r.getMediatorNeeded()),
                r.getKeyWorkerId(), r.getKeyWorkerId() == null ? null : names.apply(r.getKeyWorkerId()),
                r.getStrengths(), r.getOwnWords(), ResidentState.valueOf(r.getState()), r.getDepartureDate(),
                SupportLevel.valueOf(r.getSupportLevel()), r.getLevelChangedOn(),
                Boolean.TRUE.equals(r.getTeamDiscussion()), Boolean.TRUE.equals(r.getMedicalFlag()),
                r.getLastObservationAt(), r.getNextReviewDue());
    }

    // ---- observations ------------------------------------------------------------------

    public long insertObservation(DSLContext dsl, long residentId, OffsetDateTime at, long authorId,
            ObservationCategory category, Concern concern, boolean discuss, String body) {
        return dsl.insertInto(RESIDENT_OBSERVATION)
                .set(RESIDENT_OBSERVATION.RESIDENT_ID, residentId)
                .set(RESIDENT_OBSERVATION.OBSERVED_AT, at)
                .set(RESIDENT_OBSERVATION.AUTHOR_ID, authorId)
                .set(RESIDENT_OBSERVATION.CATEGORY, category.name())
                .set(RESIDENT_OBSERVATION.CONCERN, concern.name())
                .set(RESIDENT_OBSERVATION.DISCUSS, discuss)
                .set(RESIDENT_OBSERVATION.BODY, body)
                .returningResult(RESIDENT_OBSERVATION.ID).fetchOne().value1();
    }

    /** Observations, newest first, optionally of one resident and/or by one author, since a moment. */
    public List<Observation> observations(DSLContext dsl, Long residentId, Long authorId, OffsetDateTime since,
            boolean concerningOnly, Collection<Long> residentIds, int limit, LongFunction<String> names) {
        List<Condition> c = new ArrayList<>();
        if (residentId != null) {
            c.add(RESIDENT_OBSERVATION.RESIDENT_ID.eq(residentId));
        }
        if (authorId != null) {
            c.add(RESIDENT_OBSERVATION.AUTHOR_ID.eq(authorId));
        }
        if (since != null) {
            c.add(RESIDENT_OBSERVATION.OBSERVED_AT.ge(since));
        }
        if (concerningOnly) {
            c.add(RESIDENT_OBSERVATION.CONCERN.eq(Concern.HIGH.name())
                    .or(RESIDENT_OBSERVATION.CATEGORY.eq(ObservationCategory.SUICIDAL.name())));
        }
        if (residentIds != null) {
            c.add(RESIDENT_OBSERVATION.RESIDENT_ID.in(residentIds));
        }
        return dsl.select(RESIDENT_OBSERVATION.fields()).select(RESIDENT.CODE)
                .from(RESIDENT_OBSERVATION).join(RESIDENT).on(RESIDENT.ID.eq(RESIDENT_OBSERVATION.RESIDENT_ID))
                .where(c).orderBy(RESIDENT_OBSERVATION.OBSERVED_AT.desc(), RESIDENT_OBSERVATION.ID.desc())
                .limit(limit)
                .fetch(r -> new Observation(r.get(RESIDENT_OBSERVATION.ID), r.get(RESIDENT_OBSERVATION.RESIDENT_ID),
                        r.get(RESIDENT.CODE), r.get(RESIDENT_OBSERVATION.OBSERVED_AT),
                        r.get(RESIDENT_OBSERVATION.AUTHOR_ID), names.apply(r.get(RESIDENT_OBSERVATION.AUTHOR_ID)),
                        ObservationCategory.valueOf(r.get(RESIDENT_OBSERVATION.CATEGORY)),
                        Concern.valueOf(r.get(RESIDENT_OBSERVATION.CONCERN)),
                        Boolean.TRUE.equals(r.get(RESIDENT_OBSERVATION.DISCUSS)), r.get(RESIDENT_OBSERVATION.BODY)));
    }

    // ---- level changes -----------------------------------------------------------------

    public long insertLevelChange(DSLContext dsl, long residentId, OffsetDateTime at, long byId, SupportLevel from,
            SupportLevel to, String reason, boolean discussed) {
        return dsl.insertInto(RESIDENT_LEVEL_CHANGE)
                .set(RESIDENT_LEVEL_CHANGE.RESIDENT_ID, residentId)
                .set(RESIDENT_LEVEL_CHANGE.CHANGED_AT, at)
                .set(RESIDENT_LEVEL_CHANGE.CHANGED_BY, byId)
                .set(RESIDENT_LEVEL_CHANGE.FROM_LEVEL, from == null ? null : from.name())
                .set(RESIDENT_LEVEL_CHANGE.TO_LEVEL, to.name())
                .set(RESIDENT_LEVEL_CHANGE.REASON, reason)
                .set(RESIDENT_LEVEL_CHANGE.DISCUSSED_IN_TEAM, discussed)
                .returningResult(RESIDENT_LEVEL_CHANGE.ID).fetchOne().value1();
    }

    public List<LevelChange> levelChanges(DSLContext dsl, Long residentId, OffsetDateTime since,
            LongFunction<String> names) {
        List<Condition> c = new ArrayList<>();
        if (residentId != null) {
            c.add(RESIDENT_LEVEL_CHANGE.RESIDENT_ID.eq(residentId));
        }
        if (since != null) {
            c.add(RESIDENT_LEVEL_CHANGE.CHANGED_AT.ge(since));
        }
        return dsl.selectFrom(RESIDENT_LEVEL_CHANGE).where(c).orderBy(RESIDENT_LEVEL_CHANGE.CHANGED_AT.desc())
                .fetch(r -> new LevelChange(r.getId(), r.getResidentId(), r.getChangedAt(), r.getChangedBy(),
                        names.apply(r.getChangedBy()), r.getFromLevel() == null ? null
                        : SupportLevel.valueOf(r.getFromLevel()), SupportLevel.valueOf(r.getToLevel()), r.getReason(),
                        Boolean.TRUE.equals(r.getDiscussedInTeam())));
    }

    // ---- actions -----------------------------------------------------------------------

    public long insertAction(DSLContext dsl, long residentId, String title, Long ownerId, LocalDate due,
            PreventionTier tier, String sourceNote, OffsetDateTime now, Long createdBy) {
        return dsl.insertInto(PLAN_ACTION)
                .set(PLAN_ACTION.RESIDENT_ID, residentId)
                .set(PLAN_ACTION.TITLE, title)
                .set(PLAN_ACTION.OWNER_ID, ownerId)
                .set(PLAN_ACTION.DUE_DATE, due)
                .set(PLAN_ACTION.STATE, ActionState.OPEN.name())
                .set(PLAN_ACTION.PREVENTION_TIER, tier == null ? null : tier.name())
                .set(PLAN_ACTION.SOURCE_NOTE, sourceNote)
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
                : PreventionTier.valueOf(r.getPreventionTier()), r.getSourceNote(), r.getResult(), r.getCreatedAt(),
                r.getClosedAt());
    }

    // ---- referrals ---------------------------------------------------------------------

    public long insertReferral(DSLContext dsl, long residentId, Long serviceId, String serviceName, String reason,
            LocalDate proposedOn, Set<Barrier> barriers, String interim, Long by, OffsetDateTime now) {
        return dsl.insertInto(REFERRAL)
                .set(REFERRAL.RESIDENT_ID, residentId)
                .set(REFERRAL.SERVICE_ID, serviceId)
                .set(REFERRAL.SERVICE_NAME, serviceName)
                .set(REFERRAL.REASON, reason)
                .set(REFERRAL.CONSENT, Consent.NOT_ASKED.name())
                .set(REFERRAL.STATE, ReferralState.PROPOSED.name())
                .set(REFERRAL.PROPOSED_ON, proposedOn)
                .set(REFERRAL.BARRIERS, barriersText(barriers))
                .set(REFERRAL.INTERIM_SUPPORT, interim)
                .set(REFERRAL.CREATED_BY, by)
                .set(REFERRAL.CREATED_AT, now)
                .returningResult(REFERRAL.ID).fetchOne().value1();
    }

    public void setConsent(DSLContext dsl, long id, Consent consent, LocalDate on) {
        dsl.update(REFERRAL).set(REFERRAL.CONSENT, consent.name()).set(REFERRAL.CONSENT_ON, on)
                .where(REFERRAL.ID.eq(id)).execute();
    }

    public void setOverride(DSLContext dsl, long id, String reason, long by) {
        dsl.update(REFERRAL).set(REFERRAL.OVERRIDE_REASON, reason).set(REFERRAL.OVERRIDE_BY, by)
                .where(REFERRAL.ID.eq(id)).execute();
    }

    public void setReferralState(DSLContext dsl, long id, ReferralState state, LocalDate requestedOn,
            LocalDate startedOn, LocalDate endedOn) {
        dsl.update(REFERRAL).set(REFERRAL.STATE, state.name()).set(REFERRAL.REQUESTED_ON, requestedOn)
                .set(REFERRAL.STARTED_ON, startedOn).set(REFERRAL.ENDED_ON, endedOn)
                .where(REFERRAL.ID.eq(id)).execute();
    }

    public void setReferralFollowUp(DSLContext dsl, long id, Set<Barrier> barriers, String interim) {
        dsl.update(REFERRAL).set(REFERRAL.BARRIERS, barriersText(barriers)).set(REFERRAL.INTERIM_SUPPORT, interim)
                .where(REFERRAL.ID.eq(id)).execute();
    }

    public Optional<Referral> referral(DSLContext dsl, long id) {
        return referrals(dsl, REFERRAL.ID.eq(id)).stream().findFirst();
    }

    public List<Referral> referrals(DSLContext dsl, Condition where) {
        return dsl.select(REFERRAL.fields()).select(RESIDENT.CODE).from(REFERRAL).join(RESIDENT)
                .on(RESIDENT.ID.eq(REFERRAL.RESIDENT_ID)).where(where)
                .orderBy(REFERRAL.PROPOSED_ON.desc(), REFERRAL.ID.desc())
                .fetch(ResidentRepository::referral);
    }

    static Condition referralsOfResident(long residentId) {
        return REFERRAL.RESIDENT_ID.eq(residentId);
    }

    static Condition referralsWaiting() {
        return REFERRAL.STATE.in(ReferralState.REQUESTED.name(), ReferralState.WAITING.name())
                .and(RESIDENT.STATE.eq(ResidentState.PRESENT.name()));
    }

    static Condition referralsOfKeyWorker(long userId) {
        return RESIDENT.KEY_WORKER_ID.eq(userId);
    }

    private static Referral referral(Record rec) {
        ReferralRecord r = rec.into(REFERRAL);
        return new Referral(r.getId(), r.getResidentId(), rec.get(RESIDENT.CODE), r.getServiceId(),
                r.getServiceName(), r.getReason(), Consent.valueOf(r.getConsent()), r.getConsentOn(),
                r.getOverrideReason(), ReferralState.valueOf(r.getState()), r.getProposedOn(), r.getRequestedOn(),
                r.getStartedOn(), r.getEndedOn(), barriers(r.getBarriers()), r.getInterimSupport());
    }

    private static String barriersText(Set<Barrier> barriers) {
        return barriers == null || barriers.isEmpty() ? null
                : barriers.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<Barrier> barriers(String text) {
        Set<Barrier> set = EnumSet.noneOf(Barrier.class);
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    set.add(Barrier.valueOf(part.trim()));
                }
            }
        }
        return set;
    }

    // ---- reviews, screenings, medical notes --------------------------------------------

    public long insertReview(DSLContext dsl, long residentId, ReviewKind kind, LocalDate heldOn, Long by,
            String summary, OffsetDateTime now) {
        return dsl.insertInto(RESIDENT_REVIEW)
                .set(RESIDENT_REVIEW.RESIDENT_ID, residentId)
                .set(RESIDENT_REVIEW.KIND, kind.name())
                .set(RESIDENT_REVIEW.HELD_ON, heldOn)
                .set(RESIDENT_REVIEW.HELD_BY, by)
                .set(RESIDENT_REVIEW.SUMMARY, summary)
                .set(RESIDENT_REVIEW.CREATED_AT, now)
                .returningResult(RESIDENT_REVIEW.ID).fetchOne().value1();
    }

    public List<Review> reviews(DSLContext dsl, long residentId, LongFunction<String> names) {
        return dsl.selectFrom(RESIDENT_REVIEW).where(RESIDENT_REVIEW.RESIDENT_ID.eq(residentId))
                .orderBy(RESIDENT_REVIEW.HELD_ON.desc(), RESIDENT_REVIEW.ID.desc())
                .fetch(r -> new Review(r.getId(), r.getResidentId(), ReviewKind.valueOf(r.getKind()), r.getHeldOn(),
                        r.getHeldBy() == null ? null : names.apply(r.getHeldBy()), r.getSummary()));
    }

    public long insertScreening(DSLContext dsl, long residentId, String instrument, LocalDate on, Integer score,
            boolean threshold, Long by, OffsetDateTime now) {
        return dsl.insertInto(SCREENING)
                .set(SCREENING.RESIDENT_ID, residentId)
                .set(SCREENING.INSTRUMENT, instrument)
                .set(SCREENING.SCREENED_ON, on)
                .set(SCREENING.SCORE, score)
                .set(SCREENING.THRESHOLD_REACHED, threshold)
                .set(SCREENING.ENTERED_BY, by)
                .set(SCREENING.CREATED_AT, now)
                .returningResult(SCREENING.ID).fetchOne().value1();
    }

    public List<Screening> screenings(DSLContext dsl, long residentId) {
        return dsl.selectFrom(SCREENING).where(SCREENING.RESIDENT_ID.eq(residentId))
                .orderBy(SCREENING.SCREENED_ON.desc(), SCREENING.ID.desc())
                .fetch(r -> new Screening(r.getId(), r.getResidentId(), r.getInstrument(), r.getScreenedOn(),
                        r.getScore(), Boolean.TRUE.equals(r.getThresholdReached())));
    }

    public long insertMedicalNote(DSLContext dsl, long residentId, OffsetDateTime at, long authorId, String body) {
        return dsl.insertInto(MEDICAL_NOTE)
                .set(MEDICAL_NOTE.RESIDENT_ID, residentId)
                .set(MEDICAL_NOTE.WRITTEN_AT, at)
                .set(MEDICAL_NOTE.AUTHOR_ID, authorId)
                .set(MEDICAL_NOTE.BODY, body)
                .returningResult(MEDICAL_NOTE.ID).fetchOne().value1();
    }

    public List<MedicalNote> medicalNotes(DSLContext dsl, long residentId, LongFunction<String> names) {
        return dsl.selectFrom(MEDICAL_NOTE).where(MEDICAL_NOTE.RESIDENT_ID.eq(residentId))
                .orderBy(MEDICAL_NOTE.WRITTEN_AT.desc())
                .fetch(r -> new MedicalNote(r.getId(), r.getResidentId(), r.getWrittenAt(),
                        names.apply(r.getAuthorId()), r.getBody()));
    }
}

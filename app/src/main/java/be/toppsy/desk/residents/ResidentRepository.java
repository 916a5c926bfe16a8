package be.toppsy.desk.residents;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.LevelChange;
import be.toppsy.desk.residents.record.Page;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentFilter;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.record.SearchKeys;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_LEVEL_CHANGE;

import be.toppsy.desk.storage.jooq.tables.records.ResidentRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Queries of the follow-up tracker. User names are not in these tables: callers pass a function
 * from user id to name (the accounts service's data), so no other feature's table is read here.
 */
public final class ResidentRepository {

    private static final Field<Integer> LEVEL_ORDER = DSL
            .when(RESIDENT.SUPPORT_LEVEL.eq(SupportLevel.INTENSIVE.name()), 0)
            .when(RESIDENT.SUPPORT_LEVEL.eq(SupportLevel.HEIGHTENED.name()), 1).otherwise(2);

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
            // contains() escapes LIKE wildcards: "%" or "_" typed by a user matches only itself.
            Condition byCode = RESIDENT.CODE.containsIgnoreCase(q);
            c.add(byCode.or(RESIDENT.SEARCH_KEY.contains(SearchKeys.of(q))));
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

}

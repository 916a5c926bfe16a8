package be.toppsy.desk.residents;

import static be.toppsy.desk.residents.ResidentService.AUDIT_ENTITY;
import static be.toppsy.desk.residents.ResidentService.MAX_TEXT;
import static be.toppsy.desk.residents.ResidentsContext.trim;

import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.LevelChange;
import be.toppsy.desk.residents.record.ListContext;
import be.toppsy.desk.residents.record.MedicalNote;
import be.toppsy.desk.residents.record.Page;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentCodes;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.residents.record.ResidentFilter;
import be.toppsy.desk.residents.record.ResidentRef;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.record.ResidentSummary;
import be.toppsy.desk.residents.record.SearchKeys;
import be.toppsy.desk.residents.record.Timeline;
import be.toppsy.desk.residents.record.TimelineEntry;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.reviews.Review;
import be.toppsy.desk.residents.reviews.Screening;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.ui.DemoData;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.jooq.DSLContext;

/**
 * The resident record: the list and search, the whole file (audited as a view), creating and
 * changing a record, the support level and the team-discussion flag, and the de-identified
 * summaries other features use.
 */
public final class ResidentRecordService {

    private final ResidentsContext ctx;
    private final ResidentRepository residentsRows;
    private final ObservationRepository observationsRows;
    private final PlanRepository plansRows;
    private final ReferralRepository referralsRows;
    private final ReviewRepository reviewsRows;
    private final MedicalNoteRepository notesRows;
    private final ReviewScheduler schedule;
    private final ResidentCodes codes;

    ResidentRecordService(ResidentsContext ctx, ResidentRepository residentsRows,
            ObservationRepository observationsRows, PlanRepository plansRows, ReferralRepository referralsRows,
            ReviewRepository reviewsRows, MedicalNoteRepository notesRows, ReviewScheduler schedule,
            ResidentCodes codes) {
        this.ctx = ctx;
        this.residentsRows = residentsRows;
        this.observationsRows = observationsRows;
        this.plansRows = plansRows;
        this.referralsRows = referralsRows;
        this.reviewsRows = reviewsRows;
        this.notesRows = notesRows;
        this.schedule = schedule;
        this.codes = codes;
    }

    /** Active colleagues for pickers (key worker, owner). */
    public List<User> colleagues() {
        return ctx.accounts.activeUsers();
    }

    /** What the residents list reads once when it opens (settings, colleagues' names, units). */
    public ListContext listContext() {
        ctx.session.require(Permission.RESIDENT_LIST);
        return new ListContext(schedule.settings().quietDays(), colleagueNames(),
                residentsRows.units(ctx.database.dsl()));
    }

    /** One page of the residents list. Names only for users with RESIDENT_VIEW. */
    public Page<ResidentRow> list(ResidentFilter filter) {
        return list(filter, listContext());
    }

    /**
     * One page of the residents list with what {@link #listContext()} read before: two queries
     * (count and page), plus one per key worker who is no longer an active user.
     */
    public Page<ResidentRow> list(ResidentFilter filter, ListContext context) {
        ctx.session.require(Permission.RESIDENT_LIST);
        return residentsRows.page(ctx.database.dsl(), filter, ctx.today(), ctx.now().minusDays(context.quietDays()),
                ctx.session.has(Permission.RESIDENT_VIEW), ctx.names(context.userNames()));
    }

    /**
     * The resident picker of the observation entry: present residents by code or name. The name is
     * shown here to every staff member, because picking the right person needs it.
     */
    public List<ResidentRow> pick(String query, int limit) {
        return pick(query, limit, colleagueNames());
    }

    /** The active colleagues' names, which a picker reads once rather than on every search. */
    public Map<Long, String> colleagueNames() {
        Map<Long, String> names = new HashMap<>();
        ctx.accounts.activeUsers().forEach(u -> names.put(u.id(), u.displayName()));
        return Map.copyOf(names);
    }

    /** As {@link #pick(String, int)} with the names read before: one query (no count, no users). */
    public List<ResidentRow> pick(String query, int limit, Map<Long, String> colleagueNames) {
        ctx.session.require(Permission.OBSERVATION_ADD);
        if (query == null || query.trim().length() < 2) {
            return List.of();
        }
        ResidentFilter f = new ResidentFilter(query, null, null, null, ResidentState.PRESENT, false, false, false,
                false, 0, Math.min(limit, 50));
        return residentsRows.rows(ctx.database.dsl(), ResidentRepository.conditions(f, ctx.today(), ctx.now()),
                f.pageSize(), true, ctx.names(colleagueNames));
    }

    /** For the quick search: code (and name for RESIDENT_VIEW) of present and past residents. */
    public List<ResidentRow> quickSearch(String query, int limit) {
        if (!ctx.session.has(Permission.RESIDENT_LIST) || query == null || query.trim().length() < 2) {
            return List.of();
        }
        ResidentFilter f = new ResidentFilter(query, null, null, null, null, false, false, false, false, 0, limit);
        return residentsRows.page(ctx.database.dsl(), f, ctx.today(), ctx.now(),
                ctx.session.has(Permission.RESIDENT_VIEW), ctx.names()).items();
    }

    /** The whole record with everything the page shows; audited as a view. */
    public ResidentFile file(long id) {
        return file(id, true);
    }

    /**
     * The record again, after a command of the current user on the page that has it open. Same
     * permission as {@link #file(long)}, but not audited as a new view: the opening was, and so
     * is the command.
     */
    public ResidentFile fileAfterChange(long id) {
        return file(id, false);
    }

    private ResidentFile file(long id, boolean audited) {
        CurrentUser user = ctx.session.require(Permission.RESIDENT_VIEW);
        LongFunction<String> names = ctx.names();
        DSLContext dsl = ctx.database.dsl();
        Resident resident = residentsRows.find(dsl, id, names)
                .orElseThrow(() -> ValidationException.of("resident", "residents.error.notFound"));
        boolean medical = user.has(Permission.MEDICAL_NOTES);
        List<Observation> observations = observationsRows.observations(dsl, id, null, null, false, null, 5000, names);
        List<PlanAction> actions = plansRows.actions(dsl, PlanRepository.actionsOfResident(id), 1000, names);
        List<Referral> referrals = referralsRows.referrals(dsl, ReferralRepository.referralsOfResident(id));
        List<Review> reviews = reviewsRows.reviews(dsl, id, names);
        List<Screening> screenings = reviewsRows.screenings(dsl, id);
        List<LevelChange> levels = residentsRows.levelChanges(dsl, id, null, names);
        List<MedicalNote> notes = medical ? notesRows.medicalNotes(dsl, id, names) : List.of();
        List<TimelineEntry> timeline = Timeline.build(observations, levels, actions, referrals, reviews, screenings,
                notes, ctx.clock.getZone());
        if (audited) {
            ctx.audit.record("RESIDENT_VIEWED", AUDIT_ENTITY, String.valueOf(id), medical ? "medicalNotes" : null);
        }
        return new ResidentFile(resident, timeline, actions, referrals, reviews, screenings, levels, notes, medical);
    }

    /** Adds a resident with a new pseudonymous code; returns the id. */
    public long create(ResidentDraft draft, SupportLevel level) {
        ctx.session.require(Permission.RESIDENT_EDIT);
        ResidentDraft clean = validate(draft);
        SupportLevel start = level == null ? SupportLevel.BASIC : level;
        return ctx.database.transaction(tx -> {
            String code = newCode(tx);
            long id = residentsRows.insert(tx, code, clean, searchKey(clean, code), start, ctx.now());
            if (start != SupportLevel.BASIC) {
                residentsRows.setLevel(tx, id, start, ctx.today(), ctx.now());
            }
            schedule.recompute(tx, id);
            ctx.audit.record(tx, "RESIDENT_CREATED", AUDIT_ENTITY, String.valueOf(id), "level=" + start.name());
            return id;
        });
    }

    private String newCode(DSLContext tx) {
        for (int i = 0; i < 50; i++) {
            String code = codes.next();
            if (!residentsRows.codeExists(tx, code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free resident code found");
    }

    /** The normalised names and code the list searches in. */
    public static String searchKey(ResidentDraft d, String code) {
        return SearchKeys.of(d.givenNames() + " " + (d.familyName() == null ? "" : d.familyName())) + " "
                + code.toLowerCase();
    }

    /** Changes a resident's record; the audit line names the fields that changed. */
    public void update(long id, ResidentDraft draft) {
        ctx.session.require(Permission.RESIDENT_EDIT);
        ResidentDraft clean = validate(draft);
        ctx.database.transactionWithoutResult(tx -> {
            Resident before = residentsRows.find(tx, id, uid -> "")
                    .orElseThrow(() -> ValidationException.of("givenNames", "residents.error.notFound"));
            List<String> changed = changedFields(before.toDraft(), clean);
            residentsRows.update(tx, id, clean, searchKey(clean, before.code()), ctx.now());
            schedule.recompute(tx, id);
            ctx.audit.record(tx, "RESIDENT_CHANGED", AUDIT_ENTITY, String.valueOf(id),
                    "fields=" + String.join(",", changed));
        });
    }

    private static List<String> changedFields(ResidentDraft a, ResidentDraft b) {
        List<String> fields = new ArrayList<>();
        compare(fields, "givenNames", a.givenNames(), b.givenNames());
        compare(fields, "familyName", a.familyName(), b.familyName());
        compare(fields, "birthYear", a.birthYear(), b.birthYear());
        compare(fields, "gender", a.gender(), b.gender());
        compare(fields, "unit", a.unit(), b.unit());
        compare(fields, "room", a.room(), b.room());
        compare(fields, "arrivalDate", a.arrivalDate(), b.arrivalDate());
        compare(fields, "languages", a.languages(), b.languages());
        compare(fields, "interpreterNeeded", a.interpreterNeeded(), b.interpreterNeeded());
        compare(fields, "mediatorNeeded", a.mediatorNeeded(), b.mediatorNeeded());
        compare(fields, "keyWorker", a.keyWorkerId(), b.keyWorkerId());
        compare(fields, "strengths", a.strengths(), b.strengths());
        compare(fields, "ownWords", a.ownWords(), b.ownWords());
        compare(fields, "state", a.state(), b.state());
        compare(fields, "departureDate", a.departureDate(), b.departureDate());
        compare(fields, "teamDiscussion", a.teamDiscussion(), b.teamDiscussion());
        return fields;
    }

    private static void compare(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }

    private ResidentDraft validate(ResidentDraft d) {
        ValidationException.Builder errors = new ValidationException.Builder();
        String given = trim(d.givenNames());
        if (given == null) {
            errors.add("givenNames", "residents.error.nameRequired");
        } else if (given.length() > 200) {
            errors.add("givenNames", "residents.error.tooLong", 200);
        }
        String family = trim(d.familyName());
        if (family != null && family.length() > 200) {
            errors.add("familyName", "residents.error.tooLong", 200);
        }
        int thisYear = Year.now(ctx.clock).getValue();
        if (d.birthYear() != null && (d.birthYear() < thisYear - 110 || d.birthYear() > thisYear)) {
            errors.add("birthYear", "residents.error.birthYear", thisYear - 110, thisYear);
        }
        if (d.arrivalDate() == null) {
            errors.add("arrivalDate", "residents.error.arrivalRequired");
        } else if (d.arrivalDate().isAfter(ctx.today().plusDays(30))) {
            errors.add("arrivalDate", "residents.error.arrivalFuture");
        }
        ResidentState state = d.state() == null ? ResidentState.PRESENT : d.state();
        if (state != ResidentState.PRESENT && d.departureDate() == null) {
            errors.add("departureDate", "residents.error.departureRequired");
        }
        if (d.departureDate() != null && d.arrivalDate() != null && d.departureDate().isBefore(d.arrivalDate())) {
            errors.add("departureDate", "residents.error.departureBeforeArrival");
        }
        checkLength(errors, "unit", d.unit(), 60);
        checkLength(errors, "room", d.room(), 30);
        checkLength(errors, "strengths", d.strengths(), MAX_TEXT);
        checkLength(errors, "ownWords", d.ownWords(), MAX_TEXT);
        List<String> languages = d.languages().stream().map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .toList();
        if (String.join(",", languages).length() > 400 || languages.stream().anyMatch(l -> l.contains(","))) {
            errors.add("languages", "residents.error.languages");
        }
        errors.throwIfAny();
        return new ResidentDraft(given, family, d.birthYear(), d.gender() == null ? Gender.UNKNOWN : d.gender(),
                trim(d.unit()), trim(d.room()), d.arrivalDate(), languages, d.interpreterNeeded(), d.mediatorNeeded(),
                d.keyWorkerId(), trim(d.strengths()), trim(d.ownWords()), state,
                state == ResidentState.PRESENT ? null : d.departureDate(), d.teamDiscussion());
    }

    private static void checkLength(ValidationException.Builder errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(field, "residents.error.tooLong", max);
        }
    }

    /** Flags (or unflags) a resident for the next team meeting. */
    public void setTeamDiscussion(long id, boolean flag) {
        ctx.session.require(Permission.RESIDENT_EDIT);
        ctx.database.transactionWithoutResult(tx -> {
            residentsRows.setTeamDiscussion(tx, id, flag);
            ctx.audit.record(tx, "RESIDENT_CHANGED", AUDIT_ENTITY, String.valueOf(id), "fields=teamDiscussion");
        });
    }

    public void changeLevel(long residentId, SupportLevel to, String reason, boolean discussedInTeam) {
        CurrentUser user = ctx.session.require(Permission.SUPPORT_LEVEL_CHANGE);
        ValidationException.Builder errors = new ValidationException.Builder();
        String why = trim(reason);
        if (to == null) {
            errors.add("level", "residents.error.levelRequired");
        }
        if (why == null) {
            errors.add("reason", "residents.error.reasonRequired");
        } else if (why.length() > 4000) {
            errors.add("reason", "residents.error.tooLong", 4000);
        }
        errors.throwIfAny();
        ctx.database.transactionWithoutResult(tx -> {
            Resident r = residentsRows.find(tx, residentId, id -> "")
                    .orElseThrow(() -> ValidationException.of("level", "residents.error.notFound"));
            if (r.level() == to) {
                throw ValidationException.of("level", "residents.error.sameLevel");
            }
            residentsRows.insertLevelChange(tx, residentId, ctx.now(), user.id(), r.level(), to, why, discussedInTeam);
            residentsRows.setLevel(tx, residentId, to, ctx.today(), ctx.now());
            schedule.recompute(tx, residentId);
            ctx.audit.record(tx, "LEVEL_CHANGED", AUDIT_ENTITY, String.valueOf(residentId),
                    "from=" + r.level().name() + ", to=" + to.name());
        });
    }

    /** Residents the current user may see, by code or name: id, code and level only. */
    public List<ResidentRef> searchVisible(String query, int limit) {
        if (!ctx.session.has(Permission.RESIDENT_LIST)) {
            return List.of();
        }
        ResidentFilter f = new ResidentFilter(query, null, null, null, ResidentState.PRESENT, false, false, false,
                false, 0, Math.max(1, Math.min(limit, 200)));
        return residentsRows.page(ctx.database.dsl(), f, ctx.today(), ctx.now(), false, ctx.names()).items().stream()
                .map(r -> new ResidentRef(r.id(), r.code(), r.level())).toList();
    }

    /** A de-identified summary, or empty when the resident does not exist or the user may not see residents. */
    public Optional<ResidentSummary> summary(long residentId) {
        return summary(residentId, false);
    }

    /** As {@link #summary(long)}, with the name when the user holds RESIDENT_NAMES_IN_EXPORTS. */
    public Optional<ResidentSummary> summary(long residentId, boolean withName) {
        if (!ctx.session.has(Permission.RESIDENT_LIST)) {
            return Optional.empty();
        }
        boolean names = withName && ctx.session.has(Permission.RESIDENT_NAMES_IN_EXPORTS);
        LocalDate today = ctx.today();
        DSLContext dsl = ctx.database.dsl();
        LongFunction<String> userNames = ctx.names();
        return residentsRows.find(dsl, residentId, userNames).map(r -> {
            List<PlanAction> open = plansRows.actions(dsl, PlanRepository.actionsOfResident(residentId)
                    .and(PlanRepository.openState()), 1000,
                    userNames);
            int overdue = (int) open.stream().filter(a -> a.isOverdue(today)).count();
            return new ResidentSummary(r.id(), r.code(), names ? r.fullName() : null, r.level(), r.unit(), r.state(),
                    r.keyWorkerName(), r.nextReviewDue(), r.teamDiscussion(), r.medicalFlag(), open.size(), overdue);
        });
    }

    /**
     * The resident's given and family names, only so that another feature can refuse text that
     * contains them (intervision titles must never name a resident). Never shown, never audited as a
     * view; empty when the user may not see residents.
     */
    public List<String> namesForPrivacyCheck(long residentId) {
        if (!ctx.session.has(Permission.RESIDENT_LIST)) {
            return List.of();
        }
        return residentsRows.find(ctx.database.dsl(), residentId, ctx.names())
                .map(r -> Stream.of(r.givenNames(), r.familyName())
                        .filter(n -> n != null && !n.isBlank()).toList())
                .orElse(List.of());
    }

    /** Loads the demo residents once, at first run (the new administrator is logged in). */
    public int loadDemo(DemoData demo) {
        ctx.session.require(Permission.USER_MANAGE);
        return ctx.database.transaction(tx -> {
            if (residentsRows.count(tx) > 0) {
                return 0;
            }
            int n = new ResidentDemoData(residentsRows, observationsRows, plansRows, referralsRows, reviewsRows,
                    notesRows, codes,
                    ctx.clock, demo).load(tx);
            schedule.recomputeAll(tx, schedule.settings());
            ctx.audit.record(tx, "DEMO_DATA_LOADED", AUDIT_ENTITY, null, "residents=" + n);
            return n;
        });
    }
}

package be.toppsy.desk.residents;

import be.toppsy.desk.residents.observations.Concern;
import be.toppsy.desk.residents.observations.NewObservation;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.observations.ObservationCategory;
import be.toppsy.desk.residents.observations.ObservationResult;
import be.toppsy.desk.residents.plan.ActionRequest;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.ActionStatus;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.LevelChange;
import be.toppsy.desk.residents.record.MedicalNote;
import be.toppsy.desk.residents.record.Page;
import be.toppsy.desk.residents.record.Resident;
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
import be.toppsy.desk.residents.referrals.Barrier;
import be.toppsy.desk.residents.referrals.Consent;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.referrals.ReferralState;
import be.toppsy.desk.residents.referrals.WaitingReferral;
import be.toppsy.desk.residents.reviews.Review;
import be.toppsy.desk.residents.reviews.ReviewKind;
import be.toppsy.desk.residents.reviews.ReviewSchedule;
import be.toppsy.desk.residents.reviews.ReviewSettings;
import be.toppsy.desk.residents.reviews.Screening;
import be.toppsy.desk.residents.today.TeamMeetingOverview;
import be.toppsy.desk.residents.today.TodayOverview;
import be.toppsy.desk.residents.record.ResidentCodes;
import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.socialmap.SocialMapService;
import be.toppsy.desk.socialmap.SocialService;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.Settings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The rules of the follow-up tracker. Every method checks the current user's permissions; every
 * view of a resident record and every change goes to the audit trail with ids and field names only.
 *
 * <p>Who sees what: a medewerker (RESIDENT_LIST, OBSERVATION_ADD) sees residents by code, unit,
 * room and level, picks a resident by code or name to write an observation, and reads back only
 * their own observations. Begeleiders, the medical service and team leads (RESIDENT_VIEW) open the
 * whole record; only the medical service (MEDICAL_NOTES) reads medical notes; an administrator
 * manages settings but does not open residents.
 */
public final class ResidentService {

    public static final String AUDIT_ENTITY = "resident";
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_OBSERVATION = 10_000;
    private static final int LIST_LIMIT = 200;

    private final Database database;
    private final ResidentRepository repository;
    private final AuditService audit;
    private final Session session;
    private final AccountService accounts;
    private final SocialMapService socialMap;
    private final Settings settings;
    private final Clock clock;
    private final ResidentCodes codes;

    public ResidentService(Database database, ResidentRepository repository, AuditService audit, Session session,
            AccountService accounts, SocialMapService socialMap, Settings settings, Clock clock) {
        this(database, repository, audit, session, accounts, socialMap, settings, clock, new ResidentCodes());
    }

    ResidentService(Database database, ResidentRepository repository, AuditService audit, Session session,
            AccountService accounts, SocialMapService socialMap, Settings settings, Clock clock,
            ResidentCodes codes) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.session = session;
        this.accounts = accounts;
        this.socialMap = socialMap;
        this.settings = settings;
        this.clock = clock;
        this.codes = codes;
    }

    // ---- who may do what ---------------------------------------------------------------

    public boolean canViewRecords() {
        return session.has(Permission.RESIDENT_VIEW);
    }

    public boolean canEdit() {
        return session.has(Permission.RESIDENT_EDIT);
    }

    public boolean has(Permission permission) {
        return session.has(permission);
    }

    public boolean canManageSettings() {
        return session.user().map(u -> u.has(Permission.SETTINGS_MANAGE) || u.hasRole(Role.TEAM_LEAD))
                .orElse(false);
    }

    public long currentUserId() {
        return session.current().id();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Active colleagues for pickers (key worker, owner). */
    public List<User> colleagues() {
        return accounts.activeUsers();
    }

    /** The social map's services for the referral picker. */
    public List<SocialService> referralServices() {
        return socialMap.search(new be.toppsy.desk.socialmap.SocialServiceFilter(null, null, null, false, false));
    }

    /** The crisis contacts of the social map (112, 1813, ...). */
    public List<SocialService> crisisContacts() {
        return socialMap.crisisContacts().stream()
                .sorted(Comparator.comparingInt((SocialService s) -> s.phone() == null ? 99 : s.phone().length())
                        .thenComparing(SocialService::name))
                .toList();
    }

    private LongFunction<String> names() {
        Map<Long, String> known = new HashMap<>();
        for (User u : accounts.activeUsers()) {
            known.put(u.id(), u.displayName());
        }
        return id -> known.computeIfAbsent(id, missing -> accounts.find(missing).map(User::displayName).orElse("?"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    // ---- list, search, record --------------------------------------------------------------

    /** One page of the residents list. Names only for users with RESIDENT_VIEW. */
    public Page<ResidentRow> list(ResidentFilter filter) {
        session.require(Permission.RESIDENT_LIST);
        ReviewSettings s = reviewSettings();
        return repository.page(database.dsl(), filter, today(), now().minusDays(s.quietDays()), canViewRecords(),
                names());
    }

    /**
     * The resident picker of the observation entry: present residents by code or name. The name is
     * shown here to every staff member, because picking the right person needs it.
     */
    public List<ResidentRow> pick(String query, int limit) {
        session.require(Permission.OBSERVATION_ADD);
        if (query == null || query.trim().length() < 2) {
            return List.of();
        }
        ResidentFilter f = new ResidentFilter(query, null, null, null, ResidentState.PRESENT, false, false, false,
                false, 0, Math.min(limit, 50));
        return repository.page(database.dsl(), f, today(), now(), true, names()).items();
    }

    /** For the quick search: code (and name for RESIDENT_VIEW) of present and past residents. */
    public List<ResidentRow> quickSearch(String query, int limit) {
        if (!session.has(Permission.RESIDENT_LIST) || query == null || query.trim().length() < 2) {
            return List.of();
        }
        ResidentFilter f = new ResidentFilter(query, null, null, null, null, false, false, false, false, 0, limit);
        return repository.page(database.dsl(), f, today(), now(), canViewRecords(), names()).items();
    }

    public List<String> units() {
        session.require(Permission.RESIDENT_LIST);
        return repository.units(database.dsl());
    }

    /** The whole record with everything the page shows; audited as a view. */
    public ResidentFile file(long id) {
        CurrentUser user = session.require(Permission.RESIDENT_VIEW);
        LongFunction<String> names = names();
        DSLContext dsl = database.dsl();
        Resident resident = repository.find(dsl, id, names)
                .orElseThrow(() -> ValidationException.of("resident", "residents.error.notFound"));
        boolean medical = user.has(Permission.MEDICAL_NOTES);
        List<Observation> observations = repository.observations(dsl, id, null, null, false, null, 5000, names);
        List<PlanAction> actions = repository.actions(dsl, ResidentRepository.actionsOfResident(id), 1000, names);
        List<Referral> referrals = repository.referrals(dsl, ResidentRepository.referralsOfResident(id));
        List<Review> reviews = repository.reviews(dsl, id, names);
        List<Screening> screenings = repository.screenings(dsl, id);
        List<LevelChange> levels = repository.levelChanges(dsl, id, null, names);
        List<MedicalNote> notes = medical ? repository.medicalNotes(dsl, id, names) : List.of();
        List<TimelineEntry> timeline = Timeline.build(observations, levels, actions, referrals, reviews, screenings,
                notes, clock.getZone());
        audit.record("RESIDENT_VIEWED", AUDIT_ENTITY, String.valueOf(id), medical ? "medicalNotes" : null);
        return new ResidentFile(resident, timeline, actions, referrals, reviews, screenings, levels, notes, medical);
    }

    /** A medewerker's own observations about one resident (what they may read back), audited. */
    public List<Observation> ownObservations(long residentId) {
        CurrentUser user = session.require(Permission.OBSERVATION_ADD);
        List<Observation> list = repository.observations(database.dsl(), residentId, user.id(), null, false, null,
                500, names());
        audit.record("OWN_OBSERVATIONS_VIEWED", AUDIT_ENTITY, String.valueOf(residentId), null);
        return list;
    }

    /** The current user's latest observations (about any resident), newest first. */
    public List<Observation> myRecentObservations(int limit) {
        CurrentUser user = session.require(Permission.OBSERVATION_ADD);
        return repository.observations(database.dsl(), null, user.id(), null, false, null, limit, names());
    }

    // ---- create and change --------------------------------------------------------------

    /** Adds a resident with a new pseudonymous code; returns the id. */
    public long create(ResidentDraft draft, SupportLevel level) {
        session.require(Permission.RESIDENT_EDIT);
        ResidentDraft clean = validate(draft);
        SupportLevel start = level == null ? SupportLevel.BASIC : level;
        return database.transaction(tx -> {
            String code = newCode(tx);
            long id = repository.insert(tx, code, clean, searchKey(clean, code), start, now());
            if (start != SupportLevel.BASIC) {
                repository.setLevel(tx, id, start, today(), now());
            }
            recomputeReviewDue(tx, id, reviewSettings());
            audit.record(tx, "RESIDENT_CREATED", AUDIT_ENTITY, String.valueOf(id), "level=" + start.name());
            return id;
        });
    }

    private String newCode(DSLContext tx) {
        for (int i = 0; i < 50; i++) {
            String code = codes.next();
            if (!repository.codeExists(tx, code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free resident code found");
    }

    static String searchKey(ResidentDraft d, String code) {
        return SearchKeys.of(d.givenNames() + " " + (d.familyName() == null ? "" : d.familyName())) + " "
                + code.toLowerCase();
    }

    /** Changes a resident's record; the audit line names the fields that changed. */
    public void update(long id, ResidentDraft draft) {
        session.require(Permission.RESIDENT_EDIT);
        ResidentDraft clean = validate(draft);
        database.transactionWithoutResult(tx -> {
            Resident before = repository.find(tx, id, uid -> "")
                    .orElseThrow(() -> ValidationException.of("givenNames", "residents.error.notFound"));
            List<String> changed = changedFields(before.toDraft(), clean);
            repository.update(tx, id, clean, searchKey(clean, before.code()), now());
            recomputeReviewDue(tx, id, reviewSettings());
            audit.record(tx, "RESIDENT_CHANGED", AUDIT_ENTITY, String.valueOf(id),
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
        int thisYear = Year.now(clock).getValue();
        if (d.birthYear() != null && (d.birthYear() < thisYear - 110 || d.birthYear() > thisYear)) {
            errors.add("birthYear", "residents.error.birthYear", thisYear - 110, thisYear);
        }
        if (d.arrivalDate() == null) {
            errors.add("arrivalDate", "residents.error.arrivalRequired");
        } else if (d.arrivalDate().isAfter(today().plusDays(30))) {
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

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Flags (or unflags) a resident for the next team meeting. */
    public void setTeamDiscussion(long id, boolean flag) {
        session.require(Permission.RESIDENT_EDIT);
        database.transactionWithoutResult(tx -> {
            repository.setTeamDiscussion(tx, id, flag);
            audit.record(tx, "RESIDENT_CHANGED", AUDIT_ENTITY, String.valueOf(id), "fields=teamDiscussion");
        });
    }

    /** The medical service takes note of a flag (after a crisis observation) and clears it. */
    public void clearMedicalFlag(long id) {
        session.require(Permission.MEDICAL_NOTES);
        database.transactionWithoutResult(tx -> {
            repository.setMedicalFlag(tx, id, false, now());
            audit.record(tx, "MEDICAL_FLAG_CLEARED", AUDIT_ENTITY, String.valueOf(id), null);
        });
    }

    // ---- observations -------------------------------------------------------------------

    /**
     * Stores an observation with today's date and the current user as author. Suicidal statements
     * or self-harm set the concern to high, flag the resident for the medical service and for the
     * team, and tell the caller to show the crisis steps.
     */
    public ObservationResult addObservation(NewObservation o) {
        CurrentUser user = session.require(Permission.OBSERVATION_ADD);
        ValidationException.Builder errors = new ValidationException.Builder();
        if (o.residentId() == null) {
            errors.add("resident", "residents.error.residentRequired");
        }
        if (o.category() == null) {
            errors.add("category", "residents.error.categoryRequired");
        }
        String body = o.body() == null ? null : o.body().strip();
        if (body == null || body.isEmpty()) {
            errors.add("body", "residents.error.textRequired");
        } else if (body.length() > MAX_OBSERVATION) {
            errors.add("body", "residents.error.tooLong", MAX_OBSERVATION);
        }
        errors.throwIfAny();
        boolean crisis = o.category().isCrisis();
        Concern concern = crisis ? Concern.HIGH
                : o.concern() != null ? o.concern() : o.category() == ObservationCategory.STRENGTH ? Concern.LOW
                : Concern.MEDIUM;
        boolean discuss = o.discuss() || crisis;
        OffsetDateTime at = now();
        long id = database.transaction(tx -> {
            if (repository.code(tx, o.residentId()).isEmpty()) {
                throw ValidationException.of("resident", "residents.error.notFound");
            }
            long newId = repository.insertObservation(tx, o.residentId(), at, user.id(), o.category(), concern,
                    discuss, body);
            repository.setLastObservation(tx, o.residentId(), at);
            if (discuss) {
                repository.setTeamDiscussion(tx, o.residentId(), true);
            }
            if (crisis) {
                repository.setMedicalFlag(tx, o.residentId(), true, at);
            }
            audit.record(tx, "OBSERVATION_ADDED", AUDIT_ENTITY, String.valueOf(o.residentId()),
                    "observation=" + newId + (crisis ? ", medicalFlag" : "") + (discuss ? ", teamDiscussion" : ""));
            return newId;
        });
        return new ObservationResult(id, crisis, crisis);
    }

    // ---- support level --------------------------------------------------------------------

    public void changeLevel(long residentId, SupportLevel to, String reason, boolean discussedInTeam) {
        CurrentUser user = session.require(Permission.SUPPORT_LEVEL_CHANGE);
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
        database.transactionWithoutResult(tx -> {
            Resident r = repository.find(tx, residentId, id -> "")
                    .orElseThrow(() -> ValidationException.of("level", "residents.error.notFound"));
            if (r.level() == to) {
                throw ValidationException.of("level", "residents.error.sameLevel");
            }
            repository.insertLevelChange(tx, residentId, now(), user.id(), r.level(), to, why, discussedInTeam);
            repository.setLevel(tx, residentId, to, today(), now());
            recomputeReviewDue(tx, residentId, reviewSettings());
            audit.record(tx, "LEVEL_CHANGED", AUDIT_ENTITY, String.valueOf(residentId),
                    "from=" + r.level().name() + ", to=" + to.name());
        });
    }

    // ---- support plan --------------------------------------------------------------------

    public long addAction(long residentId, String title, Long ownerId, LocalDate due, PreventionTier tier) {
        return addActionFor(new ActionRequest(residentId, title, ownerId, due, tier, null));
    }

    /**
     * For other features (e.g. the intervision board): adds an action to a resident's support plan
     * on behalf of the current user, who needs RESIDENT_EDIT. Returns the action's id.
     */
    public long addActionFor(ActionRequest request) {
        CurrentUser user = session.require(Permission.RESIDENT_EDIT);
        ValidationException.Builder errors = new ValidationException.Builder();
        String title = trim(request.title());
        if (title == null) {
            errors.add("title", "residents.error.titleRequired");
        } else if (title.length() > 500) {
            errors.add("title", "residents.error.tooLong", 500);
        }
        String source = trim(request.sourceNote());
        if (source != null && source.length() > 500) {
            errors.add("sourceNote", "residents.error.tooLong", 500);
        }
        errors.throwIfAny();
        return database.transaction(tx -> {
            if (repository.code(tx, request.residentId()).isEmpty()) {
                throw ValidationException.of("title", "residents.error.notFound");
            }
            long id = repository.insertAction(tx, request.residentId(), title, request.ownerId(), request.dueDate(),
                    request.tier(), source, now(), user.id());
            audit.record(tx, "ACTION_ADDED", AUDIT_ENTITY, String.valueOf(request.residentId()), "action=" + id
                    + (source != null ? ", fromOtherFeature" : ""));
            return id;
        });
    }

    /**
     * Closes an action as done or cancelled with a short result. Allowed with RESIDENT_EDIT, and for
     * the action's own owner.
     */
    public void closeAction(long actionId, ActionState state, String result) {
        CurrentUser user = session.require(Permission.OBSERVATION_ADD);
        if (state == null || state == ActionState.OPEN) {
            throw ValidationException.of("result", "residents.error.closeState");
        }
        String text = trim(result);
        if (text == null) {
            throw ValidationException.of("result", "residents.error.resultRequired");
        }
        if (text.length() > 4000) {
            throw ValidationException.of("result", "residents.error.tooLong", 4000);
        }
        database.transactionWithoutResult(tx -> {
            PlanAction action = repository.action(tx, actionId, id -> "")
                    .orElseThrow(() -> ValidationException.of("result", "residents.error.notFound"));
            boolean owner = action.ownerId() != null && action.ownerId() == user.id();
            if (!owner && !user.has(Permission.RESIDENT_EDIT)) {
                throw new AccessDeniedException(Permission.RESIDENT_EDIT);
            }
            if (action.state() != ActionState.OPEN) {
                throw ValidationException.of("result", "residents.error.alreadyClosed");
            }
            repository.closeAction(tx, actionId, state, text, now());
            audit.record(tx, "ACTION_CLOSED", AUDIT_ENTITY, String.valueOf(action.residentId()),
                    "action=" + actionId + ", state=" + state.name());
        });
    }

    /** For other features: where an action stands; empty if it does not exist or the user may not see residents. */
    public Optional<ActionStatus> actionStatus(long actionId) {
        if (!session.has(Permission.RESIDENT_LIST)) {
            return Optional.empty();
        }
        LocalDate today = today();
        return repository.action(database.dsl(), actionId, names()).map(a -> new ActionStatus(a.id(), a.residentId(),
                a.residentCode(), a.title(), a.state(), a.dueDate(), a.isOverdue(today), a.result(), a.closedAt()));
    }

    // ---- referrals -----------------------------------------------------------------------

    /** Proposes a referral (consent not yet asked). The service comes from the social map, or is typed. */
    public long proposeReferral(long residentId, Long serviceId, String serviceName, String reason,
            Set<Barrier> barriers, String interimSupport) {
        CurrentUser user = session.require(Permission.REFERRAL_MANAGE);
        ValidationException.Builder errors = new ValidationException.Builder();
        String name = trim(serviceName);
        if (serviceId != null) {
            Optional<SocialService> service = socialMap.find(serviceId);
            if (service.isEmpty()) {
                errors.add("service", "residents.error.serviceGone");
            } else {
                name = service.get().name();
            }
        }
        if (name == null) {
            errors.add("service", "residents.error.serviceRequired");
        } else if (name.length() > 300) {
            errors.add("service", "residents.error.tooLong", 300);
        }
        String why = trim(reason);
        if (why == null) {
            errors.add("reason", "residents.error.reasonRequired");
        } else if (why.length() > 4000) {
            errors.add("reason", "residents.error.tooLong", 4000);
        }
        String interim = trim(interimSupport);
        if (interim != null && interim.length() > 4000) {
            errors.add("interim", "residents.error.tooLong", 4000);
        }
        errors.throwIfAny();
        String finalName = name;
        return database.transaction(tx -> {
            if (repository.code(tx, residentId).isEmpty()) {
                throw ValidationException.of("service", "residents.error.notFound");
            }
            long id = repository.insertReferral(tx, residentId, serviceId, finalName, why, today(),
                    barriers == null ? Set.of() : barriers, interim, user.id(), now());
            audit.record(tx, "REFERRAL_PROPOSED", AUDIT_ENTITY, String.valueOf(residentId),
                    "referral=" + id + (serviceId == null ? "" : ", service=" + serviceId));
            return id;
        });
    }

    /** Records the resident's answer; a referral can be sent only after consent is given. */
    public void recordConsent(long referralId, Consent consent, LocalDate on) {
        session.require(Permission.REFERRAL_MANAGE);
        if (consent == null || consent == Consent.NOT_ASKED) {
            throw ValidationException.of("consent", "residents.error.consentRequired");
        }
        LocalDate date = on == null ? today() : on;
        if (date.isAfter(today())) {
            throw ValidationException.of("consentOn", "residents.error.dateFuture");
        }
        database.transactionWithoutResult(tx -> {
            Referral r = repository.referral(tx, referralId)
                    .orElseThrow(() -> ValidationException.of("consent", "residents.error.notFound"));
            repository.setConsent(tx, referralId, consent, date);
            audit.record(tx, "REFERRAL_CONSENT_RECORDED", AUDIT_ENTITY, String.valueOf(r.residentId()),
                    "referral=" + referralId + ", consent=" + consent.name());
        });
    }

    /**
     * Lets a referral go ahead without the resident's consent (for example in acute danger). Needs
     * CONSENT_OVERRIDE and a reason; audited.
     */
    public void overrideConsent(long referralId, String reason) {
        CurrentUser user = session.require(Permission.CONSENT_OVERRIDE);
        String why = trim(reason);
        if (why == null) {
            throw ValidationException.of("override", "residents.error.reasonRequired");
        }
        if (why.length() > 2000) {
            throw ValidationException.of("override", "residents.error.tooLong", 2000);
        }
        database.transactionWithoutResult(tx -> {
            Referral r = repository.referral(tx, referralId)
                    .orElseThrow(() -> ValidationException.of("override", "residents.error.notFound"));
            repository.setOverride(tx, referralId, why, user.id());
            audit.record(tx, "REFERRAL_CONSENT_OVERRIDDEN", AUDIT_ENTITY, String.valueOf(r.residentId()),
                    "referral=" + referralId);
        });
    }

    /** Moves a referral on. Requesting, waiting or starting needs consent (or an override) first. */
    public void setReferralState(long referralId, ReferralState state, LocalDate on) {
        session.require(Permission.REFERRAL_MANAGE);
        if (state == null) {
            throw ValidationException.of("state", "residents.error.stateRequired");
        }
        LocalDate date = on == null ? today() : on;
        if (date.isAfter(today())) {
            throw ValidationException.of("stateOn", "residents.error.dateFuture");
        }
        database.transactionWithoutResult(tx -> {
            Referral r = repository.referral(tx, referralId)
                    .orElseThrow(() -> ValidationException.of("state", "residents.error.notFound"));
            boolean sending = state == ReferralState.REQUESTED || state == ReferralState.WAITING
                    || state == ReferralState.ONGOING;
            if (sending && !r.mayBeSent()) {
                throw ValidationException.of("state", "residents.error.consentFirst");
            }
            LocalDate requested = r.requestedOn();
            LocalDate started = r.startedOn();
            LocalDate ended = r.endedOn();
            switch (state) {
                case REQUESTED, WAITING -> requested = requested == null ? date : requested;
                case ONGOING -> {
                    requested = requested == null ? date : requested;
                    started = date;
                }
                case ENDED, REFUSED, STOPPED -> ended = date;
                case PROPOSED -> {
                    requested = null;
                    started = null;
                    ended = null;
                }
                default -> { }
            }
            repository.setReferralState(tx, referralId, state, requested, started, ended);
            audit.record(tx, "REFERRAL_STATE_CHANGED", AUDIT_ENTITY, String.valueOf(r.residentId()),
                    "referral=" + referralId + ", state=" + state.name());
        });
    }

    public void updateReferralFollowUp(long referralId, Set<Barrier> barriers, String interimSupport) {
        session.require(Permission.REFERRAL_MANAGE);
        String interim = trim(interimSupport);
        if (interim != null && interim.length() > 4000) {
            throw ValidationException.of("interim", "residents.error.tooLong", 4000);
        }
        database.transactionWithoutResult(tx -> {
            Referral r = repository.referral(tx, referralId)
                    .orElseThrow(() -> ValidationException.of("interim", "residents.error.notFound"));
            repository.setReferralFollowUp(tx, referralId, barriers == null ? Set.of() : barriers, interim);
            audit.record(tx, "REFERRAL_CHANGED", AUDIT_ENTITY, String.valueOf(r.residentId()),
                    "referral=" + referralId + ", fields=barriers,interimSupport");
        });
    }

    // ---- reviews, screenings, medical notes -------------------------------------------------

    public long addReview(long residentId, ReviewKind kind, LocalDate heldOn, String summary) {
        CurrentUser user = session.require(Permission.RESIDENT_EDIT);
        ValidationException.Builder errors = new ValidationException.Builder();
        if (kind == null) {
            errors.add("kind", "residents.error.kindRequired");
        }
        if (heldOn == null) {
            errors.add("heldOn", "residents.error.dateRequired");
        } else if (heldOn.isAfter(today())) {
            errors.add("heldOn", "residents.error.dateFuture");
        }
        String text = trim(summary);
        if (text != null && text.length() > MAX_TEXT) {
            errors.add("summary", "residents.error.tooLong", MAX_TEXT);
        }
        errors.throwIfAny();
        return database.transaction(tx -> {
            if (repository.code(tx, residentId).isEmpty()) {
                throw ValidationException.of("kind", "residents.error.notFound");
            }
            long id = repository.insertReview(tx, residentId, kind, heldOn, user.id(), text, now());
            recomputeReviewDue(tx, residentId, reviewSettings());
            audit.record(tx, "REVIEW_ADDED", AUDIT_ENTITY, String.valueOf(residentId), "review=" + id);
            return id;
        });
    }

    public long addScreening(long residentId, String instrument, LocalDate on, Integer score,
            boolean thresholdReached) {
        CurrentUser user = session.require(Permission.RESIDENT_EDIT);
        ValidationException.Builder errors = new ValidationException.Builder();
        String name = trim(instrument);
        if (name == null) {
            errors.add("instrument", "residents.error.instrumentRequired");
        } else if (name.length() > 100) {
            errors.add("instrument", "residents.error.tooLong", 100);
        }
        if (on == null) {
            errors.add("screenedOn", "residents.error.dateRequired");
        } else if (on.isAfter(today())) {
            errors.add("screenedOn", "residents.error.dateFuture");
        }
        if (score != null && (score < 0 || score > 10_000)) {
            errors.add("score", "residents.error.score");
        }
        errors.throwIfAny();
        return database.transaction(tx -> {
            if (repository.code(tx, residentId).isEmpty()) {
                throw ValidationException.of("instrument", "residents.error.notFound");
            }
            long id = repository.insertScreening(tx, residentId, name, on, score, thresholdReached, user.id(), now());
            audit.record(tx, "SCREENING_ADDED", AUDIT_ENTITY, String.valueOf(residentId), "screening=" + id);
            return id;
        });
    }

    public long addMedicalNote(long residentId, String body) {
        CurrentUser user = session.require(Permission.MEDICAL_NOTES);
        String text = trim(body);
        if (text == null) {
            throw ValidationException.of("medicalNote", "residents.error.textRequired");
        }
        if (text.length() > MAX_TEXT) {
            throw ValidationException.of("medicalNote", "residents.error.tooLong", MAX_TEXT);
        }
        return database.transaction(tx -> {
            if (repository.code(tx, residentId).isEmpty()) {
                throw ValidationException.of("medicalNote", "residents.error.notFound");
            }
            long id = repository.insertMedicalNote(tx, residentId, now(), user.id(), text);
            audit.record(tx, "MEDICAL_NOTE_ADDED", AUDIT_ENTITY, String.valueOf(residentId), "note=" + id);
            return id;
        });
    }

    public List<MedicalNote> medicalNotes(long residentId) {
        session.require(Permission.MEDICAL_NOTES);
        List<MedicalNote> notes = repository.medicalNotes(database.dsl(), residentId, names());
        audit.record("MEDICAL_NOTES_VIEWED", AUDIT_ENTITY, String.valueOf(residentId), null);
        return notes;
    }

    // ---- reviews schedule and settings -------------------------------------------------------

    public ReviewSettings reviewSettings() {
        return ReviewSettings.load(settings);
    }

    /** Stores new intervals (administrator or team lead) and recomputes every resident's next review. */
    public void saveReviewSettings(ReviewSettings s) {
        if (!canManageSettings()) {
            throw new AccessDeniedException(Permission.SETTINGS_MANAGE);
        }
        ValidationException.Builder errors = new ValidationException.Builder();
        range(errors, "needsAssessmentDays", s.needsAssessmentDays(), 1, 365);
        range(errors, "periodicMonths", s.periodicMonths(), 1, 24);
        range(errors, "heightenedDays", s.heightenedDays(), 1, 365);
        range(errors, "intensiveDays", s.intensiveDays(), 1, 365);
        range(errors, "referralWaitingDays", s.referralWaitingDays(), 1, 730);
        range(errors, "quietDays", s.quietDays(), 1, 365);
        range(errors, "concernDays", s.concernDays(), 1, 90);
        errors.throwIfAny();
        ReviewSettings before = reviewSettings();
        settings.put(ReviewSettings.NEEDS_ASSESSMENT_DAYS, String.valueOf(s.needsAssessmentDays()));
        settings.put(ReviewSettings.PERIODIC_MONTHS, String.valueOf(s.periodicMonths()));
        settings.put(ReviewSettings.HEIGHTENED_DAYS, String.valueOf(s.heightenedDays()));
        settings.put(ReviewSettings.INTENSIVE_DAYS, String.valueOf(s.intensiveDays()));
        settings.put(ReviewSettings.REFERRAL_WAITING_DAYS, String.valueOf(s.referralWaitingDays()));
        settings.put(ReviewSettings.QUIET_DAYS, String.valueOf(s.quietDays()));
        settings.put(ReviewSettings.CONCERN_DAYS, String.valueOf(s.concernDays()));
        database.transactionWithoutResult(tx -> {
            for (ResidentRepository.ScheduleInput in : repository.scheduleInputs(tx, null)) {
                store(tx, in, s);
            }
            audit.record(tx, "RESIDENT_SETTINGS_CHANGED", "settings", "residents",
                    "fields=" + String.join(",", changedSettings(before, s)));
        });
    }

    private static List<String> changedSettings(ReviewSettings a, ReviewSettings b) {
        List<String> f = new ArrayList<>();
        compare(f, "needsAssessmentDays", a.needsAssessmentDays(), b.needsAssessmentDays());
        compare(f, "periodicMonths", a.periodicMonths(), b.periodicMonths());
        compare(f, "heightenedDays", a.heightenedDays(), b.heightenedDays());
        compare(f, "intensiveDays", a.intensiveDays(), b.intensiveDays());
        compare(f, "referralWaitingDays", a.referralWaitingDays(), b.referralWaitingDays());
        compare(f, "quietDays", a.quietDays(), b.quietDays());
        compare(f, "concernDays", a.concernDays(), b.concernDays());
        return f;
    }

    private static void range(ValidationException.Builder errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(field, "residents.error.range", min, max);
        }
    }

    private void recomputeReviewDue(DSLContext tx, long residentId, ReviewSettings s) {
        repository.scheduleInputs(tx, residentId).forEach(in -> store(tx, in, s));
    }

    private void store(DSLContext tx, ResidentRepository.ScheduleInput in, ReviewSettings s) {
        LocalDate due = ReviewSchedule.nextDue(in.state(), in.arrival(), in.needsAssessmentHeld(), in.lastReview(),
                in.level(), in.levelChangedOn(), s).orElse(null);
        if (!Objects.equals(due, in.storedDue())) {
            repository.setNextReviewDue(tx, in.id(), due);
        }
    }

    // ---- Today and the team meeting ------------------------------------------------------------

    /**
     * What needs attention: overdue and upcoming (7 days) actions and reviews, referrals waiting
     * longer than the setting, residents at verhoogd or intensief without a recent observation, new
     * concerning observations, and (for the medical service) residents flagged for them.
     */
    public TodayOverview today(boolean teamWide) {
        CurrentUser user = session.require(Permission.RESIDENT_VIEW);
        ReviewSettings s = reviewSettings();
        LocalDate today = today();
        LongFunction<String> names = names();
        DSLContext dsl = database.dsl();
        Condition mineResidents = teamWide ? DSL.noCondition() : ResidentRepository.keyWorker(user.id());
        Condition mineActions = teamWide ? DSL.noCondition() : ResidentRepository.actionMine(user.id());
        Condition present = ResidentRepository.present();

        List<PlanAction> overdue = repository.actions(dsl, ResidentRepository.openActions()
                .and(ResidentRepository.actionDueBefore(today)).and(mineActions), LIST_LIMIT, names);
        List<PlanAction> upcoming = repository.actions(dsl, ResidentRepository.openActions()
                .and(ResidentRepository.actionDueBetween(today, today.plusDays(7))).and(mineActions), LIST_LIMIT,
                names);
        List<ResidentRow> reviewsOverdue = repository.rows(dsl, present.and(mineResidents)
                .and(ResidentRepository.reviewDueBefore(today)), LIST_LIMIT, true, names);
        List<ResidentRow> reviewsUpcoming = repository.rows(dsl, present.and(mineResidents)
                .and(ResidentRepository.reviewDueBetween(today, today.plusDays(7))), LIST_LIMIT, true, names);
        Condition waitingScope = teamWide ? DSL.noCondition() : ResidentRepository.referralsOfKeyWorker(user.id());
        List<WaitingReferral> waiting = repository.referrals(dsl, ResidentRepository.referralsWaiting()
                        .and(waitingScope)).stream()
                .map(r -> new WaitingReferral(r, r.waitingDays(today)))
                .filter(w -> w.waitingDays() > s.referralWaitingDays())
                .sorted(Comparator.comparingLong(WaitingReferral::waitingDays).reversed()).toList();
        List<ResidentRow> quiet = repository.rows(dsl, ResidentRepository.quiet(now().minusDays(s.quietDays()))
                .and(mineResidents), LIST_LIMIT, true, names);
        List<Long> scope = teamWide ? null : repository.idsOfKeyWorker(dsl, user.id());
        List<Observation> concerns = repository.observations(dsl, null, null, now().minusDays(s.concernDays()), true,
                scope, LIST_LIMIT, names);
        List<ResidentRow> medical = user.has(Permission.MEDICAL_NOTES)
                ? repository.rows(dsl, present.and(ResidentRepository.medicalFlagged()), LIST_LIMIT, true, names)
                : repository.rows(dsl, present.and(ResidentRepository.medicalFlagged()).and(mineResidents),
                        LIST_LIMIT, true, names);
        audit.record("TODAY_VIEWED", AUDIT_ENTITY, null, teamWide ? "teamWide" : "mine");
        java.util.Set<Long> ids = new java.util.HashSet<>();
        overdue.forEach(a -> ids.add(a.residentId()));
        upcoming.forEach(a -> ids.add(a.residentId()));
        waiting.forEach(w -> ids.add(w.referral().residentId()));
        concerns.forEach(o -> ids.add(o.residentId()));
        return new TodayOverview(teamWide, overdue, upcoming, reviewsOverdue, reviewsUpcoming, waiting, quiet, concerns,
                medical, repository.labels(dsl, ids));
    }

    /**
     * For the team meeting (and its PDF): flagged residents, level changes since a date, reviews
     * due within 7 days or overdue, open and overdue actions, referrals still waiting. Names only
     * when asked and the user holds RESIDENT_NAMES_IN_EXPORTS.
     */
    public TeamMeetingOverview teamMeeting(LocalDate since, boolean withNames) {
        CurrentUser user = session.require(Permission.RESIDENT_VIEW);
        boolean names = withNames && user.has(Permission.RESIDENT_NAMES_IN_EXPORTS);
        LocalDate today = today();
        LocalDate from = since == null ? today.minusDays(14) : since;
        LongFunction<String> userNames = names();
        DSLContext dsl = database.dsl();
        List<PlanAction> open = repository.actions(dsl, ResidentRepository.openActions(), 5000, userNames);
        Map<Long, int[]> actionCounts = new HashMap<>();
        for (PlanAction a : open) {
            int[] c = actionCounts.computeIfAbsent(a.residentId(), id -> new int[2]);
            c[0]++;
            if (a.isOverdue(today)) {
                c[1]++;
            }
        }
        Condition present = ResidentRepository.present();
        List<ResidentSummary> flagged = repository.rows(dsl, present.and(ResidentRepository.teamDiscussionFlagged()),
                5000, names, userNames).stream().map(r -> summary(r, actionCounts)).toList();
        List<ResidentSummary> reviews = repository.rows(dsl, present.and(ResidentRepository
                .reviewDueBefore(today.plusDays(8))), 5000, names, userNames).stream()
                .map(r -> summary(r, actionCounts)).toList();
        Map<Long, String> codesById = new HashMap<>();
        List<TeamMeetingOverview.LevelChangeItem> changes = new ArrayList<>();
        for (LevelChange c : repository.levelChanges(dsl, null, from.atStartOfDay(clock.getZone()).toOffsetDateTime(),
                userNames)) {
            String code = codesById.computeIfAbsent(c.residentId(), id -> repository.code(dsl, id).orElse("?"));
            changes.add(new TeamMeetingOverview.LevelChangeItem(code, c));
        }
        List<WaitingReferral> waiting = repository.referrals(dsl, ResidentRepository.referralsWaiting()).stream()
                .map(r -> new WaitingReferral(r, r.waitingDays(today)))
                .sorted(Comparator.comparingLong(WaitingReferral::waitingDays).reversed()).toList();
        audit.record("TEAM_MEETING_OVERVIEW_READ", AUDIT_ENTITY, null, names ? "withNames" : "codesOnly");
        return new TeamMeetingOverview(today, from, flagged, changes, reviews, open,
                open.stream().filter(a -> a.isOverdue(today)).toList(), waiting);
    }

    private static ResidentSummary summary(ResidentRow r, Map<Long, int[]> actionCounts) {
        int[] c = actionCounts.getOrDefault(r.id(), new int[2]);
        return new ResidentSummary(r.id(), r.code(), r.name(), r.level(), r.unit(), r.state(), r.keyWorkerName(),
                r.nextReviewDue(), r.teamDiscussion(), r.medicalFlag(), c[0], c[1]);
    }

    // ---- for other features ----------------------------------------------------------------

    /**
     * For the team meeting pack: the observations about these residents since a date, newest
     * first, at most {@code perResident} each. Needs RESIDENT_VIEW; the pack's reading is audited once.
     */
    public Map<Long, List<Observation>> observationsSince(Collection<Long> residentIds, LocalDate since,
            int perResident) {
        session.require(Permission.RESIDENT_VIEW);
        Map<Long, List<Observation>> result = new HashMap<>();
        if (residentIds.isEmpty()) {
            return result;
        }
        OffsetDateTime from = since.atStartOfDay(clock.getZone()).toOffsetDateTime();
        for (Observation o : repository.observations(database.dsl(), null, null, from, false, residentIds, 20_000,
                names())) {
            List<Observation> list = result.computeIfAbsent(o.residentId(), id -> new ArrayList<>());
            if (list.size() < perResident) {
                list.add(o);
            }
        }
        return result;
    }

    /** Residents the current user may see, by code or name: id, code and level only. */
    public List<ResidentRef> searchVisible(String query, int limit) {
        if (!session.has(Permission.RESIDENT_LIST)) {
            return List.of();
        }
        ResidentFilter f = new ResidentFilter(query, null, null, null, ResidentState.PRESENT, false, false, false,
                false, 0, Math.max(1, Math.min(limit, 200)));
        return repository.page(database.dsl(), f, today(), now(), false, names()).items().stream()
                .map(r -> new ResidentRef(r.id(), r.code(), r.level())).toList();
    }

    /** A de-identified summary, or empty when the resident does not exist or the user may not see residents. */
    public Optional<ResidentSummary> summary(long residentId) {
        return summary(residentId, false);
    }

    /** As {@link #summary(long)}, with the name when the user holds RESIDENT_NAMES_IN_EXPORTS. */
    public Optional<ResidentSummary> summary(long residentId, boolean withName) {
        if (!session.has(Permission.RESIDENT_LIST)) {
            return Optional.empty();
        }
        boolean names = withName && session.has(Permission.RESIDENT_NAMES_IN_EXPORTS);
        LocalDate today = today();
        DSLContext dsl = database.dsl();
        LongFunction<String> userNames = names();
        return repository.find(dsl, residentId, userNames).map(r -> {
            List<PlanAction> open = repository.actions(dsl, ResidentRepository.actionsOfResident(residentId)
                    .and(ResidentRepository.openState()), 1000,
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
        if (!session.has(Permission.RESIDENT_LIST)) {
            return List.of();
        }
        return repository.find(database.dsl(), residentId, names())
                .map(r -> java.util.stream.Stream.of(r.givenNames(), r.familyName())
                        .filter(n -> n != null && !n.isBlank()).toList())
                .orElse(List.of());
    }

    // ---- demo data ----------------------------------------------------------------------------

    /** Loads the demo residents once, at first run (the new administrator is logged in). */
    public int loadDemo(be.toppsy.desk.ui.DemoData demo) {
        session.require(Permission.USER_MANAGE);
        return database.transaction(tx -> {
            if (repository.count(tx) > 0) {
                return 0;
            }
            int n = new ResidentDemoData(repository, codes, clock, demo).load(tx);
            ReviewSettings s = reviewSettings();
            for (ResidentRepository.ScheduleInput in : repository.scheduleInputs(tx, null)) {
                store(tx, in, s);
            }
            audit.record(tx, "DEMO_DATA_LOADED", AUDIT_ENTITY, null, "residents=" + n);
            return n;
        });
    }

    static Set<Barrier> noBarriers() {
        return EnumSet.noneOf(Barrier.class);
    }
}

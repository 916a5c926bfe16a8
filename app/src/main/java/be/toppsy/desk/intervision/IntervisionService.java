package be.toppsy.desk.intervision;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.Settings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The rules of intervision: methods and their versions, cases on the board, sessions, the runner's
 * notes and action points, and de-identification. Every change is audited with ids and field
 * names only. All staff with {@link Permission#INTERVISION_PARTICIPATE} bring cases and take part;
 * team leads ({@link Permission#INTERVISION_MANAGE}) plan sessions and manage methods.
 */
public final class IntervisionService {

    public static final String AUDIT_CASE = "iv_case";
    public static final String AUDIT_SESSION = "iv_session";
    public static final String AUDIT_METHOD = "iv_method";
    public static final String AUDIT_ACTION_POINT = "iv_action_point";
    static final String SETTING_DEFAULT_METHOD = "intervision.defaultMethodFamily";

    public static final int TITLE_MAX = 120;
    public static final int LONG_TEXT_MAX = 10_000;
    public static final int QUESTION_MAX = 4_000;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 10;
    public static final int PHASES_MAX = 30;
    public static final int PHASE_MINUTES_MAX = 240;
    public static final int RECENT_DAYS = 90;

    private final Database database;
    private final IntervisionRepository repository;
    private final AuditService audit;
    private final Session session;
    private final AccountService accounts;
    private final Settings settings;
    private final FollowUpLink followUp;
    private final ContentLink content;
    private final Clock clock;

    public IntervisionService(Database database, IntervisionRepository repository, AuditService audit,
            Session session, AccountService accounts, Settings settings, FollowUpLink followUp, ContentLink content,
            Clock clock) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.session = session;
        this.accounts = accounts;
        this.settings = settings;
        this.followUp = followUp;
        this.content = content;
        this.clock = clock;
    }

    /**
     * Retention: a resident is being anonymised or deleted; their cases and action points keep their
     * text (which never names them) but lose the link. Runs inside the caller's transaction; the caller
     * checks its own permission (RETENTION_MANAGE) and writes the audit line.
     */
    public int forgetResident(DSLContext tx, long residentId) {
        return repository.forgetResident(tx, residentId);
    }

    // ------------------------------------------------------------------ who may do what

    public boolean mayManage() {
        return session.has(Permission.INTERVISION_MANAGE);
    }

    public CurrentUser me() {
        return session.require(Permission.INTERVISION_PARTICIPATE);
    }

    public boolean trackerAvailable() {
        return followUp.available();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Staff who take part in intervision, for the pickers (presenter, facilitator, owner...). */
    public List<Person> staff() {
        me();
        return accounts.activeUsers().stream()
                .filter(u -> Permission.grantedTo(u.roles()).contains(Permission.INTERVISION_PARTICIPATE))
                .map(u -> new Person(u.id(), u.displayName()))
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private LongFunction<Person> people() {
        Map<Long, Person> known = new HashMap<>();
        accounts.activeUsers().forEach(u -> known.put(u.id(), new Person(u.id(), u.displayName())));
        return id -> known.computeIfAbsent(id, missing -> accounts.find(missing)
                .map(u -> new Person(u.id(), u.displayName())).orElse(new Person(missing, "#" + missing)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    // ------------------------------------------------------------------ methods

    /** The current version of every method in use, seeding the built-in ones on first use. */
    public List<Method> methods() {
        CurrentUser user = me();
        ensureMethods(user);
        return repository.currentMethods(database.dsl());
    }

    public Method method(long methodId) {
        me();
        return repository.method(database.dsl(), methodId).orElseThrow(() -> notFound("methodId"));
    }

    /** Every version of a method, oldest first. */
    public List<Method> versions(long familyId) {
        me();
        return repository.versions(database.dsl(), familyId);
    }

    private void ensureMethods(CurrentUser user) {
        if (repository.countMethods(database.dsl()) > 0) {
            return;
        }
        List<BuiltInMethods.BuiltIn> builtIns = BuiltInMethods.load(Language.fromCode(user.language()));
        database.transactionWithoutResult(tx -> {
            if (repository.countMethods(tx) > 0) {
                return;
            }
            for (BuiltInMethods.BuiltIn builtIn : builtIns) {
                long id = repository.insertMethod(tx, null, 1, builtIn.draft(), builtIn.key(), builtIn.template(),
                        now(), null);
                audit.record(tx, "IV_METHOD_CREATED", AUDIT_METHOD, String.valueOf(id), "builtin=" + builtIn.key());
            }
        });
    }

    /** The method offered first for a new session: the one a team lead chose, else the TOPPSY template. */
    public Method defaultMethod() {
        List<Method> methods = methods();
        long family = settings.get(SETTING_DEFAULT_METHOD).map(IntervisionService::parseLong).orElse(-1L);
        return methods.stream().filter(m -> m.familyId() == family).findFirst()
                .or(() -> methods.stream().filter(m -> BuiltInMethods.DEFAULT_KEY.equals(m.builtinKey())).findFirst())
                .or(() -> methods.stream().findFirst())
                .orElseThrow();
    }

    public void setDefaultMethod(long methodId) {
        session.require(Permission.INTERVISION_MANAGE);
        Method method = method(methodId);
        settings.put(SETTING_DEFAULT_METHOD, String.valueOf(method.familyId()));
        audit.record("IV_METHOD_DEFAULT", AUDIT_METHOD, String.valueOf(method.id()), "family=" + method.familyId());
    }

    public Method createMethod(MethodDraft draft) {
        CurrentUser user = session.require(Permission.INTERVISION_MANAGE);
        MethodDraft clean = validate(draft);
        long id = database.transaction(tx -> {
            long newId = repository.insertMethod(tx, null, 1, clean, null, false, now(), user.id());
            audit.record(tx, "IV_METHOD_CREATED", AUDIT_METHOD, String.valueOf(newId), "phases=" + clean.phases().size());
            return newId;
        });
        return method(id);
    }

    /** A copy of a method under a new name, to adapt; the copy is the centre's own method. */
    public Method copyMethod(long methodId, String name) {
        session.require(Permission.INTERVISION_MANAGE);
        Method source = method(methodId);
        return createMethod(new MethodDraft(name, source.description(), source.phases()));
    }

    /**
     * Saves a method. A version that a started or finished session used is not changed: the edit
     * becomes a new version, which planned sessions then follow; past sessions keep theirs.
     *
     * @return the saved version (the same id, or the new version's)
     */
    public Method saveMethod(long methodId, MethodDraft draft) {
        CurrentUser user = session.require(Permission.INTERVISION_MANAGE);
        MethodDraft clean = validate(draft);
        long id = database.transaction(tx -> {
            Method existing = repository.method(tx, methodId).orElseThrow(() -> notFound("methodId"));
            if (!existing.current()) {
                throw ValidationException.of("name", "iv.method.error.oldVersion");
            }
            if (!existing.frozen()) {
                repository.updateMethod(tx, methodId, clean);
                audit.record(tx, "IV_METHOD_UPDATED", AUDIT_METHOD, String.valueOf(methodId),
                        "version=" + existing.version() + " phases=" + clean.phases().size());
                return methodId;
            }
            repository.setCurrent(tx, methodId, false);
            long newId = repository.insertMethod(tx, existing.familyId(), existing.version() + 1, clean,
                    existing.builtinKey(), existing.template(), now(), user.id());
            int moved = repository.movePlannedSessions(tx, methodId, newId);
            audit.record(tx, "IV_METHOD_VERSIONED", AUDIT_METHOD, String.valueOf(newId),
                    "from=" + methodId + " version=" + (existing.version() + 1) + " plannedSessionsMoved=" + moved);
            return newId;
        });
        return method(id);
    }

    /** Hides a method from the pickers; sessions that used it keep it. */
    public void archiveMethod(long methodId) {
        session.require(Permission.INTERVISION_MANAGE);
        Method method = method(methodId);
        List<Method> current = methods();
        if (current.size() <= 1) {
            throw ValidationException.of("method", "iv.method.error.lastOne");
        }
        if (defaultMethod().familyId() == method.familyId()) {
            throw ValidationException.of("method", "iv.method.error.isDefault");
        }
        database.transactionWithoutResult(tx -> {
            repository.setArchived(tx, method.familyId(), true);
            audit.record(tx, "IV_METHOD_ARCHIVED", AUDIT_METHOD, String.valueOf(methodId), "family=" + method.familyId());
        });
    }

    MethodDraft validate(MethodDraft draft) {
        ValidationException.Builder errors = new ValidationException.Builder();
        String name = trim(draft.name());
        if (name.isEmpty()) {
            errors.add("name", "iv.method.error.nameRequired");
        } else if (name.length() > 200) {
            errors.add("name", "iv.error.tooLong", 200);
        }
        String description = trim(draft.description());
        if (description.length() > 4000) {
            errors.add("description", "iv.error.tooLong", 4000);
        }
        if (draft.phases().isEmpty()) {
            errors.add("phases", "iv.method.error.noPhases");
        } else if (draft.phases().size() > PHASES_MAX) {
            errors.add("phases", "iv.method.error.tooManyPhases", PHASES_MAX);
        }
        List<Phase> phases = new ArrayList<>();
        int order = 1;
        for (Phase phase : draft.phases()) {
            String phaseName = trim(phase.name());
            if (phaseName.isEmpty()) {
                errors.add("phase" + order + ".name", "iv.method.error.phaseNameRequired");
            } else if (phaseName.length() > 200) {
                errors.add("phase" + order + ".name", "iv.error.tooLong", 200);
            }
            if (phase.minutes() < 1 || phase.minutes() > PHASE_MINUTES_MAX) {
                errors.add("phase" + order + ".minutes", "iv.method.error.minutes", PHASE_MINUTES_MAX);
            }
            if (trim(phase.instruction()).length() > 4000) {
                errors.add("phase" + order + ".instruction", "iv.error.tooLong", 4000);
            }
            phases.add(new Phase(order, phaseName, trim(phase.instruction()), phase.minutes(), phase.speaker(),
                    phase.presenterListens(), phase.produces()));
            order++;
        }
        errors.throwIfAny();
        return new MethodDraft(name, description, phases);
    }

    // ------------------------------------------------------------------ cases and the board

    public List<CaseCard> board() {
        me();
        LongFunction<Person> people = people();
        DSLContext dsl = database.dsl();
        List<IntervisionCase> cases = repository.allCases(dsl, people);
        Map<Long, List<ActionPoint>> actions = withTrackerState(repository.allActionPoints(dsl, people)).stream()
                .collect(Collectors.groupingBy(ActionPoint::caseId));
        LocalDate today = today();
        List<CaseCard> cards = new ArrayList<>();
        for (IntervisionCase c : cases) {
            List<ActionPoint> points = actions.getOrDefault(c.id(), List.of());
            int open = (int) points.stream().filter(ActionPoint::open).count();
            int overdue = (int) points.stream().filter(p -> p.open() && p.overdue(today)).count();
            int tracker = (int) points.stream().filter(p -> p.planActionId() != null).count();
            int attached = repository.attachedContent(dsl, c.id()).size();
            cards.add(new CaseCard(c, open, points.size() - open, overdue, tracker, c.residentId() != null,
                    residentCode(c.residentId()), attached));
        }
        return cards;
    }

    private String residentCode(Long residentId) {
        if (residentId == null || !followUp.available()) {
            return null;
        }
        return followUp.resident(residentId).map(FollowUpLink.ResidentRef::code).orElse(null);
    }

    private List<ActionPoint> withTrackerState(List<ActionPoint> points) {
        if (!followUp.available()) {
            return points;
        }
        return points.stream().map(p -> p.planActionId() == null ? p
                : p.withTrackerState(followUp.actionState(p.planActionId()).orElse(null))).toList();
    }

    public IntervisionCase kase(long caseId) {
        me();
        return repository.findCase(database.dsl(), caseId, people()).orElseThrow(() -> notFound("caseId"));
    }

    public CaseDetail caseDetail(long caseId) {
        CurrentUser user = me();
        LongFunction<Person> people = people();
        DSLContext dsl = database.dsl();
        IntervisionCase c = repository.findCase(dsl, caseId, people).orElseThrow(() -> notFound("caseId"));
        List<CaseDetail.SessionRef> sessions = new ArrayList<>();
        List<CaseDetail.CaseNote> notes = new ArrayList<>();
        for (Long sessionId : repository.sessionIdsForCase(dsl, caseId)) {
            IntervisionSession s = repository.findSession(dsl, sessionId, people).orElseThrow();
            AgendaItem item = s.agenda().stream().filter(a -> a.caseId() == caseId).findFirst().orElseThrow();
            sessions.add(new CaseDetail.SessionRef(s.id(), s.heldOn(), s.team(), s.state(), item.conclusion(),
                    item.discussed()));
            repository.notes(dsl, sessionId).stream()
                    .filter(n -> n.caseId() != null && n.caseId() == caseId && !n.note().isBlank())
                    .forEach(n -> notes.add(new CaseDetail.CaseNote(s.heldOn(), n.phaseName(), n.note())));
        }
        List<ActionPoint> points = withTrackerState(repository.actionPointsOfCase(dsl, caseId, people));
        return new CaseDetail(c, repository.attachedContent(dsl, caseId), sessions, notes, points,
                residentCode(c.residentId()), mayEdit(user, c));
    }

    private boolean mayEdit(CurrentUser user, IntervisionCase c) {
        return user.has(Permission.INTERVISION_MANAGE) || c.presenter().id() == user.id();
    }

    public IntervisionCase createCase(CaseDraft draft) {
        CurrentUser user = me();
        long presenter = draft.presenterId() == null ? user.id() : draft.presenterId();
        if (presenter != user.id() && !user.has(Permission.INTERVISION_MANAGE)) {
            throw ValidationException.of("presenter", "iv.case.error.presenterSelf");
        }
        CaseDraft clean = validate(draft, null);
        long id = database.transaction(tx -> {
            long newId = repository.insertCase(tx, presenter, clean, CaseColumn.BROUGHT_IN, now(), user.id());
            audit.record(tx, "IV_CASE_CREATED", AUDIT_CASE, String.valueOf(newId),
                    "presenter=" + presenter + " level=" + clean.level() + " tags=" + clean.tags().size()
                            + (clean.residentId() == null ? "" : " resident=" + clean.residentId()));
            return newId;
        });
        return kase(id);
    }

    public IntervisionCase updateCase(long caseId, CaseDraft draft) {
        CurrentUser user = me();
        IntervisionCase existing = kase(caseId);
        requireEdit(user, existing);
        long presenter = draft.presenterId() == null ? existing.presenter().id() : draft.presenterId();
        if (presenter != existing.presenter().id() && !user.has(Permission.INTERVISION_MANAGE)) {
            throw ValidationException.of("presenter", "iv.case.error.presenterSelf");
        }
        CaseDraft clean = validate(draft, existing);
        List<String> changed = changedFields(existing, clean, presenter);
        database.transactionWithoutResult(tx -> {
            repository.updateCase(tx, caseId, presenter, clean, now());
            audit.record(tx, "IV_CASE_UPDATED", AUDIT_CASE, String.valueOf(caseId), "fields=" + changed);
        });
        return kase(caseId);
    }

    private static List<String> changedFields(IntervisionCase old, CaseDraft draft, long presenter) {
        List<String> fields = new ArrayList<>();
        if (old.presenter().id() != presenter) {
            fields.add("presenter");
        }
        if (!old.title().equals(draft.title())) {
            fields.add("title");
        }
        if (!old.situation().equals(draft.situation())) {
            fields.add("situation");
        }
        if (!old.question().equals(draft.question())) {
            fields.add("question");
        }
        if (old.level() != draft.level()) {
            fields.add("level");
        }
        if (!old.tags().equals(draft.tags())) {
            fields.add("tags");
        }
        if (!java.util.Objects.equals(old.residentId(), draft.residentId())) {
            fields.add("resident");
        }
        return fields;
    }

    private void requireEdit(CurrentUser user, IntervisionCase c) {
        if (!mayEdit(user, c)) {
            throw new AccessDeniedException(Permission.INTERVISION_MANAGE);
        }
    }

    /**
     * Checks a case: lengths, tags, the resident link (only to a resident the user may see), and
     * that no text holds the linked resident's names.
     */
    CaseDraft validate(CaseDraft draft, IntervisionCase existing) {
        ValidationException.Builder errors = new ValidationException.Builder();
        String title = trim(draft.title()).replaceAll("\\s+", " ");
        String situation = trim(draft.situation());
        String question = trim(draft.question());
        if (title.isEmpty()) {
            errors.add("title", "iv.case.error.titleRequired");
        } else if (title.length() > TITLE_MAX) {
            errors.add("title", "iv.error.tooLong", TITLE_MAX);
        }
        if (situation.length() > LONG_TEXT_MAX) {
            errors.add("situation", "iv.error.tooLong", LONG_TEXT_MAX);
        }
        if (question.isEmpty()) {
            errors.add("question", "iv.case.error.questionRequired");
        } else if (question.length() > QUESTION_MAX) {
            errors.add("question", "iv.error.tooLong", QUESTION_MAX);
        }
        List<String> tags = normaliseTags(draft.tags());
        if (tags.size() > TAGS_MAX) {
            errors.add("tags", "iv.case.error.tooManyTags", TAGS_MAX);
        } else if (tags.stream().anyMatch(t -> t.length() > TAG_MAX)) {
            errors.add("tags", "iv.case.error.tagTooLong", TAG_MAX);
        }
        Long residentId = draft.residentId();
        boolean linkChanged = existing == null ? residentId != null
                : !java.util.Objects.equals(existing.residentId(), residentId);
        if (linkChanged) {
            if (!followUp.available()) {
                errors.add("resident", "iv.case.error.trackerUnavailable");
            } else if (residentId != null && followUp.resident(residentId).isEmpty()) {
                errors.add("resident", "iv.case.error.residentNotVisible");
            } else if (existing != null && existing.residentId() != null
                    && followUp.resident(existing.residentId()).isEmpty() && !mayManage()) {
                errors.add("resident", "iv.case.error.residentNotVisible");
            }
        }
        if (residentId != null) {
            List<String> names = followUp.names(residentId);
            if (NameCheck.containsName(title, names)) {
                errors.add("title", "iv.case.error.titleHasName");
            }
            if (NameCheck.containsName(situation, names)) {
                errors.add("situation", "iv.case.error.textHasName");
            }
            if (NameCheck.containsName(question, names)) {
                errors.add("question", "iv.case.error.textHasName");
            }
        }
        errors.throwIfAny();
        return new CaseDraft(draft.presenterId(), title, situation, question, draft.level(), tags, residentId);
    }

    /** Tags in lower case, without a leading #, single spaces, each once, in the order typed. */
    public static List<String> normaliseTags(List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            String clean = trim(tag).replaceFirst("^#+", "").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
            if (!clean.isEmpty()) {
                tags.add(clean);
            }
        }
        return List.copyOf(tags);
    }

    /** Moves a case to another column of the board (drag and drop). */
    public IntervisionCase moveCase(long caseId, CaseColumn to) {
        CurrentUser user = me();
        IntervisionCase c = kase(caseId);
        requireEdit(user, c);
        if (c.column() == to) {
            return c;
        }
        database.transactionWithoutResult(tx -> {
            repository.moveCase(tx, caseId, to, now());
            audit.record(tx, "IV_CASE_MOVED", AUDIT_CASE, String.valueOf(caseId), "from=" + c.column() + " to=" + to);
        });
        return kase(caseId);
    }

    public List<String> tags() {
        me();
        return repository.allTags(database.dsl());
    }

    public List<FollowUpLink.ResidentRef> findResidents(String query) {
        me();
        if (!followUp.available() || query == null || query.isBlank()) {
            return List.of();
        }
        return followUp.findResidents(query.trim(), 10);
    }

    /** Every guide chapter and lesson, for attaching by hand. */
    public List<ContentLink.ContentRef> allContent() {
        me();
        return content.all();
    }

    public List<ContentSuggestions.Suggestion> suggestions(long caseId) {
        me();
        IntervisionCase c = kase(caseId);
        Set<String> attached = repository.attachedContent(database.dsl(), caseId).stream()
                .map(a -> ContentSuggestions.key(a.kind(), a.contentId())).collect(Collectors.toSet());
        return ContentSuggestions.suggest(c.level(), c.tags(), content.all(), attached);
    }

    public void attachContent(long caseId, ContentLink.ContentRef ref) {
        CurrentUser user = me();
        kase(caseId);
        String title = ref.title().length() > 300 ? ref.title().substring(0, 300) : ref.title();
        database.transactionWithoutResult(tx -> {
            repository.attachContent(tx, caseId, new AttachedContent(ref.kind(), ref.id(), title), now(), user.id());
            audit.record(tx, "IV_CONTENT_ATTACHED", AUDIT_CASE, String.valueOf(caseId), ref.kind() + ":" + ref.id());
        });
    }

    public void detachContent(long caseId, String kind, String contentId) {
        me();
        database.transactionWithoutResult(tx -> {
            if (repository.detachContent(tx, caseId, kind, contentId) > 0) {
                audit.record(tx, "IV_CONTENT_DETACHED", AUDIT_CASE, String.valueOf(caseId), kind + ":" + contentId);
            }
        });
    }

    public List<AttachedContent> attachedContent(long caseId) {
        me();
        return repository.attachedContent(database.dsl(), caseId);
    }

    /** Cases whose title or tags hold the words typed (for the quick search). */
    public List<IntervisionCase> searchCases(String query, int limit) {
        if (!session.has(Permission.INTERVISION_PARTICIPATE) || query == null || query.isBlank()) {
            return List.of();
        }
        String folded = NameCheck.fold(query.trim()).text();
        return repository.allCases(database.dsl(), people()).stream()
                .filter(c -> NameCheck.fold(c.title() + " " + String.join(" ", c.tags())).text().contains(folded))
                .limit(limit).toList();
    }

    /** How often each theme came back, for team leads; most frequent first. */
    public List<ThemeCount> themes() {
        session.require(Permission.INTERVISION_MANAGE);
        List<IntervisionCase> cases = repository.allCases(database.dsl(), people());
        LocalDate since = today().minusDays(RECENT_DAYS);
        Map<String, List<IntervisionCase>> byTag = new LinkedHashMap<>();
        cases.forEach(c -> c.tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(c)));
        List<ThemeCount> themes = new ArrayList<>();
        byTag.forEach((tag, list) -> {
            Map<CaseLevel, Integer> levels = new EnumMap<>(CaseLevel.class);
            list.stream().filter(c -> c.level() != null).forEach(c -> levels.merge(c.level(), 1, Integer::sum));
            int recent = (int) list.stream().filter(c -> !c.createdAt().toLocalDate().isBefore(since)).count();
            int discussed = (int) list.stream().filter(c -> c.column() != CaseColumn.BROUGHT_IN
                    && c.column() != CaseColumn.CHOSEN).count();
            LocalDate last = list.stream().map(c -> c.createdAt().toLocalDate()).max(LocalDate::compareTo).orElse(null);
            themes.add(new ThemeCount(tag, list.size(), recent, discussed, last, levels));
        });
        themes.sort(Comparator.comparingInt(ThemeCount::cases).reversed().thenComparing(ThemeCount::tag));
        return themes;
    }

    // ------------------------------------------------------------------ sessions

    public List<IntervisionSession> sessions() {
        me();
        return repository.allSessions(database.dsl(), people());
    }

    public IntervisionSession session(long sessionId) {
        me();
        return repository.findSession(database.dsl(), sessionId, people()).orElseThrow(() -> notFound("sessionId"));
    }

    public List<String> teams() {
        me();
        return repository.teams(database.dsl());
    }

    public IntervisionSession createSession(SessionDraft draft) {
        CurrentUser user = session.require(Permission.INTERVISION_MANAGE);
        SessionDraft clean = validate(draft);
        long id = database.transaction(tx -> {
            long newId = repository.insertSession(tx, clean, now(), user.id());
            chooseCases(tx, clean.caseIds());
            audit.record(tx, "IV_SESSION_CREATED", AUDIT_SESSION, String.valueOf(newId),
                    "method=" + clean.methodId() + " cases=" + clean.caseIds() + " participants="
                            + clean.participantIds().size() + (clean.externalIntervisor().isBlank() ? "" : " external"));
            return newId;
        });
        return session(id);
    }

    public IntervisionSession updateSession(long sessionId, SessionDraft draft) {
        session.require(Permission.INTERVISION_MANAGE);
        IntervisionSession existing = session(sessionId);
        if (existing.state() != SessionState.PLANNED) {
            throw ValidationException.of("heldOn", "iv.session.error.notPlanned");
        }
        SessionDraft clean = validate(draft);
        database.transactionWithoutResult(tx -> {
            repository.updateSession(tx, sessionId, clean);
            chooseCases(tx, clean.caseIds());
            List<Long> removed = existing.agenda().stream().map(AgendaItem::caseId)
                    .filter(id -> !clean.caseIds().contains(id)).toList();
            releaseCases(tx, removed, sessionId);
            audit.record(tx, "IV_SESSION_UPDATED", AUDIT_SESSION, String.valueOf(sessionId),
                    "method=" + clean.methodId() + " cases=" + clean.caseIds());
        });
        return session(sessionId);
    }

    /** Cancels a planned session; its cases go back to "brought in" unless another planned session has them. */
    public void cancelSession(long sessionId) {
        session.require(Permission.INTERVISION_MANAGE);
        IntervisionSession existing = session(sessionId);
        if (existing.state() != SessionState.PLANNED) {
            throw ValidationException.of("heldOn", "iv.session.error.notPlanned");
        }
        database.transactionWithoutResult(tx -> {
            SessionDraft empty = new SessionDraft(existing.heldOn(), existing.team(), null, null, List.of(), null,
                    existing.methodId(), List.of());
            repository.updateSession(tx, sessionId, empty);
            releaseCases(tx, existing.agenda().stream().map(AgendaItem::caseId).toList(), sessionId);
            repository.deletePlannedSession(tx, sessionId);
            audit.record(tx, "IV_SESSION_CANCELLED", AUDIT_SESSION, String.valueOf(sessionId), null);
        });
    }

    private void chooseCases(DSLContext tx, List<Long> caseIds) {
        for (Long caseId : caseIds) {
            IntervisionCase c = repository.findCase(tx, caseId, id -> new Person(id, "")).orElseThrow();
            if (c.column() == CaseColumn.BROUGHT_IN) {
                repository.moveCase(tx, caseId, CaseColumn.CHOSEN, now());
                audit.record(tx, "IV_CASE_MOVED", AUDIT_CASE, String.valueOf(caseId),
                        "from=" + c.column() + " to=" + CaseColumn.CHOSEN + " (agenda)");
            }
        }
    }

    private void releaseCases(DSLContext tx, List<Long> caseIds, long exceptSession) {
        LongFunction<Person> anonymous = id -> new Person(id, "");
        for (Long caseId : caseIds) {
            IntervisionCase c = repository.findCase(tx, caseId, anonymous).orElseThrow();
            boolean elsewhere = repository.sessionIdsForCase(tx, caseId).stream()
                    .filter(id -> id != exceptSession)
                    .map(id -> repository.findSession(tx, id, anonymous).orElseThrow())
                    .anyMatch(s -> s.state() != SessionState.DONE);
            if (c.column() == CaseColumn.CHOSEN && !elsewhere) {
                repository.moveCase(tx, caseId, CaseColumn.BROUGHT_IN, now());
                audit.record(tx, "IV_CASE_MOVED", AUDIT_CASE, String.valueOf(caseId),
                        "from=" + CaseColumn.CHOSEN + " to=" + CaseColumn.BROUGHT_IN + " (agenda)");
            }
        }
    }

    SessionDraft validate(SessionDraft draft) {
        ValidationException.Builder errors = new ValidationException.Builder();
        if (draft.heldOn() == null) {
            errors.add("heldOn", "iv.session.error.dateRequired");
        }
        String team = trim(draft.team());
        if (team.isEmpty()) {
            errors.add("team", "iv.session.error.teamRequired");
        } else if (team.length() > 120) {
            errors.add("team", "iv.error.tooLong", 120);
        }
        if (draft.facilitatorId() == null) {
            errors.add("facilitator", "iv.session.error.facilitatorRequired");
        }
        String external = trim(draft.externalIntervisor());
        if (external.length() > 200) {
            errors.add("external", "iv.error.tooLong", 200);
        }
        if (draft.methodId() == null) {
            errors.add("method", "iv.session.error.methodRequired");
        } else {
            Optional<Method> method = repository.method(database.dsl(), draft.methodId());
            if (method.isEmpty() || !method.get().current() || method.get().archived()) {
                errors.add("method", "iv.session.error.methodRequired");
            }
        }
        for (Long caseId : draft.caseIds()) {
            Optional<IntervisionCase> c = repository.findCase(database.dsl(), caseId, id -> new Person(id, ""));
            if (c.isEmpty() || c.get().column() == CaseColumn.CLOSED) {
                errors.add("agenda", "iv.session.error.caseClosed");
            }
        }
        Set<Long> staff = staff().stream().map(Person::id).collect(Collectors.toSet());
        Set<Long> participants = new LinkedHashSet<>(draft.participantIds());
        if (draft.facilitatorId() != null) {
            participants.add(draft.facilitatorId());
        }
        if (draft.noteTakerId() != null) {
            participants.add(draft.noteTakerId());
        }
        if (!staff.containsAll(participants)) {
            errors.add("participants", "iv.session.error.unknownParticipant");
        }
        errors.throwIfAny();
        return new SessionDraft(draft.heldOn(), team, draft.facilitatorId(), draft.noteTakerId(),
                List.copyOf(participants), external, draft.methodId(), List.copyOf(new LinkedHashSet<>(draft.caseIds())));
    }

    // ------------------------------------------------------------------ running a session

    public boolean mayRun(IntervisionSession s) {
        CurrentUser user = session.user().orElse(null);
        return user != null && user.has(Permission.INTERVISION_PARTICIPATE)
                && (user.has(Permission.INTERVISION_MANAGE)
                        || (s.facilitator() != null && s.facilitator().id() == user.id())
                        || (s.noteTaker() != null && s.noteTaker().id() == user.id()));
    }

    private IntervisionSession requireRunner(long sessionId) {
        IntervisionSession s = session(sessionId);
        if (!mayRun(s)) {
            throw new AccessDeniedException(Permission.INTERVISION_MANAGE);
        }
        return s;
    }

    private IntervisionSession requireRunning(long sessionId) {
        IntervisionSession s = requireRunner(sessionId);
        if (s.state() != SessionState.RUNNING) {
            throw ValidationException.of("session", "iv.session.error.notRunning");
        }
        return s;
    }

    /** The session with its method, case material, notes and action points; de-identified with an external intervisor. */
    public SessionMaterial material(long sessionId) {
        return material(sessionId, false);
    }

    /** As {@link #material(long)}, always de-identified (for the session report): names masked, no resident codes. */
    public SessionMaterial deidentifiedMaterial(long sessionId) {
        return material(sessionId, true);
    }

    private SessionMaterial material(long sessionId, boolean forceDeidentified) {
        me();
        LongFunction<Person> people = people();
        DSLContext dsl = database.dsl();
        IntervisionSession s = repository.findSession(dsl, sessionId, people).orElseThrow(() -> notFound("sessionId"));
        Method method = repository.method(dsl, s.methodId()).orElseThrow();
        boolean deidentified = forceDeidentified || s.hasExternalIntervisor();
        List<CaseMaterial> cases = new ArrayList<>();
        Map<Long, List<String>> names = new HashMap<>();
        for (AgendaItem item : s.agenda()) {
            IntervisionCase c = repository.findCase(dsl, item.caseId(), people).orElseThrow();
            cases.add(material(c, deidentified, repository.attachedContent(dsl, c.id())));
            if (deidentified && c.residentId() != null) {
                names.put(c.id(), followUp.names(c.residentId()));
            }
        }
        List<PhaseNote> notes = repository.notes(dsl, sessionId);
        if (deidentified) {
            List<String> all = names.values().stream().flatMap(List::stream).toList();
            notes = notes.stream().map(n -> new PhaseNote(n.caseId(), n.stepKey(), n.phaseName(),
                    NameCheck.mask(n.note(), all), n.secondsUsed())).toList();
        }
        List<ActionPoint> points = withTrackerState(repository.actionPointsOfSession(dsl, sessionId, people));
        return new SessionMaterial(s, method, cases, notes, points, review(dsl, s, people), deidentified, mayRun(s),
                followUp.available());
    }

    private CaseMaterial material(IntervisionCase c, boolean deidentified, List<AttachedContent> attached) {
        String code = residentCode(c.residentId());
        boolean toPlan = code != null;
        if (!deidentified) {
            return new CaseMaterial(c.id(), c.title(), c.presenter(), c.situation(), c.question(), c.level(), c.tags(),
                    attached, c.residentId() != null, code, false, toPlan);
        }
        List<String> names = c.residentId() == null ? List.of() : followUp.names(c.residentId());
        return new CaseMaterial(c.id(), NameCheck.mask(c.title(), names), c.presenter(),
                NameCheck.mask(c.situation(), names), NameCheck.mask(c.question(), names), c.level(), c.tags(),
                attached, false, null, true, toPlan);
    }

    /** The names of the case's linked resident, to mask in notes (empty without a link). */
    private List<String> linkedNames(Long caseId) {
        if (caseId == null) {
            return List.of();
        }
        return repository.findCase(database.dsl(), caseId, id -> new Person(id, ""))
                .map(IntervisionCase::residentId).map(followUp::names).orElse(List.of());
    }

    /** A case as shown to someone outside the team (an external intervisor, an export): no resident, names masked. */
    public CaseMaterial deidentifiedCase(long caseId) {
        me();
        IntervisionCase c = kase(caseId);
        return material(c, true, repository.attachedContent(database.dsl(), caseId));
    }

    private List<ActionPoint> review(DSLContext dsl, IntervisionSession s, LongFunction<Person> people) {
        Optional<Long> previous = repository.previousSessionId(dsl, s.team(), s.heldOn(), s.id());
        if (previous.isEmpty()) {
            return List.of();
        }
        List<ActionPoint> points = new ArrayList<>(repository.actionPointsOfSession(dsl, previous.get(), people));
        Set<Long> seen = points.stream().map(ActionPoint::id).collect(Collectors.toCollection(HashSet::new));
        // Points still open from older sessions of the same team come back too.
        for (IntervisionSession older : repository.allSessions(dsl, people)) {
            if (older.id() == previous.get() || older.id() == s.id() || older.state() != SessionState.DONE
                    || !older.team().equalsIgnoreCase(s.team()) || older.heldOn().isAfter(s.heldOn())) {
                continue;
            }
            repository.actionPointsOfSession(dsl, older.id(), people).stream()
                    .filter(p -> p.state() == ActionPointState.OPEN && seen.add(p.id())).forEach(points::add);
        }
        points.sort(Comparator.comparing(ActionPoint::sessionDate).thenComparing(ActionPoint::id));
        return withTrackerState(points);
    }

    public void startSession(long sessionId) {
        IntervisionSession s = requireRunner(sessionId);
        if (s.state() == SessionState.DONE) {
            throw ValidationException.of("session", "iv.session.error.done");
        }
        if (s.agenda().isEmpty()) {
            throw ValidationException.of("agenda", "iv.session.error.noCases");
        }
        if (s.state() == SessionState.RUNNING) {
            return;
        }
        database.transactionWithoutResult(tx -> {
            repository.setSessionState(tx, sessionId, SessionState.RUNNING, now());
            chooseCases(tx, s.agenda().stream().map(AgendaItem::caseId).toList());
            audit.record(tx, "IV_SESSION_STARTED", AUDIT_SESSION, String.valueOf(sessionId), "method=" + s.methodId());
        });
    }

    /** Remembers where the runner is, so that the session can be resumed. */
    public void saveProgress(long sessionId, int step, Long caseId) {
        requireRunning(sessionId);
        database.transactionWithoutResult(tx -> repository.setProgress(tx, sessionId, step, caseId));
    }

    public void saveNote(long sessionId, PhaseNote note) {
        CurrentUser user = me();
        IntervisionSession s = requireRunning(sessionId);
        if (note.note().length() > LONG_TEXT_MAX) {
            throw ValidationException.of("note", "iv.error.tooLong", LONG_TEXT_MAX);
        }
        if (note.caseId() != null && s.agenda().stream().noneMatch(a -> a.caseId() == note.caseId())) {
            throw notFound("caseId");
        }
        String phaseName = note.phaseName().length() > 200 ? note.phaseName().substring(0, 200) : note.phaseName();
        // Notes never keep the linked resident's names: they are masked as they are stored.
        List<String> names = note.caseId() == null
                ? s.agenda().stream().flatMap(a -> linkedNames(a.caseId()).stream()).toList()
                : linkedNames(note.caseId());
        PhaseNote clean = new PhaseNote(note.caseId(), note.stepKey(), phaseName, NameCheck.mask(note.note(), names),
                Math.max(0, note.secondsUsed()));
        database.transactionWithoutResult(tx -> {
            if (repository.saveNote(tx, sessionId, clean, now(), user.id())) {
                audit.record(tx, "IV_SESSION_NOTE_SAVED", AUDIT_SESSION, String.valueOf(sessionId),
                        "step=" + clean.stepKey() + (clean.caseId() == null ? "" : " case=" + clean.caseId()));
            }
        });
    }

    public void saveConclusion(long sessionId, long caseId, String conclusion) {
        IntervisionSession s = requireRunning(sessionId);
        AgendaItem item = s.agenda().stream().filter(a -> a.caseId() == caseId).findFirst()
                .orElseThrow(() -> notFound("caseId"));
        String text = NameCheck.mask(trim(conclusion), linkedNames(caseId));
        if (text.length() > LONG_TEXT_MAX) {
            throw ValidationException.of("conclusion", "iv.error.tooLong", LONG_TEXT_MAX);
        }
        if (text.equals(item.conclusion())) {
            return;
        }
        database.transactionWithoutResult(tx -> {
            repository.setConclusion(tx, sessionId, caseId, text);
            audit.record(tx, "IV_SESSION_CONCLUSION_SAVED", AUDIT_SESSION, String.valueOf(sessionId), "case=" + caseId);
        });
    }

    public void markDiscussed(long sessionId, long caseId) {
        IntervisionSession s = requireRunning(sessionId);
        if (s.agenda().stream().anyMatch(a -> a.caseId() == caseId && !a.discussed())) {
            database.transactionWithoutResult(tx -> repository.markDiscussed(tx, sessionId, caseId));
        }
    }

    /**
     * Adds an action point. With {@code toResidentPlan}, it also becomes an action in the support
     * plan of the case's linked resident, through the follow-up tracker; if that fails, nothing is stored.
     */
    public ActionPoint addActionPoint(long sessionId, long caseId, ActionPointDraft draft) {
        CurrentUser user = me();
        IntervisionSession s = requireRunning(sessionId);
        if (s.agenda().stream().noneMatch(a -> a.caseId() == caseId)) {
            throw notFound("caseId");
        }
        IntervisionCase c = kase(caseId);
        ValidationException.Builder errors = new ValidationException.Builder();
        String title = trim(draft.title());
        if (title.isEmpty()) {
            errors.add("actionTitle", "iv.actionPoint.error.titleRequired");
        } else if (title.length() > 500) {
            errors.add("actionTitle", "iv.error.tooLong", 500);
        }
        if (draft.ownerId() == null) {
            errors.add("actionOwner", "iv.actionPoint.error.ownerRequired");
        }
        if (draft.due() == null) {
            errors.add("actionDue", "iv.actionPoint.error.dueRequired");
        } else if (draft.due().isBefore(s.heldOn())) {
            errors.add("actionDue", "iv.actionPoint.error.dueInPast");
        }
        Long residentId = null;
        if (draft.toResidentPlan()) {
            if (!followUp.available()) {
                errors.add("actionToPlan", "iv.case.error.trackerUnavailable");
            } else if (c.residentId() == null) {
                errors.add("actionToPlan", "iv.actionPoint.error.noResident");
            } else if (followUp.resident(c.residentId()).isEmpty()) {
                errors.add("actionToPlan", "iv.case.error.residentNotVisible");
            } else {
                residentId = c.residentId();
            }
        }
        if (residentId != null || c.residentId() != null) {
            List<String> names = followUp.names(c.residentId());
            if (NameCheck.containsName(title, names)) {
                errors.add("actionTitle", "iv.case.error.textHasName");
            }
        }
        errors.throwIfAny();
        Long resident = residentId;
        ActionPointDraft clean = new ActionPointDraft(title, draft.ownerId(), draft.due(), resident != null);
        long id = database.transaction(tx -> {
            long newId = repository.insertActionPoint(tx, sessionId, caseId, clean, resident, now(), user.id());
            audit.record(tx, "IV_ACTION_ADDED", AUDIT_ACTION_POINT, String.valueOf(newId),
                    "session=" + sessionId + " case=" + caseId + " owner=" + clean.ownerId() + " due=" + clean.due());
            if (resident != null) {
                String source = "Teamintervisie " + Formats.date(s.heldOn()) + ", casus #" + caseId;
                long planAction = followUp.addPlanAction(resident, title, clean.ownerId(), clean.due(), source);
                repository.setPlanAction(tx, newId, planAction);
                audit.record(tx, "IV_ACTION_SENT_TO_PLAN", AUDIT_ACTION_POINT, String.valueOf(newId),
                        "resident=" + resident + " planAction=" + planAction);
            }
            return newId;
        });
        return repository.actionPoint(database.dsl(), id, people()).map(p -> withTrackerState(List.of(p)).get(0))
                .orElseThrow();
    }

    /** Removes an action point added by mistake in a running session (not once it went to a support plan). */
    public void deleteActionPoint(long actionPointId) {
        ActionPoint point = repository.actionPoint(database.dsl(), actionPointId, people())
                .orElseThrow(() -> notFound("actionPointId"));
        requireRunning(point.sessionId());
        if (point.planActionId() != null) {
            throw ValidationException.of("actionTitle", "iv.actionPoint.error.inPlan");
        }
        database.transactionWithoutResult(tx -> {
            repository.deleteActionPoint(tx, actionPointId);
            audit.record(tx, "IV_ACTION_DELETED", AUDIT_ACTION_POINT, String.valueOf(actionPointId),
                    "session=" + point.sessionId());
        });
    }

    /**
     * Records how an action point went: in the review at the start of a session (by whoever runs it)
     * or on the case page (by its owner, the case's presenter or a team lead).
     *
     * @param reviewedInSession the running session that reviewed it, or null
     */
    public void reviewActionPoint(long actionPointId, ActionPointState state, String note, Long reviewedInSession) {
        CurrentUser user = me();
        LongFunction<Person> people = people();
        ActionPoint point = repository.actionPoint(database.dsl(), actionPointId, people)
                .orElseThrow(() -> notFound("actionPointId"));
        boolean allowed;
        if (reviewedInSession != null) {
            requireRunning(reviewedInSession);
            allowed = true;
        } else {
            IntervisionCase c = kase(point.caseId());
            allowed = user.has(Permission.INTERVISION_MANAGE) || c.presenter().id() == user.id()
                    || (point.owner() != null && point.owner().id() == user.id());
        }
        if (!allowed) {
            throw new AccessDeniedException(Permission.INTERVISION_MANAGE);
        }
        String text = trim(note);
        if (text.length() > 4000) {
            throw ValidationException.of("reviewNote", "iv.error.tooLong", 4000);
        }
        database.transactionWithoutResult(tx -> {
            repository.reviewActionPoint(tx, actionPointId, state, text, reviewedInSession, now());
            audit.record(tx, "IV_ACTION_REVIEWED", AUDIT_ACTION_POINT, String.valueOf(actionPointId),
                    "state=" + state + (reviewedInSession == null ? "" : " inSession=" + reviewedInSession));
        });
    }

    /**
     * Ends a session. Each discussed case moves to "actions running" when it has open action
     * points, else to "discussed"; cases not reached stay chosen for a next session.
     */
    public void finishSession(long sessionId) {
        IntervisionSession s = requireRunning(sessionId);
        LongFunction<Person> people = people();
        database.transactionWithoutResult(tx -> {
            for (AgendaItem item : s.agenda()) {
                if (!item.discussed()) {
                    continue;
                }
                boolean open = withTrackerState(repository.actionPointsOfCase(tx, item.caseId(), people)).stream()
                        .anyMatch(ActionPoint::open);
                CaseColumn to = open ? CaseColumn.ACTIONS_RUNNING : CaseColumn.DISCUSSED;
                IntervisionCase c = repository.findCase(tx, item.caseId(), people).orElseThrow();
                if (c.column() != to && c.column() != CaseColumn.CLOSED) {
                    repository.moveCase(tx, item.caseId(), to, now());
                    audit.record(tx, "IV_CASE_MOVED", AUDIT_CASE, String.valueOf(item.caseId()),
                            "from=" + c.column() + " to=" + to + " (session finished)");
                }
            }
            repository.setSessionState(tx, sessionId, SessionState.DONE, now());
            audit.record(tx, "IV_SESSION_FINISHED", AUDIT_SESSION, String.valueOf(sessionId),
                    "discussed=" + s.agenda().stream().filter(AgendaItem::discussed).count());
        });
    }

    /** Open action points owned by the current user (for the start page). */
    public List<ActionPoint> myOpenActionPoints() {
        if (!session.has(Permission.INTERVISION_PARTICIPATE)) {
            return List.of();
        }
        long me = session.current().id();
        return repository.allActionPoints(database.dsl(), people()).stream()
                .filter(p -> p.state() == ActionPointState.OPEN && p.owner() != null && p.owner().id() == me)
                .toList();
    }

    // ------------------------------------------------------------------ demo data

    /** Loads the demo board at first run (administrator logged in), only when the board is empty. */
    public void loadDemo(IntervisionDemo demo) {
        CurrentUser admin = session.require(Permission.USER_MANAGE);
        ensureMethods(admin);
        database.transactionWithoutResult(tx -> {
            if (!repository.allCases(tx, id -> new Person(id, "")).isEmpty()) {
                return;
            }
            demo.load(tx, repository, today(), now());
            audit.record(tx, "IV_DEMO_LOADED", AUDIT_SESSION, null, null);
        });
    }

    // ------------------------------------------------------------------ helpers

    static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static ValidationException notFound(String field) {
        return ValidationException.of(field, "iv.error.notFound");
    }
}

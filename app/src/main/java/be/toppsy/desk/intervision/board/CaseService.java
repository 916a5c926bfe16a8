package be.toppsy.desk.intervision.board;

import static be.toppsy.desk.intervision.IntervisionAccess.notFound;
import static be.toppsy.desk.intervision.IntervisionAccess.trim;

import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.ContentLink;
import be.toppsy.desk.intervision.FollowUpLink;
import be.toppsy.desk.intervision.IntervisionAccess;
import be.toppsy.desk.intervision.NameCheck;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.storage.Database;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Cases on the board: bringing, changing and moving them, their themes, attached guide chapters and
 * lessons, and the action points that hang on them. No text of a case linked to a resident may
 * hold that resident's names; only the presenter and team leads change a case.
 */
public final class CaseService {

    public static final String AUDIT_CASE = "iv_case";
    public static final String AUDIT_ACTION_POINT = "iv_action_point";
    public static final int TITLE_MAX = 120;
    public static final int LONG_TEXT_MAX = 10_000;
    public static final int QUESTION_MAX = 4_000;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 10;
    public static final int RECENT_DAYS = 90;

    private final Database database;
    /** Stateless; made here so that only this package reaches the tables. */
    private final CaseRepository repository;
    private final AuditService audit;
    private final IntervisionAccess access;
    private final ContentLink content;
    private final CaseRules rules;

    public CaseService(Database database, AuditService audit, IntervisionAccess access, ContentLink content) {
        this.database = database;
        this.repository = new CaseRepository();
        this.audit = audit;
        this.access = access;
        this.content = content;
        this.rules = new CaseRules(access);
    }

    /**
     * Retention: a resident is being anonymised or deleted; their cases and action points keep their
     * text (which never names them) but lose the link. Runs inside the caller's transaction; the caller
     * checks its own permission (RETENTION_MANAGE) and writes the audit line.
     */
    public int forgetResident(DSLContext tx, long residentId) {
        return repository.forgetResident(tx, residentId);
    }

    // ------------------------------------------------------------------ the board

    public List<CaseCard> board() {
        access.me();
        LongFunction<Person> people = access.people();
        DSLContext dsl = database.dsl();
        List<IntervisionCase> cases = repository.allCases(dsl, people);
        Map<Long, List<ActionPoint>> actions = withTrackerState(repository.allActionPoints(dsl, people)).stream()
                .collect(Collectors.groupingBy(ActionPoint::caseId));
        LocalDate today = access.today();
        List<CaseCard> cards = new ArrayList<>();
        for (IntervisionCase c : cases) {
            List<ActionPoint> points = actions.getOrDefault(c.id(), List.of());
            int open = (int) points.stream().filter(ActionPoint::open).count();
            int overdue = (int) points.stream().filter(p -> p.open() && p.overdue(today)).count();
            int tracker = (int) points.stream().filter(p -> p.planActionId() != null).count();
            int attached = repository.attachedContent(dsl, c.id()).size();
            cards.add(new CaseCard(c, open, points.size() - open, overdue, tracker, c.residentId() != null,
                    access.residentCode(c.residentId()), attached));
        }
        return cards;
    }

    public IntervisionCase kase(long caseId) {
        access.me();
        return repository.findCase(database.dsl(), caseId, access.people()).orElseThrow(() -> notFound("caseId"));
    }

    /** The case, or empty when there is none with this id. */
    public Optional<IntervisionCase> findCase(long caseId) {
        access.me();
        return repository.findCase(database.dsl(), caseId, access.people());
    }

    public CaseDetail caseDetail(long caseId) {
        CurrentUser user = access.me();
        LongFunction<Person> people = access.people();
        DSLContext dsl = database.dsl();
        IntervisionCase c = repository.findCase(dsl, caseId, people).orElseThrow(() -> notFound("caseId"));
        List<ActionPoint> points = withTrackerState(repository.actionPointsOfCase(dsl, caseId, people));
        return new CaseDetail(c, repository.attachedContent(dsl, caseId), repository.sessionsOfCase(dsl, caseId),
                repository.notesOfCase(dsl, caseId), points, access.residentCode(c.residentId()), mayEdit(user, c));
    }

    private static boolean mayEdit(CurrentUser user, IntervisionCase c) {
        return user.has(Permission.INTERVISION_MANAGE) || c.presenter().id() == user.id();
    }

    private static void requireEdit(CurrentUser user, IntervisionCase c) {
        if (!mayEdit(user, c)) {
            throw IntervisionAccess.denied();
        }
    }

    // ------------------------------------------------------------------ bringing and changing a case

    public IntervisionCase createCase(CaseDraft draft) {
        CurrentUser user = access.me();
        long presenter = draft.presenterId() == null ? user.id() : draft.presenterId();
        if (presenter != user.id() && !user.has(Permission.INTERVISION_MANAGE)) {
            throw ValidationException.of("presenter", "iv.case.error.presenterSelf");
        }
        CaseDraft clean = rules.validate(draft, null);
        long id = database.transaction(tx -> {
            long newId = repository.insertCase(tx, presenter, clean, CaseColumn.BROUGHT_IN, access.now(), user.id());
            audit.record(tx, "IV_CASE_CREATED", AUDIT_CASE, String.valueOf(newId),
                    "presenter=" + presenter + " level=" + clean.level() + " tags=" + clean.tags().size()
                            + (clean.residentId() == null ? "" : " resident=" + clean.residentId()));
            return newId;
        });
        return kase(id);
    }

    public IntervisionCase updateCase(long caseId, CaseDraft draft) {
        CurrentUser user = access.me();
        IntervisionCase existing = kase(caseId);
        requireEdit(user, existing);
        long presenter = draft.presenterId() == null ? existing.presenter().id() : draft.presenterId();
        if (presenter != existing.presenter().id() && !user.has(Permission.INTERVISION_MANAGE)) {
            throw ValidationException.of("presenter", "iv.case.error.presenterSelf");
        }
        CaseDraft clean = rules.validate(draft, existing);
        List<String> changed = CaseRules.changedFields(existing, clean, presenter);
        database.transactionWithoutResult(tx -> {
            repository.updateCase(tx, caseId, presenter, clean, access.now());
            audit.record(tx, "IV_CASE_UPDATED", AUDIT_CASE, String.valueOf(caseId), "fields=" + changed);
        });
        return kase(caseId);
    }

    /** Moves a case to another column of the board (drag and drop). */
    public IntervisionCase moveCase(long caseId, CaseColumn to) {
        CurrentUser user = access.me();
        IntervisionCase c = kase(caseId);
        requireEdit(user, c);
        if (c.column() == to) {
            return c;
        }
        database.transactionWithoutResult(tx -> {
            repository.moveCase(tx, caseId, to, access.now());
            audit.record(tx, "IV_CASE_MOVED", AUDIT_CASE, String.valueOf(caseId), "from=" + c.column() + " to=" + to);
        });
        return kase(caseId);
    }

    /**
     * Moves a case by itself (put on or taken off an agenda, a session finished) when it stands in one
     * of the given columns. Runs inside the caller's transaction; the caller has checked its permission.
     */
    public void moveByItself(DSLContext tx, long caseId, Set<CaseColumn> from, CaseColumn to, String reason) {
        IntervisionCase c = repository.findCase(tx, caseId, IntervisionAccess.anonymous()).orElseThrow();
        if (c.column() != to && from.contains(c.column())) {
            repository.moveCase(tx, caseId, to, access.now());
            audit.record(tx, "IV_CASE_MOVED", AUDIT_CASE, String.valueOf(caseId),
                    "from=" + c.column() + " to=" + to + " (" + reason + ")");
        }
    }

    public List<String> tags() {
        access.me();
        return repository.allTags(database.dsl());
    }

    public List<FollowUpLink.ResidentRef> findResidents(String query) {
        access.me();
        if (!access.trackerAvailable() || query == null || query.isBlank()) {
            return List.of();
        }
        return access.followUp().findResidents(query.trim(), 10);
    }

    /** The names of the case's linked resident, only to mask them in notes (empty without a link). */
    public List<String> linkedNames(long caseId) {
        return repository.findCase(database.dsl(), caseId, IntervisionAccess.anonymous())
                .map(IntervisionCase::residentId).map(access::names).orElse(List.of());
    }

    // ------------------------------------------------------------------ what a session shows of a case

    /** A case as shown to someone outside the team (an external intervisor, an export): no resident, names masked. */
    public CaseMaterial deidentifiedCase(long caseId) {
        return material(caseId, true);
    }

    /** The case as a session shows it; de-identified: the linked resident's names masked and no code. */
    public CaseMaterial material(long caseId, boolean deidentified) {
        IntervisionCase c = kase(caseId);
        List<AttachedContent> attached = repository.attachedContent(database.dsl(), caseId);
        String code = access.residentCode(c.residentId());
        boolean toPlan = code != null;
        if (!deidentified) {
            return new CaseMaterial(c.id(), c.title(), c.presenter(), c.situation(), c.question(), c.level(), c.tags(),
                    attached, c.residentId() != null, code, false, toPlan);
        }
        List<String> names = access.names(c.residentId());
        return new CaseMaterial(c.id(), NameCheck.mask(c.title(), names), c.presenter(),
                NameCheck.mask(c.situation(), names), NameCheck.mask(c.question(), names), c.level(), c.tags(),
                attached, false, null, true, toPlan);
    }

    // ------------------------------------------------------------------ guide chapters and lessons

    /** Every guide chapter and lesson, for attaching by hand. */
    public List<ContentLink.ContentRef> allContent() {
        access.me();
        return content.all();
    }

    public List<ContentSuggestions.Suggestion> suggestions(long caseId) {
        access.me();
        IntervisionCase c = kase(caseId);
        Set<String> attached = repository.attachedContent(database.dsl(), caseId).stream()
                .map(a -> ContentSuggestions.key(a.kind(), a.contentId())).collect(Collectors.toSet());
        return ContentSuggestions.suggest(c.level(), c.tags(), content.all(), attached);
    }

    public void attachContent(long caseId, ContentLink.ContentRef ref) {
        CurrentUser user = access.me();
        kase(caseId);
        String title = ref.title().length() > 300 ? ref.title().substring(0, 300) : ref.title();
        database.transactionWithoutResult(tx -> {
            repository.attachContent(tx, caseId, new AttachedContent(ref.kind(), ref.id(), title), access.now(),
                    user.id());
            audit.record(tx, "IV_CONTENT_ATTACHED", AUDIT_CASE, String.valueOf(caseId), ref.kind() + ":" + ref.id());
        });
    }

    public void detachContent(long caseId, String kind, String contentId) {
        access.me();
        database.transactionWithoutResult(tx -> {
            if (repository.detachContent(tx, caseId, kind, contentId) > 0) {
                audit.record(tx, "IV_CONTENT_DETACHED", AUDIT_CASE, String.valueOf(caseId), kind + ":" + contentId);
            }
        });
    }

    public List<AttachedContent> attachedContent(long caseId) {
        access.me();
        return repository.attachedContent(database.dsl(), caseId);
    }

    // ------------------------------------------------------------------ search and themes

    /** Cases whose title or tags hold the words typed (for the quick search). */
    public List<IntervisionCase> searchCases(String query, int limit) {
        if (!access.participates() || query == null || query.isBlank()) {
            return List.of();
        }
        String folded = NameCheck.fold(query.trim()).text();
        return repository.allCases(database.dsl(), access.people()).stream()
                .filter(c -> NameCheck.fold(c.title() + " " + String.join(" ", c.tags())).text().contains(folded))
                .limit(limit).toList();
    }

    /** How often each theme came back, for team leads; most frequent first. */
    public List<ThemeCount> themes() {
        access.requireManage();
        List<IntervisionCase> cases = repository.allCases(database.dsl(), access.people());
        LocalDate since = access.today().minusDays(RECENT_DAYS);
        Map<String, List<IntervisionCase>> byTag = new LinkedHashMap<>();
        cases.forEach(c -> c.tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(c)));
        List<ThemeCount> themes = new ArrayList<>();
        byTag.forEach((tag, list) -> {
            Map<SupportLevel, Integer> levels = new EnumMap<>(SupportLevel.class);
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

    // ------------------------------------------------------------------ action points

    /** The session's action points, with the tracker's state of those in a support plan. */
    public List<ActionPoint> actionPointsOfSession(long sessionId) {
        access.me();
        return withTrackerState(repository.actionPointsOfSession(database.dsl(), sessionId, access.people()));
    }

    public List<ActionPoint> actionPointsOfCase(long caseId) {
        access.me();
        return withTrackerState(repository.actionPointsOfCase(database.dsl(), caseId, access.people()));
    }

    public ActionPoint actionPoint(long actionPointId) {
        access.me();
        return repository.actionPoint(database.dsl(), actionPointId, access.people())
                .map(p -> withTrackerState(List.of(p)).get(0)).orElseThrow(() -> notFound("actionPointId"));
    }

    /** Open action points owned by the current user (for the start page). */
    public List<ActionPoint> myOpenActionPoints() {
        if (!access.participates()) {
            return List.of();
        }
        long me = access.me().id();
        return repository.allActionPoints(database.dsl(), access.people()).stream()
                .filter(p -> p.state() == ActionPointState.OPEN && p.owner() != null && p.owner().id() == me)
                .toList();
    }

    /** Records how an action point went, on the case page: by its owner, the case's presenter or a team lead. */
    public void reviewActionPoint(long actionPointId, ActionPointState state, String note) {
        CurrentUser user = access.me();
        ActionPoint point = repository.actionPoint(database.dsl(), actionPointId, access.people())
                .orElseThrow(() -> notFound("actionPointId"));
        IntervisionCase c = kase(point.caseId());
        boolean allowed = user.has(Permission.INTERVISION_MANAGE) || c.presenter().id() == user.id()
                || (point.owner() != null && point.owner().id() == user.id());
        if (!allowed) {
            throw IntervisionAccess.denied();
        }
        String text = reviewNote(note);
        database.transactionWithoutResult(tx -> recordReview(tx, actionPointId, state, text, null));
    }

    /** The review note, checked: at most 4,000 characters. */
    public static String reviewNote(String note) {
        String text = trim(note);
        if (text.length() > 4000) {
            throw ValidationException.of("reviewNote", "iv.error.tooLong", 4000);
        }
        return text;
    }

    /**
     * Stores and audits a review, inside the caller's transaction; the caller has checked who may
     * review (see {@link #reviewActionPoint}, or the runner for a running session).
     */
    public void recordReview(DSLContext tx, long actionPointId, ActionPointState state, String note,
            Long reviewedInSession) {
        repository.reviewActionPoint(tx, actionPointId, state, note, reviewedInSession, access.now());
        audit.record(tx, "IV_ACTION_REVIEWED", AUDIT_ACTION_POINT, String.valueOf(actionPointId),
                "state=" + state + (reviewedInSession == null ? "" : " inSession=" + reviewedInSession));
    }

    private List<ActionPoint> withTrackerState(List<ActionPoint> points) {
        FollowUpLink followUp = access.followUp();
        if (!followUp.available()) {
            return points;
        }
        return points.stream().map(p -> p.planActionId() == null ? p
                : p.withTrackerState(followUp.actionState(p.planActionId()).orElse(null))).toList();
    }

    // ------------------------------------------------------------------ demo data (administrator, caller's transaction)

    public long insertDemoCase(DSLContext tx, long presenterId, CaseDraft draft, OffsetDateTime at) {
        access.requireAdministrator();
        return repository.insertCase(tx, presenterId, draft, CaseColumn.BROUGHT_IN, at, presenterId);
    }

    public void moveDemoCase(DSLContext tx, long caseId, CaseColumn to, OffsetDateTime at) {
        access.requireAdministrator();
        repository.moveCase(tx, caseId, to, at);
    }

    public void reviewDemoActionPoint(DSLContext tx, long actionPointId, ActionPointState state, String note,
            long sessionId, OffsetDateTime at) {
        access.requireAdministrator();
        repository.reviewActionPoint(tx, actionPointId, state, note, sessionId, at);
    }

    /** Whether the board holds no case yet (the demo loads only then). */
    public boolean boardEmpty(DSLContext tx) {
        return repository.allCases(tx, IntervisionAccess.anonymous()).isEmpty();
    }
}

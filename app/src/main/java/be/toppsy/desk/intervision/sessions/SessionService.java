package be.toppsy.desk.intervision.sessions;

import static be.toppsy.desk.intervision.IntervisionAccess.notFound;
import static be.toppsy.desk.intervision.IntervisionAccess.trim;

import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.intervision.IntervisionAccess;
import be.toppsy.desk.intervision.NameCheck;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.SessionState;
import be.toppsy.desk.intervision.board.ActionPoint;
import be.toppsy.desk.intervision.board.ActionPointState;
import be.toppsy.desk.intervision.board.CaseColumn;
import be.toppsy.desk.intervision.board.CaseMaterial;
import be.toppsy.desk.intervision.board.CaseService;
import be.toppsy.desk.intervision.board.IntervisionCase;
import be.toppsy.desk.intervision.methods.Method;
import be.toppsy.desk.intervision.methods.MethodService;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.storage.Database;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Planning sessions (team leads): date, team, facilitator, note-taker, participants, method and the
 * cases on the agenda, which move on the board as they are put on or taken off it. Also what a
 * session shows afterwards: its material, de-identified with an external intervisor.
 */
public final class SessionService {

    public static final String AUDIT_SESSION = "iv_session";

    private final Database database;
    /** Stateless; made here so that only this package reaches the tables. */
    private final SessionRepository repository;
    private final AuditService audit;
    private final IntervisionAccess access;
    private final MethodService methods;
    private final CaseService cases;

    public SessionService(Database database, AuditService audit,
            IntervisionAccess access, MethodService methods, CaseService cases) {
        this.database = database;
        this.repository = new SessionRepository();
        this.audit = audit;
        this.access = access;
        this.methods = methods;
        this.cases = cases;
    }

    public List<IntervisionSession> sessions() {
        access.me();
        return repository.allSessions(database.dsl(), access.people());
    }

    public IntervisionSession session(long sessionId) {
        access.me();
        return repository.findSession(database.dsl(), sessionId, access.people())
                .orElseThrow(() -> notFound("sessionId"));
    }

    public List<String> teams() {
        access.me();
        return repository.teams(database.dsl());
    }

    /** The facilitator, the note-taker and team leads may run a session. */
    public boolean mayRun(IntervisionSession s) {
        CurrentUser user = access.user().orElse(null);
        return user != null && user.has(Permission.INTERVISION_PARTICIPATE)
                && (user.has(Permission.INTERVISION_MANAGE)
                        || (s.facilitator() != null && s.facilitator().id() == user.id())
                        || (s.noteTaker() != null && s.noteTaker().id() == user.id()));
    }

    // ------------------------------------------------------------------ planning

    public IntervisionSession createSession(SessionDraft draft) {
        CurrentUser user = access.requireManage();
        SessionDraft clean = validate(draft);
        long id = database.transaction(tx -> {
            long newId = repository.insertSession(tx, clean, access.now(), user.id());
            chooseCases(tx, clean.caseIds());
            audit.record(tx, "IV_SESSION_CREATED", AUDIT_SESSION, String.valueOf(newId),
                    "method=" + clean.methodId() + " cases=" + clean.caseIds() + " participants="
                            + clean.participantIds().size() + (clean.externalIntervisor().isBlank() ? "" : " external"));
            return newId;
        });
        return session(id);
    }

    public IntervisionSession updateSession(long sessionId, SessionDraft draft) {
        access.requireManage();
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
        access.requireManage();
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

    /** Cases put on an agenda move from "brought in" to "chosen"; inside the caller's transaction. */
    public void chooseCases(DSLContext tx, List<Long> caseIds) {
        for (Long caseId : caseIds) {
            cases.moveByItself(tx, caseId, EnumSet.of(CaseColumn.BROUGHT_IN), CaseColumn.CHOSEN, "agenda");
        }
    }

    private void releaseCases(DSLContext tx, List<Long> caseIds, long exceptSession) {
        LongFunction<Person> anonymous = IntervisionAccess.anonymous();
        for (Long caseId : caseIds) {
            boolean elsewhere = repository.sessionIdsForCase(tx, caseId).stream()
                    .filter(id -> id != exceptSession)
                    .map(id -> repository.findSession(tx, id, anonymous).orElseThrow())
                    .anyMatch(s -> s.state() != SessionState.DONE);
            if (!elsewhere) {
                cases.moveByItself(tx, caseId, EnumSet.of(CaseColumn.CHOSEN), CaseColumn.BROUGHT_IN, "agenda");
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
            Optional<Method> method = methods.find(draft.methodId());
            if (method.isEmpty() || !method.get().current() || method.get().archived()) {
                errors.add("method", "iv.session.error.methodRequired");
            }
        }
        for (Long caseId : draft.caseIds()) {
            Optional<IntervisionCase> c = cases.findCase(caseId);
            if (c.isEmpty() || c.get().column() == CaseColumn.CLOSED) {
                errors.add("agenda", "iv.session.error.caseClosed");
            }
        }
        Set<Long> staff = access.staff().stream().map(Person::id).collect(Collectors.toSet());
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

    // ------------------------------------------------------------------ what a session shows

    /** The session with its method, case material, notes and action points; de-identified with an external intervisor. */
    public SessionMaterial material(long sessionId) {
        return material(sessionId, false);
    }

    /** As {@link #material(long)}, always de-identified (for the session report): names masked, no resident codes. */
    public SessionMaterial deidentifiedMaterial(long sessionId) {
        return material(sessionId, true);
    }

    private SessionMaterial material(long sessionId, boolean forceDeidentified) {
        IntervisionSession s = session(sessionId);
        Method method = methods.method(s.methodId());
        boolean deidentified = forceDeidentified || s.hasExternalIntervisor();
        List<CaseMaterial> material = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (AgendaItem item : s.agenda()) {
            material.add(cases.material(item.caseId(), deidentified));
            if (deidentified) {
                names.addAll(cases.linkedNames(item.caseId()));
            }
        }
        List<PhaseNote> notes = repository.notes(database.dsl(), sessionId);
        if (deidentified) {
            notes = notes.stream().map(n -> new PhaseNote(n.caseId(), n.stepKey(), n.phaseName(),
                    NameCheck.mask(n.note(), names), n.secondsUsed())).toList();
        }
        return new SessionMaterial(s, method, material, notes, cases.actionPointsOfSession(sessionId), review(s),
                deidentified, mayRun(s), access.trackerAvailable());
    }

    /** The previous session's action points of the same team, and those still open from older ones. */
    private List<ActionPoint> review(IntervisionSession s) {
        DSLContext dsl = database.dsl();
        Optional<Long> previous = repository.previousSessionId(dsl, s.team(), s.heldOn(), s.id());
        if (previous.isEmpty()) {
            return List.of();
        }
        List<ActionPoint> points = new ArrayList<>(cases.actionPointsOfSession(previous.get()));
        Set<Long> seen = points.stream().map(ActionPoint::id).collect(Collectors.toCollection(HashSet::new));
        for (IntervisionSession older : repository.allSessions(dsl, IntervisionAccess.anonymous())) {
            if (older.id() == previous.get() || older.id() == s.id() || older.state() != SessionState.DONE
                    || !older.team().equalsIgnoreCase(s.team()) || older.heldOn().isAfter(s.heldOn())) {
                continue;
            }
            cases.actionPointsOfSession(older.id()).stream()
                    .filter(p -> p.state() == ActionPointState.OPEN && seen.add(p.id())).forEach(points::add);
        }
        points.sort(Comparator.comparing(ActionPoint::sessionDate).thenComparing(ActionPoint::id));
        return points;
    }

    // ------------------------------------------------------------------ demo data (administrator, caller's transaction)

    public long insertDemoSession(DSLContext tx, SessionDraft draft, OffsetDateTime at, long createdBy) {
        access.requireAdministrator();
        return repository.insertSession(tx, draft, at, createdBy);
    }
}

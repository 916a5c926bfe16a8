package be.toppsy.desk.intervision.runner;

import static be.toppsy.desk.intervision.IntervisionAccess.notFound;
import static be.toppsy.desk.intervision.IntervisionAccess.trim;

import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.intervision.FollowUpLink;
import be.toppsy.desk.intervision.IntervisionAccess;
import be.toppsy.desk.intervision.NameCheck;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.SessionState;
import be.toppsy.desk.intervision.board.ActionPoint;
import be.toppsy.desk.intervision.board.ActionPointState;
import be.toppsy.desk.intervision.board.CaseColumn;
import be.toppsy.desk.intervision.board.CaseService;
import be.toppsy.desk.intervision.board.IntervisionCase;
import be.toppsy.desk.intervision.sessions.AgendaItem;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.intervision.sessions.PhaseNote;
import be.toppsy.desk.intervision.sessions.SessionMaterial;
import be.toppsy.desk.intervision.sessions.SessionService;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.storage.Database;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Running a session: starting it, the runner's progress and notes per step, the presenter's
 * conclusion, action points (which can go into a resident's support plan through the tracker), the
 * review of earlier action points, and finishing it. Only the facilitator, the note-taker and team
 * leads run a session, and only while it runs.
 */
public final class RunService {

    private static final String AUDIT_SESSION = SessionService.AUDIT_SESSION;
    private static final String AUDIT_ACTION_POINT = CaseService.AUDIT_ACTION_POINT;

    private final Database database;
    /** Stateless; made here so that only this package reaches the tables. */
    private final RunRepository repository;
    private final AuditService audit;
    private final IntervisionAccess access;
    private final SessionService sessions;
    private final CaseService cases;

    public RunService(Database database, AuditService audit, IntervisionAccess access,
            SessionService sessions, CaseService cases) {
        this.database = database;
        this.repository = new RunRepository();
        this.audit = audit;
        this.access = access;
        this.sessions = sessions;
        this.cases = cases;
    }

    /** What the runner shows of the session (see {@link SessionService#material(long)}). */
    public SessionMaterial material(long sessionId) {
        return sessions.material(sessionId);
    }

    /** Staff who take part in intervision, to choose an action point's owner. */
    public List<Person> staff() {
        return access.staff();
    }

    private IntervisionSession requireRunner(long sessionId) {
        IntervisionSession s = sessions.session(sessionId);
        if (!sessions.mayRun(s)) {
            throw IntervisionAccess.denied();
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
            repository.setSessionState(tx, sessionId, SessionState.RUNNING, access.now());
            sessions.chooseCases(tx, s.agenda().stream().map(AgendaItem::caseId).toList());
            audit.record(tx, "IV_SESSION_STARTED", AUDIT_SESSION, String.valueOf(sessionId), "method=" + s.methodId());
        });
    }

    /** Remembers where the runner is, so that the session can be resumed. */
    public void saveProgress(long sessionId, int step, Long caseId) {
        requireRunning(sessionId);
        database.transactionWithoutResult(tx -> repository.setProgress(tx, sessionId, step, caseId));
    }

    public void saveNote(long sessionId, PhaseNote note) {
        CurrentUser user = access.me();
        IntervisionSession s = requireRunning(sessionId);
        if (note.note().length() > CaseService.LONG_TEXT_MAX) {
            throw ValidationException.of("note", "iv.error.tooLong", CaseService.LONG_TEXT_MAX);
        }
        if (note.caseId() != null && s.agenda().stream().noneMatch(a -> a.caseId() == note.caseId())) {
            throw notFound("caseId");
        }
        String phaseName = note.phaseName().length() > 200 ? note.phaseName().substring(0, 200) : note.phaseName();
        // Notes never keep the linked resident's names: they are masked as they are stored.
        List<String> names = note.caseId() == null
                ? s.agenda().stream().flatMap(a -> cases.linkedNames(a.caseId()).stream()).toList()
                : cases.linkedNames(note.caseId());
        PhaseNote clean = new PhaseNote(note.caseId(), note.stepKey(), phaseName, NameCheck.mask(note.note(), names),
                Math.max(0, note.secondsUsed()));
        database.transactionWithoutResult(tx -> {
            if (repository.saveNote(tx, sessionId, clean, access.now(), user.id())) {
                audit.record(tx, "IV_SESSION_NOTE_SAVED", AUDIT_SESSION, String.valueOf(sessionId),
                        "step=" + clean.stepKey() + (clean.caseId() == null ? "" : " case=" + clean.caseId()));
            }
        });
    }

    public void saveConclusion(long sessionId, long caseId, String conclusion) {
        IntervisionSession s = requireRunning(sessionId);
        AgendaItem item = s.agenda().stream().filter(a -> a.caseId() == caseId).findFirst()
                .orElseThrow(() -> notFound("caseId"));
        String text = NameCheck.mask(trim(conclusion), cases.linkedNames(caseId));
        if (text.length() > CaseService.LONG_TEXT_MAX) {
            throw ValidationException.of("conclusion", "iv.error.tooLong", CaseService.LONG_TEXT_MAX);
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
     * plan of the case's linked resident, through the follow-up tracker, inside the same transaction:
     * if that fails, nothing is stored.
     */
    public ActionPoint addActionPoint(long sessionId, long caseId, ActionPointDraft draft) {
        CurrentUser user = access.me();
        IntervisionSession s = requireRunning(sessionId);
        if (s.agenda().stream().noneMatch(a -> a.caseId() == caseId)) {
            throw notFound("caseId");
        }
        IntervisionCase c = cases.kase(caseId);
        FollowUpLink followUp = access.followUp();
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
            long newId = repository.insertActionPoint(tx, sessionId, caseId, clean, resident, access.now(), user.id());
            audit.record(tx, "IV_ACTION_ADDED", AUDIT_ACTION_POINT, String.valueOf(newId),
                    "session=" + sessionId + " case=" + caseId + " owner=" + clean.ownerId() + " due=" + clean.due());
            if (resident != null) {
                long planAction = followUp.addPlanAction(resident, title, clean.ownerId(), clean.due(),
                        new FollowUpLink.SessionOrigin(s.heldOn(), caseId));
                repository.setPlanAction(tx, newId, planAction);
                audit.record(tx, "IV_ACTION_SENT_TO_PLAN", AUDIT_ACTION_POINT, String.valueOf(newId),
                        "resident=" + resident + " planAction=" + planAction);
            }
            return newId;
        });
        return cases.actionPoint(id);
    }

    /** Removes an action point added by mistake in a running session (not once it went to a support plan). */
    public void deleteActionPoint(long actionPointId) {
        ActionPoint point = cases.actionPoint(actionPointId);
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

    /** Records how an action point went, in the review at the start of a running session (by whoever runs it). */
    public void reviewActionPoint(long actionPointId, ActionPointState state, String note, long sessionId) {
        access.me();
        cases.actionPoint(actionPointId);
        requireRunning(sessionId);
        String text = CaseService.reviewNote(note);
        database.transactionWithoutResult(tx -> cases.recordReview(tx, actionPointId, state, text, sessionId));
    }

    /**
     * Ends a session. Each discussed case moves to "actions running" when it has open action
     * points, else to "discussed"; cases not reached stay chosen for a next session.
     */
    public void finishSession(long sessionId) {
        IntervisionSession s = requireRunning(sessionId);
        Map<Long, Boolean> openPoints = s.agenda().stream().filter(AgendaItem::discussed)
                .collect(Collectors.toMap(AgendaItem::caseId,
                        item -> cases.actionPointsOfCase(item.caseId()).stream().anyMatch(ActionPoint::open),
                        (a, b) -> a, LinkedHashMap::new));
        database.transactionWithoutResult(tx -> {
            openPoints.forEach((caseId, open) -> cases.moveByItself(tx, caseId,
                    EnumSet.complementOf(EnumSet.of(CaseColumn.CLOSED)),
                    open ? CaseColumn.ACTIONS_RUNNING : CaseColumn.DISCUSSED, "session finished"));
            repository.setSessionState(tx, sessionId, SessionState.DONE, access.now());
            audit.record(tx, "IV_SESSION_FINISHED", AUDIT_SESSION, String.valueOf(sessionId),
                    "discussed=" + s.agenda().stream().filter(AgendaItem::discussed).count());
        });
    }

    // ------------------------------------------------------------------ demo data (administrator, caller's transaction)

    public void saveDemoNote(DSLContext tx, long sessionId, PhaseNote note, OffsetDateTime at) {
        access.requireAdministrator();
        repository.saveNote(tx, sessionId, note, at, null);
    }

    public long insertDemoActionPoint(DSLContext tx, long sessionId, long caseId, ActionPointDraft draft,
            OffsetDateTime at, long createdBy) {
        access.requireAdministrator();
        return repository.insertActionPoint(tx, sessionId, caseId, draft, null, at, createdBy);
    }

    /** The presenter's conclusion, the case marked discussed. */
    public void concludeDemoCase(DSLContext tx, long sessionId, long caseId, String conclusion) {
        access.requireAdministrator();
        repository.setConclusion(tx, sessionId, caseId, conclusion);
        repository.markDiscussed(tx, sessionId, caseId);
    }

    /** A past session, started and finished an hour and a half later. */
    public void finishDemoSession(DSLContext tx, long sessionId, OffsetDateTime startedAt) {
        access.requireAdministrator();
        repository.setSessionState(tx, sessionId, SessionState.RUNNING, startedAt);
        repository.setSessionState(tx, sessionId, SessionState.DONE, startedAt.plusMinutes(90));
    }
}

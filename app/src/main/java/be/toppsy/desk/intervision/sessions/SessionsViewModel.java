package be.toppsy.desk.intervision.sessions;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.IntervisionAccess;
import be.toppsy.desk.intervision.SessionState;
import be.toppsy.desk.security.AccessDeniedException;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sessions: upcoming and past, and one session's page (its agenda, and once run, its notes,
 * conclusions and action points).
 */
public final class SessionsViewModel {

    private final SessionService sessions;
    private final IntervisionAccess access;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObservableList<IntervisionSession> upcoming = FXCollections.observableArrayList();
    private final ObservableList<IntervisionSession> past = FXCollections.observableArrayList();
    private final java.util.Set<Long> runnable = new java.util.HashSet<>();
    private final ReadOnlyObjectWrapper<SessionMaterial> material = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper mayManage = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SessionsViewModel(SessionService sessions, IntervisionAccess access, TaskRunner tasks, Messages messages) {
        this.sessions = sessions;
        this.access = access;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** The session list as loaded in the background. */
    private record Loaded(List<IntervisionSession> all, boolean mayManage, List<Long> mayRun) {
    }

    /** One session's page as loaded in the background. */
    private record Opened(SessionMaterial material, boolean mayManage) {
    }

    public void load() {
        tasks.run(() -> {
            List<IntervisionSession> all = sessions.sessions();
            return new Loaded(all, access.mayManage(),
                    all.stream().filter(sessions::mayRun).map(IntervisionSession::id).toList());
        }, result -> {
            List<IntervisionSession> all = result.all();
            mayManage.set(result.mayManage());
            runnable.clear();
            runnable.addAll(result.mayRun());
            List<IntervisionSession> open = all.stream().filter(s -> s.state() != SessionState.DONE)
                    .sorted(java.util.Comparator.comparing(IntervisionSession::heldOn)).toList();
            upcoming.setAll(open);
            past.setAll(all.stream().filter(s -> s.state() == SessionState.DONE).toList());
        }, this::fail);
    }

    public void open(long sessionId) {
        material.set(null);
        tasks.run(() -> new Opened(sessions.material(sessionId), access.mayManage()), result -> {
            mayManage.set(result.mayManage());
            material.set(result.material());
        }, this::fail);
    }

    public void cancel(long sessionId, Runnable then) {
        tasks.run(() -> {
            sessions.cancelSession(sessionId);
            return Boolean.TRUE;
        }, ok -> {
            message.set(messages.get("iv.session.cancelled"));
            then.run();
        }, this::fail);
    }

    private void fail(Throwable error) {
        if (error instanceof ValidationException validation) {
            message.set(validation.errors().values().stream().findFirst()
                    .map(e -> messages.get(e.messageKey(), e.args())).orElse(""));
        } else if (error instanceof AccessDeniedException) {
            message.set(messages.get("iv.error.notAllowed"));
        } else {
            message.set(messages.get("error.unexpected"));
        }
    }

    /** The notes of a step for a case (null for the session-wide steps), in method order. */
    public List<PhaseNote> notesFor(Long caseId) {
        SessionMaterial m = material.get();
        if (m == null) {
            return List.of();
        }
        return m.notes().stream().filter(n -> java.util.Objects.equals(n.caseId(), caseId))
                .filter(n -> !n.note().isBlank()).toList();
    }

    /** Whether the current user may run the session (facilitator, note-taker or team lead). */
    public boolean mayRun(IntervisionSession s) {
        return runnable.contains(s.id());
    }

    public ObservableList<IntervisionSession> upcoming() {
        return upcoming;
    }

    public ObservableList<IntervisionSession> past() {
        return past;
    }

    public ReadOnlyObjectProperty<SessionMaterial> materialProperty() {
        return material.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayManageProperty() {
        return mayManage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public java.time.LocalDate today() {
        return access.today();
    }
}

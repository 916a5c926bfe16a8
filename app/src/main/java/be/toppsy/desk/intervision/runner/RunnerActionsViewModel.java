package be.toppsy.desk.intervision.runner;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.board.ActionPoint;
import be.toppsy.desk.intervision.board.ActionPointState;
import be.toppsy.desk.intervision.sessions.SessionMaterial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runner's action points: the form for a new one (what, who, by when, and whether it also goes
 * into the resident's support plan), the current case's points, and the review of earlier points.
 * Part of {@link RunnerViewModel}, which shares its field errors and messages with it.
 */
public final class RunnerActionsViewModel {

    private final RunService runs;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FieldErrors errors;
    private final Consumer<String> say;
    private final Consumer<Throwable> fail;

    private final List<ActionPoint> all = new ArrayList<>();
    private final ObservableList<ActionPoint> review = FXCollections.observableArrayList();
    private final ObservableList<ActionPoint> caseActions = FXCollections.observableArrayList();
    private final ObservableList<Person> staff = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Person> owner = new SimpleObjectProperty<>();
    private final StringProperty due = new SimpleStringProperty("");
    private final BooleanProperty toPlan = new SimpleBooleanProperty(false);
    private Long sessionId;
    private Long caseId;

    RunnerActionsViewModel(RunService runs, TaskRunner tasks, Messages messages, FieldErrors errors,
            Consumer<String> say, Consumer<Throwable> fail) {
        this.runs = runs;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = errors;
        this.say = say;
        this.fail = fail;
    }

    /** The session's action points and the review, as loaded. */
    void show(SessionMaterial material) {
        sessionId = material.session().id();
        all.clear();
        all.addAll(material.actionPoints());
        review.setAll(material.review());
        refresh();
    }

    void showStaff(List<Person> people) {
        staff.setAll(people);
    }

    /** The case whose action points are shown and added to; null for none. */
    void showCase(Long caseId) {
        this.caseId = caseId;
        refresh();
    }

    private void refresh() {
        caseActions.setAll(caseId == null ? List.of() : all.stream().filter(p -> p.caseId() == caseId).toList());
    }

    /** Adds the action point in the form to the current case. */
    public void add() {
        Long kase = caseId;
        if (kase == null || sessionId == null) {
            return;
        }
        errors.clear();
        LocalDate dueDate = null;
        if (due.get() != null && !due.get().isBlank()) {
            Optional<LocalDate> parsed = Formats.parseDate(due.get());
            if (parsed.isEmpty()) {
                errors.set("actionDue", "error.date");
                return;
            }
            dueDate = parsed.get();
        }
        ActionPointDraft draft = new ActionPointDraft(title.get(), owner.get() == null ? null : owner.get().id(),
                dueDate, toPlan.get());
        long session = sessionId;
        tasks.run(() -> runs.addActionPoint(session, kase, draft), point -> {
            title.set("");
            due.set("");
            toPlan.set(false);
            all.add(point);
            refresh();
            say.accept(point.planActionId() != null ? messages.get("iv.runner.actionSentToPlan")
                    : messages.get("iv.runner.actionAdded"));
        }, fail);
    }

    /** Removes an action point added by mistake. */
    public void delete(ActionPoint point) {
        tasks.run(() -> {
            runs.deleteActionPoint(point.id());
            return Boolean.TRUE;
        }, ok -> {
            all.removeIf(p -> p.id() == point.id());
            refresh();
        }, fail);
    }

    /** Records in the review how an earlier action point went. */
    public void reviewPoint(ActionPoint point, ActionPointState state, String reviewNote) {
        if (sessionId == null) {
            return;
        }
        long session = sessionId;
        tasks.run(() -> {
            runs.reviewActionPoint(point.id(), state, reviewNote, session);
            return Boolean.TRUE;
        }, ok -> {
            int at = review.indexOf(point);
            if (at >= 0) {
                review.set(at, new ActionPoint(point.id(), point.sessionId(), point.sessionDate(), point.caseId(),
                        point.caseTitle(), point.title(), point.owner(), point.due(), state, point.residentId(),
                        point.planActionId(), reviewNote == null ? "" : reviewNote.strip(), point.trackerState()));
            }
        }, fail);
    }

    public ObservableList<ActionPoint> review() {
        return review;
    }

    public ObservableList<ActionPoint> caseActions() {
        return caseActions;
    }

    /** Staff who may own an action point. */
    public ObservableList<Person> staff() {
        return staff;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Person> ownerProperty() {
        return owner;
    }

    public StringProperty dueProperty() {
        return due;
    }

    public BooleanProperty toPlanProperty() {
        return toPlan;
    }
}

package be.toppsy.desk.intervision.runner;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.SessionState;
import be.toppsy.desk.intervision.board.CaseMaterial;
import be.toppsy.desk.intervision.methods.Produces;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.intervision.sessions.SessionMaterial;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session runner for the facilitator: the steps of the session's method version, one at a
 * time, with the instruction, whose turn it is, a countdown of the phase's time, notes per step,
 * the presenter's conclusion and the action points.
 *
 * <p>Steps: the method's phases, with an opening review of the previous session's action points
 * when the method has no review phase, and a closing "conclusion and action points" step when it
 * has no such phase. Review and case-choice steps concern the whole session; the other steps
 * concern the current case, and "next case" runs them again for the next case on the agenda.
 *
 * <p>Time comes from a {@link Clock} and a {@link Ticker}, so tests move time by hand. Notes are
 * saved when leaving a step, when closing, and every minute while they change.
 */
public final class RunnerViewModel {

    private static final Duration AUTOSAVE = Duration.ofSeconds(60);

    private final RunService runs;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final FieldErrors errors;
    private final RunnerActionsViewModel actions;
    private final CountdownViewModel countdown;
    private final TurnsViewModel turns;

    private SessionMaterial material;
    private RunnerSteps steps = RunnerSteps.none();
    private final ObservableList<Step> stepList = FXCollections.observableArrayList();
    private final ObservableList<CaseMaterial> agenda = FXCollections.observableArrayList();
    private final RunnerNotes notes = new RunnerNotes();

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mayRun = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper deidentified = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CaseMaterial> currentCase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepCounter = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper nextCaseAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper lastStep = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper firstStep = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper externalText = new ReadOnlyStringWrapper("");

    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty conclusion = new SimpleStringProperty("");

    private Consumer<Long> onClosed = id -> { };

    public RunnerViewModel(RunService runs, TaskRunner tasks, Messages messages, Clock clock,
            Ticker ticker) {
        this.runs = runs;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.countdown = new CountdownViewModel(messages, clock, ticker);
        this.turns = new TurnsViewModel(messages);
        this.errors = new FieldErrors(messages);
        this.actions = new RunnerActionsViewModel(runs, tasks, messages, errors, message::set, this::fail);
    }

    // ------------------------------------------------------------------ loading and starting

    /** The session as loaded in the background. */
    private record Loaded(SessionMaterial material, List<Person> staff) {
    }

    public void load(long sessionId) {
        tasks.run(() -> new Loaded(runs.material(sessionId), runs.staff()), result -> {
            actions.showStaff(result.staff());
            show(result.material());
        }, this::fail);
    }

    private void show(SessionMaterial loadedMaterial) {
        this.material = loadedMaterial;
        IntervisionSession s = material.session();
        title.set(messages.get("iv.runner.title", Formats.date(s.heldOn()), s.team(), material.method().name(),
                material.method().version()));
        mayRun.set(material.mayRun());
        deidentified.set(material.deidentified());
        externalText.set(material.deidentified()
                ? messages.get("iv.runner.external", s.externalIntervisor()) : "");
        steps = RunnerSteps.of(material.method(), messages);
        stepList.setAll(steps.all());
        agenda.setAll(material.cases());
        actions.show(material);
        notes.load(material.notes(), s.agenda());
        running.set(s.state() == SessionState.RUNNING);
        finished.set(s.state() == SessionState.DONE);
        Long caseId = s.currentCaseId() != null ? s.currentCaseId()
                : agenda.isEmpty() ? null : agenda.get(0).caseId();
        currentCase.set(agenda.stream().filter(c -> caseId != null && c.caseId() == caseId).findFirst()
                .orElse(agenda.isEmpty() ? null : agenda.get(0)));
        loaded.set(true);
        if (running.get()) {
            enter(steps.clamp(s.currentStep()));
        } else {
            stepIndex.set(-1);
            step.set(null);
            countdown.clear();
        }
    }

    /** Starts a planned session and opens its first step. */
    public void start() {
        if (material == null || running.get() || finished.get()) {
            return;
        }
        long id = material.session().id();
        tasks.run(() -> {
            runs.startSession(id);
            return runs.material(id);
        }, m -> {
            show(m);
            message.set("");
        }, this::fail);
    }

    // ------------------------------------------------------------------ moving through the steps

    public void next() {
        if (!running.get() || !steps.contains(stepIndex.get() + 1)) {
            return;
        }
        leave();
        enter(stepIndex.get() + 1);
    }

    public void previous() {
        if (!running.get() || !steps.contains(stepIndex.get() - 1)) {
            return;
        }
        leave();
        enter(stepIndex.get() - 1);
    }

    public void goTo(int index) {
        if (!running.get() || !steps.contains(index) || index == stepIndex.get()) {
            return;
        }
        leave();
        enter(index);
    }

    /** Discusses the next case on the agenda: back to the first step about a case. */
    public void nextCase() {
        Optional<CaseMaterial> next = nextCaseOnAgenda();
        if (!running.get() || next.isEmpty()) {
            return;
        }
        leave();
        currentCase.set(next.get());
        enter(steps.firstCaseStep());
    }

    /** Chooses the case to discuss (in a case-choice step, or from the runner's case list). */
    public void chooseCase(CaseMaterial kase) {
        if (kase == null || (currentCase.get() != null && currentCase.get().caseId() == kase.caseId())) {
            return;
        }
        if (running.get()) {
            leave();
            currentCase.set(kase);
            enter(stepIndex.get());
        } else {
            currentCase.set(kase);
        }
    }

    private Optional<CaseMaterial> nextCaseOnAgenda() {
        if (currentCase.get() == null) {
            return Optional.empty();
        }
        int at = agenda.indexOf(currentCase.get());
        return at >= 0 && at + 1 < agenda.size() ? Optional.of(agenda.get(at + 1)) : Optional.empty();
    }

    private void enter(int index) {
        Step s = steps.get(index);
        stepIndex.set(index);
        step.set(s);
        firstStep.set(steps.isFirst(index));
        lastStep.set(steps.isLast(index));
        nextCaseAvailable.set(lastStep.get() && nextCaseOnAgenda().isPresent());
        stepCounter.set(messages.get("iv.runner.counter", index + 1, steps.size()));
        note.set(notes.note(s, currentCaseId()));
        CaseMaterial c = currentCase.get();
        conclusion.set(c == null ? "" : notes.conclusion(c.caseId()));
        actions.showCase(currentCaseId());
        turns.show(s, material.session().participants(), c == null ? null : c.presenter(),
                material.session().facilitator());
        errors.clear();
        Long caseId = currentCaseId();
        countdown.start(s.minutes(), notes.secondsUsed(s, caseId), steps.plannedMinutes(),
                used -> notes.sessionSeconds(steps.all(), s, caseId, used), this::autosave);
        long id = material.session().id();
        inBackground(() -> runs.saveProgress(id, index, caseId));
    }

    /** Leaving a step: its time and notes are kept; a case step marks the case as discussed. */
    private void leave() {
        Step s = step.get();
        if (s == null) {
            return;
        }
        notes.recordSeconds(s, currentCaseId(), countdown.elapsedSeconds());
        saveStep(true);
        CaseMaterial c = currentCase.get();
        if (!s.sessionLevel() && c != null) {
            long id = material.session().id();
            inBackground(() -> runs.markDiscussed(id, c.caseId()));
        }
    }

    // ------------------------------------------------------------------ time

    /** Saves the notes every minute while the step runs. */
    private void autosave() {
        if (countdown.saveDue(AUTOSAVE)) {
            saveStep(false);
        }
    }

    /** Who speaks in the current step. */
    public TurnsViewModel turns() {
        return turns;
    }

    /** The countdown of the current step and the session's time. */
    public CountdownViewModel countdown() {
        return countdown;
    }

    // ------------------------------------------------------------------ notes, conclusion, action points

    /** Saves the current step's notes (and conclusion) if they changed. */
    public void save() {
        saveStep(true);
    }

    private void saveStep(boolean withTime) {
        Step s = step.get();
        if (s == null || material == null || !running.get()) {
            return;
        }
        long id = material.session().id();
        CaseMaterial c = currentCase.get();
        String text = note.get() == null ? "" : note.get();
        notes.toSave(s, currentCaseId(), text, countdown.elapsedSeconds(), withTime).ifPresent(phaseNote ->
                inBackground(() -> runs.saveNote(id, phaseNote)));
        if (c != null && s.produces() == Produces.ACTIONS) {
            notes.conclusionToSave(c.caseId(), conclusion.get() == null ? "" : conclusion.get()).ifPresent(text2 ->
                    inBackground(() -> runs.saveConclusion(id, c.caseId(), text2)));
        }
    }

    /** Ends the session: notes are saved, discussed cases move on the board. */
    public void finish() {
        if (!running.get()) {
            return;
        }
        leave();
        countdown.stop();
        long id = material.session().id();
        tasks.run(() -> {
            runs.finishSession(id);
            return Boolean.TRUE;
        }, ok -> {
            running.set(false);
            finished.set(true);
            message.set(messages.get("iv.runner.finished"));
            onClosed.accept(id);
        }, this::fail);
    }

    /** Closes the runner without ending the session; it can be resumed where it was. */
    public void close() {
        countdown.stop();
        if (running.get() && step.get() != null) {
            notes.recordSeconds(step.get(), currentCaseId(), countdown.elapsedSeconds());
            saveStep(true);
        }
        onClosed.accept(material == null ? null : material.session().id());
    }

    /** The screen locks: notes are saved and the countdown stops ticking (time still counts). */
    public void suspend() {
        if (running.get() && step.get() != null) {
            saveStep(false);
        }
        countdown.stop();
    }

    /** The same user unlocked: the countdown ticks again. */
    public void resume() {
        if (running.get() && step.get() != null) {
            countdown.resume();
        }
    }

    public void setOnClosed(Consumer<Long> onClosed) {
        this.onClosed = onClosed;
    }

    /** Stores something in the background; a failure shows in the runner's message line. */
    private void inBackground(Runnable work) {
        tasks.run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> { }, this::fail);
    }

    private void fail(Throwable error) {
        if (error instanceof ValidationException validation) {
            errors.show(validation);
            String first = validation.errors().values().stream().findFirst()
                    .map(e -> messages.get(e.messageKey(), e.args())).orElse("");
            message.set(first);
        } else if (error instanceof be.toppsy.desk.security.AccessDeniedException) {
            message.set(messages.get("iv.error.notAllowed"));
        } else {
            message.set(messages.get("error.unexpected"));
        }
    }

    private Long currentCaseId() {
        CaseMaterial c = currentCase.get();
        return c == null ? null : c.caseId();
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<Step> steps() {
        return stepList;
    }

    public ObservableList<CaseMaterial> agenda() {
        return agenda;
    }

    /** The action points: the form, the current case's points and the review. */
    public RunnerActionsViewModel actions() {
        return actions;
    }

    public SessionMaterial material() {
        return material;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayRunProperty() {
        return mayRun.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty deidentifiedProperty() {
        return deidentified.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseMaterial> currentCaseProperty() {
        return currentCase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepCounterProperty() {
        return stepCounter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty nextCaseAvailableProperty() {
        return nextCaseAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstStepProperty() {
        return firstStep.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty externalTextProperty() {
        return externalText.getReadOnlyProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty conclusionProperty() {
        return conclusion;
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

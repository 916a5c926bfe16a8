package be.toppsy.desk.learning.quiz;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.learning.ProgressService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Playing a scenario exercise: the situation, then at each step a choice, its feedback, and on to
 * the step the choice leads to, until an ending. The path taken is kept to sum up at the end.
 * Each run shows a step's choices in its own order ({@link AttemptOrder}); a choice is known by
 * its id (its index in the file), never by where it is shown.
 */
public final class ScenarioViewModel {

    /** A choice where it is shown: its id (index in the step, as written) and the choice. */
    public record ShownChoice(int id, Scenario.Choice choice) {
    }

    /** One decision taken: the step and the choice made there. */
    public record Decision(Scenario.Step step, Scenario.Choice choice) {
    }

    private final ProgressService progress;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Scenario scenario;
    private final Runnable onFinished;
    private final ReadOnlyObjectWrapper<Scenario.Step> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Scenario.Choice> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Decision> path = FXCollections.observableArrayList();
    private final RandomGenerator random;
    private AttemptOrder order;
    private Instant startedAt;

    public ScenarioViewModel(ProgressService progress, TaskRunner tasks, Clock clock, Scenario scenario,
            Runnable onFinished) {
        this(progress, tasks, clock, scenario, onFinished, RandomGenerator.getDefault());
    }

    /** @param random draws each run's order of the choices */
    public ScenarioViewModel(ProgressService progress, TaskRunner tasks, Clock clock, Scenario scenario,
            Runnable onFinished, RandomGenerator random) {
        this.progress = progress;
        this.random = random;
        this.tasks = tasks;
        this.clock = clock;
        this.scenario = scenario;
        this.onFinished = onFinished;
        restart();
    }

    public void restart() {
        path.clear();
        chosen.set(null);
        ended.set(false);
        order = AttemptOrder.draw(random);
        startedAt = clock.instant();
        step.set(scenario.step(scenario.start()).orElseThrow());
    }

    /** The current step's choices in the order this run shows them (the same each time the step comes back). */
    public List<ShownChoice> choices() {
        Scenario.Step current = step.get();
        List<ShownChoice> shown = new ArrayList<>();
        for (int id : order.of(current.id(), current.choices().size())) {
            shown.add(new ShownChoice(id, current.choices().get(id)));
        }
        return shown;
    }

    /** Where this run shows a choice of the current step (by its id), or -1. */
    public int positionOf(int choiceId) {
        List<ShownChoice> shown = choices();
        for (int p = 0; p < shown.size(); p++) {
            if (shown.get(p).id() == choiceId) {
                return p;
            }
        }
        return -1;
    }

    /** Takes the choice shown at a position of the current step and shows its feedback; one choice per step. */
    public void choose(int position) {
        Scenario.Step current = step.get();
        if (chosen.get() != null || ended.get() || position < 0 || position >= current.choices().size()) {
            return;
        }
        Scenario.Choice choice = choices().get(position).choice();
        path.add(new Decision(current, choice));
        chosen.set(choice);
    }

    /** Goes on to the step the choice leads to; at an ending the run is stored. */
    public void proceed() {
        Scenario.Choice choice = chosen.get();
        if (choice == null) {
            return;
        }
        Scenario.Step next = scenario.step(choice.next()).orElseThrow();
        chosen.set(null);
        step.set(next);
        if (next.end()) {
            ended.set(true);
            List<Scenario.Quality> qualities = new ArrayList<>();
            path.forEach(d -> qualities.add(d.choice().quality()));
            Duration spent = Duration.between(startedAt, clock.instant());
            tasks.run(() -> {
                progress.recordScenario(scenario.id(), qualities, spent);
                return true;
            }, ok -> onFinished.run());
        }
    }

    public long goodChoices() {
        return path.stream().filter(d -> d.choice().quality() == Scenario.Quality.GOOD).count();
    }

    public Scenario scenario() {
        return scenario;
    }

    public ReadOnlyObjectProperty<Scenario.Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Scenario.Choice> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    public ObservableList<Decision> path() {
        return path;
    }
}

package be.toppsy.desk.learning.quiz;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.learning.ProgressService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Taking a module's quiz, one question at a time: choose, check (feedback on every option), next.
 * At the end the attempt is scored by the service and stored; the score and pass mark are shown.
 * Each attempt shows the options in its own order ({@link AttemptOrder}); positions are only for
 * showing, answers are kept and scored by option id (the option's index in the file).
 */
public final class QuizViewModel {

    /** An option where it is shown: its id (index in the file) and the option. */
    public record ShownOption(int id, Quiz.Option option) {
    }

    /** The feedback for one option after checking. */
    public record OptionFeedback(int optionId, boolean chosen, boolean correct, String feedback) {

        /** The user did the right thing with this option (chose a correct one or left a wrong one). */
        public boolean handledRight() {
            return chosen == correct;
        }
    }

    private final ProgressService progress;
    private final TaskRunner tasks;
    private final Clock clock;
    private final CourseModule module;
    private final Quiz quiz;
    private final Runnable onFinished;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<BooleanProperty> choices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<QuizScorer.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper rightSoFar = new ReadOnlyIntegerWrapper(0);
    private final List<Set<Integer>> answers = new ArrayList<>();
    private final String chooseFirstMessage;
    private final RandomGenerator random;
    private AttemptOrder order;
    private List<ShownOption> shown = List.of();
    private Instant startedAt;

    public QuizViewModel(ProgressService progress, TaskRunner tasks, Clock clock, CourseModule module,
            String chooseFirstMessage, Runnable onFinished) {
        this(progress, tasks, clock, module, chooseFirstMessage, onFinished, RandomGenerator.getDefault());
    }

    /** @param random draws each attempt's order of the options */
    public QuizViewModel(ProgressService progress, TaskRunner tasks, Clock clock, CourseModule module,
            String chooseFirstMessage, Runnable onFinished, RandomGenerator random) {
        this.progress = progress;
        this.random = random;
        this.tasks = tasks;
        this.clock = clock;
        this.module = module;
        this.quiz = module.optionalQuiz().orElseThrow();
        this.chooseFirstMessage = chooseFirstMessage;
        this.onFinished = onFinished;
        restart();
    }

    public void restart() {
        answers.clear();
        rightSoFar.set(0);
        finished.set(false);
        result.set(null);
        order = AttemptOrder.draw(random);
        startedAt = clock.instant();
        showQuestion(0);
    }

    private void showQuestion(int i) {
        index.set(i);
        checked.set(false);
        message.set("");
        Quiz.Question question = question();
        List<ShownOption> options = new ArrayList<>();
        List<BooleanProperty> fresh = new ArrayList<>();
        for (int id : order.of(question.id() + "#" + i, question.options().size())) {
            options.add(new ShownOption(id, question.options().get(id)));
            fresh.add(new SimpleBooleanProperty(false));
        }
        shown = List.copyOf(options);
        choices.setAll(fresh);
    }

    /** The current question's options in the order this attempt shows them. */
    public List<ShownOption> options() {
        return shown;
    }

    /** Where this attempt shows an option (by its id), or -1. */
    public int positionOf(int optionId) {
        for (int p = 0; p < shown.size(); p++) {
            if (shown.get(p).id() == optionId) {
                return p;
            }
        }
        return -1;
    }

    public Quiz.Question question() {
        return quiz.questions().get(index.get());
    }

    /**
     * Chooses the option shown at a position; for a single-choice question this replaces the earlier
     * choice. Ignored after checking.
     */
    public void toggle(int option) {
        if (checked.get() || option < 0 || option >= choices.size()) {
            return;
        }
        if (question().kind() == Quiz.Kind.SINGLE) {
            for (int o = 0; o < choices.size(); o++) {
                choices.get(o).set(o == option);
            }
        } else {
            choices.get(option).set(!choices.get(option).get());
        }
        message.set("");
    }

    /** The ids of the chosen options (whatever their position). */
    public Set<Integer> chosen() {
        Set<Integer> chosen = new TreeSet<>();
        for (int p = 0; p < choices.size() && p < shown.size(); p++) {
            if (choices.get(p).get()) {
                chosen.add(shown.get(p).id());
            }
        }
        return chosen;
    }

    /** Shows the feedback; asks to choose first when nothing is chosen. */
    public void check() {
        if (checked.get()) {
            return;
        }
        Set<Integer> chosen = chosen();
        if (chosen.isEmpty()) {
            message.set(chooseFirstMessage);
            return;
        }
        answers.add(chosen);
        if (QuizScorer.isRight(question(), chosen)) {
            rightSoFar.set(rightSoFar.get() + 1);
        }
        checked.set(true);
    }

    public boolean answeredRight() {
        return checked.get() && QuizScorer.isRight(question(), answers.get(answers.size() - 1));
    }

    /**
     * After checking: for each option, in the order shown, whether it was chosen, whether it is
     * correct, and its feedback.
     */
    public List<OptionFeedback> feedback() {
        if (!checked.get()) {
            return List.of();
        }
        Set<Integer> chosen = answers.get(answers.size() - 1);
        List<OptionFeedback> out = new ArrayList<>();
        for (ShownOption o : shown) {
            out.add(new OptionFeedback(o.id(), chosen.contains(o.id()), o.option().correct(), o.option().feedback()));
        }
        return out;
    }

    /** The next question, or the end: the attempt is scored and stored. */
    public void next() {
        if (!checked.get()) {
            return;
        }
        if (index.get() + 1 < quiz.questions().size()) {
            showQuestion(index.get() + 1);
            return;
        }
        Duration spent = Duration.between(startedAt, clock.instant());
        List<Set<Integer>> given = List.copyOf(answers);
        tasks.run(() -> progress.recordQuiz(module.id(), given, spent), scored -> {
            result.set(scored);
            finished.set(true);
            onFinished.run();
        });
    }

    public boolean isLastQuestion() {
        return index.get() + 1 >= quiz.questions().size();
    }

    public boolean passed() {
        return result.get() != null && result.get().passes(module.passMark());
    }

    public CourseModule module() {
        return module;
    }

    public Quiz quiz() {
        return quiz;
    }

    public int questionCount() {
        return quiz.questions().size();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ObservableList<BooleanProperty> choices() {
        return choices;
    }

    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QuizScorer.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty rightSoFarProperty() {
        return rightSoFar.getReadOnlyProperty();
    }
}

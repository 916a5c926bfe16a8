package be.toppsy.desk.learning;

import be.toppsy.desk.learning.quiz.QuizScorer;
import be.toppsy.desk.learning.quiz.QuizViewModel;
import be.toppsy.desk.learning.quiz.ScenarioViewModel;
import be.toppsy.desk.learning.trainer.TrainerDeck;
import be.toppsy.desk.learning.trainer.TrainerModeViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.ContentPacks;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quiz options and scenario choices are shown in a new order with every attempt, the same order
 * throughout one attempt, and scored by what was chosen, never by where it stood; trainer mode
 * keeps the order of the file.
 */
class ShuffledAttemptsTest {

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-20T09:00:00Z");
    private App.Services services;
    private ProgressService progress;
    private ContentPack pack;
    private CourseModule module;

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder, clock);
        ContentService content = ContentPacks.contentService(services, clock, ContentPacks.read("sample-pack"));
        progress = ContentPacks.progressService(services, content, clock);
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        pack = content.pack().orElseThrow();
        module = pack.module("m1").orElseThrow();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private QuizViewModel quiz(long seed) {
        return new QuizViewModel(progress, TaskRunner.direct(), clock, module, "kies", () -> { },
                new SplittableRandom(seed));
    }

    private static List<Integer> ids(QuizViewModel quiz) {
        return quiz.options().stream().map(QuizViewModel.ShownOption::id).toList();
    }

    /** Goes to the question with the given index in a fresh attempt, answering the ones before right. */
    private static void goTo(QuizViewModel quiz, int question) {
        while (quiz.indexProperty().get() < question) {
            answerRight(quiz);
            quiz.next();
        }
    }

    private static void answerRight(QuizViewModel quiz) {
        for (int id : quiz.question().correctIndexes()) {
            quiz.toggle(quiz.positionOf(id));
        }
        quiz.check();
    }

    @Test
    void eachQuizAttemptShowsTheOptionsInItsOwnOrder() {
        QuizViewModel quiz = quiz(7);
        Set<List<Integer>> orders = new HashSet<>();
        Set<Integer> firstShown = new HashSet<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            quiz.restart();
            goTo(quiz, 1);
            assertThat(quiz.question().id()).isEqualTo("q2");
            assertThat(ids(quiz)).containsExactlyInAnyOrder(0, 1, 2);
            orders.add(ids(quiz));
            firstShown.add(ids(quiz).get(0));
        }
        assertThat(orders).hasSizeGreaterThan(2);
        // The one wrong option of q2 (id 2) is not always at the end, nor a right one always on top.
        assertThat(firstShown).contains(0, 1, 2);
    }

    @Test
    void withinAnAttemptTheOrderStaysWhileChoosingCheckingAndRedrawing() {
        QuizViewModel quiz = quiz(11);
        goTo(quiz, 1);
        List<Integer> order = ids(quiz);
        quiz.toggle(0);
        assertThat(ids(quiz)).isEqualTo(order);
        quiz.toggle(2);
        quiz.check();
        assertThat(ids(quiz)).isEqualTo(order);
        assertThat(quiz.feedback()).extracting(QuizViewModel.OptionFeedback::optionId).isEqualTo(order);
        // The order is the attempt's, not the view model's: the same seed shows the same order.
        QuizViewModel again = quiz(11);
        goTo(again, 1);
        assertThat(ids(again)).isEqualTo(order);
    }

    @Test
    void answersAreScoredByOptionIdWhereverTheOptionsStand() {
        QuizViewModel quiz = quiz(3);
        for (int attempt = 0; attempt < 8; attempt++) {
            quiz.restart();
            for (int q = 0; q < quiz.questionCount(); q++) {
                answerRight(quiz);
                assertThat(quiz.answeredRight()).isTrue();
                quiz.next();
            }
            assertThat(quiz.resultProperty().get().percent()).isEqualTo(100);
        }
        // Always the option on top: right or wrong depends on what stands there, not on the place.
        for (int attempt = 0; attempt < 8; attempt++) {
            quiz.restart();
            List<Set<Integer>> given = new ArrayList<>();
            for (int q = 0; q < quiz.questionCount(); q++) {
                quiz.toggle(0);
                given.add(Set.of(quiz.options().get(0).id()));
                quiz.check();
                quiz.next();
            }
            assertThat(quiz.resultProperty().get()).isEqualTo(QuizScorer.score(module.quiz(), given));
        }
        assertThat(progress.myProgress().progress().attempts()).hasSize(16);
    }

    private static List<Integer> ids(ScenarioViewModel run) {
        return run.choices().stream().map(ScenarioViewModel.ShownChoice::id).toList();
    }

    @Test
    void eachScenarioRunShowsTheChoicesInItsOwnOrderAndKeepsItWithinTheRun() {
        Scenario scenario = pack.scenario("m1-s1").orElseThrow();
        ScenarioViewModel run = new ScenarioViewModel(progress, TaskRunner.direct(), clock, scenario, () -> { },
                new SplittableRandom(5));
        Set<List<Integer>> orders = new HashSet<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            run.restart();
            run.choose(run.positionOf(0));
            run.proceed();
            assertThat(run.stepProperty().get().id()).isEqualTo("vraag");
            List<Integer> order = ids(run);
            orders.add(order);
            run.choose(1);
            assertThat(ids(run)).isEqualTo(order);
            // The choice taken is the one shown at that position, whatever its place in the file.
            assertThat(run.chosenProperty().get()).isSameAs(scenario.step("vraag").orElseThrow().choices()
                    .get(order.get(1)));
        }
        assertThat(orders).hasSizeGreaterThan(2);
    }

    @Test
    void aScenarioRunCountsGoodChoicesByWhatWasChosen() {
        Scenario scenario = pack.scenario("m1-s1").orElseThrow();
        for (long seed = 1; seed <= 6; seed++) {
            ScenarioViewModel run = new ScenarioViewModel(progress, TaskRunner.direct(), clock, scenario, () -> { },
                    new SplittableRandom(seed));
            while (!run.endedProperty().get()) {
                List<ScenarioViewModel.ShownChoice> shown = run.choices();
                for (int p = 0; p < shown.size(); p++) {
                    if (shown.get(p).choice().quality() == Scenario.Quality.GOOD) {
                        run.choose(p);
                        break;
                    }
                }
                run.proceed();
            }
            assertThat(run.goodChoices()).isEqualTo(run.path().size()).isEqualTo(3);
        }
        assertThat(progress.myProgress().progress().runs()).hasSize(6)
                .allSatisfy(r -> assertThat(r.goodCount()).isEqualTo(3));
    }

    @Test
    void trainerModeShowsOptionsAndChoicesAsWritten() {
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        TestServices.loginAsNewUser(services, "katrien", Role.TRAINER);
        for (int time = 0; time < 2; time++) {
            TrainerModeViewModel quiz = new TrainerModeViewModel(TrainerDeck.forQuiz(module), services.session());
            for (Quiz.Question question : module.quiz().questions()) {
                quiz.next();
                assertThat(quiz.slide().question().options()).isEqualTo(question.options());
            }
        }
        Scenario scenario = pack.scenario("m1-s1").orElseThrow();
        TrainerModeViewModel play = new TrainerModeViewModel(TrainerDeck.forScenario(scenario), services.session());
        play.next();
        assertThat(play.slide().step().choices()).isEqualTo(scenario.step("begin").orElseThrow().choices());
        // Choice 2 on the screen is the second choice of the file.
        play.choose(2);
        assertThat(play.chosen()).contains(1);
        play.next();
        assertThat(play.slide().step().id()).isEqualTo(scenario.step("begin").orElseThrow().choices().get(1).next());
    }
}

package be.toppsy.desk.learning;

import be.toppsy.desk.learning.quiz.QuizViewModel;
import be.toppsy.desk.learning.quiz.ScenarioViewModel;
import be.toppsy.desk.learning.trainer.TrainerDeck;
import be.toppsy.desk.learning.trainer.TrainerModeViewModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.ContentPacks;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.Destination;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learning screens' behaviour without a screen: lessons, quiz, scenario, trainer mode, routes. */
class LearningViewModelsTest {

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-20T09:00:00Z");
    private App.Services services;
    private ContentService content;
    private ProgressService progress;
    private ContentPack pack;

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder, clock);
        content = ContentPacks.contentService(services, clock, ContentPacks.read("sample-pack"));
        progress = ContentPacks.progressService(services, content, clock);
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        pack = content.pack().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void readingALessonCountsTheTimeAndCompletesIt() {
        AtomicInteger changes = new AtomicInteger();
        LessonViewModel lesson = new LessonViewModel(progress, TaskRunner.direct(), clock, pack,
                pack.lesson("m1-l1").orElseThrow(), changes::incrementAndGet);
        lesson.open();
        clock.advance(Duration.ofMinutes(3));
        lesson.complete();
        clock.advance(Duration.ofMinutes(2));
        lesson.leave();
        assertThat(lesson.completedProperty().get()).isTrue();
        assertThat(changes.get()).isEqualTo(2);
        LessonProgress stored = progress.myProgress().progress().lessons().get("m1-l1");
        assertThat(stored.secondsSpent()).isEqualTo(300);
        assertThat(lesson.next()).map(l -> l.id()).contains("m1-l2");
        assertThat(lesson.previous()).isEmpty();
        assertThat(lesson.positionInModule()).isEqualTo(1);
    }

    @Test
    void aQuizGivesFeedbackOnEveryOptionAndStoresTheAttempt() {
        AtomicInteger finished = new AtomicInteger();
        QuizViewModel quiz = new QuizViewModel(progress, TaskRunner.direct(), clock, pack.module("m1").orElseThrow(),
                "kies eerst", finished::incrementAndGet);

        quiz.check();
        assertThat(quiz.messageProperty().get()).isEqualTo("kies eerst");
        assertThat(quiz.checkedProperty().get()).isFalse();

        // Options are chosen where they are shown; the order is the attempt's own, so look them up by id.
        quiz.toggle(quiz.positionOf(0));
        quiz.toggle(quiz.positionOf(1));
        assertThat(quiz.chosen()).containsExactly(1);
        quiz.check();
        assertThat(quiz.answeredRight()).isFalse();
        assertThat(quiz.feedback()).extracting(QuizViewModel.OptionFeedback::optionId,
                QuizViewModel.OptionFeedback::chosen, QuizViewModel.OptionFeedback::correct)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(0, false, true),
                        org.assertj.core.groups.Tuple.tuple(1, true, false));
        assertThat(quiz.feedback()).allSatisfy(f -> assertThat(f.feedback()).isNotBlank());
        quiz.toggle(quiz.positionOf(0));
        assertThat(quiz.chosen()).containsExactly(1);

        quiz.next();
        quiz.toggle(quiz.positionOf(0));
        quiz.toggle(quiz.positionOf(1));
        assertThat(quiz.chosen()).containsExactly(0, 1);
        quiz.check();
        assertThat(quiz.answeredRight()).isTrue();
        quiz.next();
        quiz.toggle(quiz.positionOf(0));
        quiz.check();
        assertThat(quiz.isLastQuestion()).isTrue();
        quiz.next();

        assertThat(quiz.finishedProperty().get()).isTrue();
        assertThat(quiz.resultProperty().get().correct()).isEqualTo(2);
        assertThat(quiz.passed()).isFalse();
        assertThat(finished.get()).isEqualTo(1);
        assertThat(progress.myProgress().module("m1").orElseThrow().bestScore()).isEqualTo(66);

        quiz.restart();
        assertThat(quiz.indexProperty().get()).isZero();
        assertThat(quiz.finishedProperty().get()).isFalse();
    }

    @Test
    void aScenarioFollowsTheChoicesToAnEndingAndStoresTheRun() {
        Scenario scenario = pack.scenario("m1-s1").orElseThrow();
        ScenarioViewModel play = new ScenarioViewModel(progress, TaskRunner.direct(), clock, scenario, () -> { });
        assertThat(play.stepProperty().get().id()).isEqualTo("begin");
        play.proceed();
        assertThat(play.stepProperty().get().id()).isEqualTo("begin");
        play.choose(play.positionOf(1));
        assertThat(play.chosenProperty().get().quality()).isEqualTo(Scenario.Quality.POOR);
        play.choose(play.positionOf(0));
        assertThat(play.path()).hasSize(1);
        play.proceed();
        play.choose(play.positionOf(0));
        play.proceed();
        play.choose(play.positionOf(0));
        play.proceed();
        assertThat(play.endedProperty().get()).isTrue();
        assertThat(play.stepProperty().get().id()).isEqualTo("einde");
        assertThat(play.goodChoices()).isEqualTo(2);
        assertThat(progress.myProgress().progress().runs()).singleElement()
                .satisfies(r -> assertThat(r.choiceCount()).isEqualTo(3));
    }

    @Test
    void routesOpenPagesAndUnknownTargetsFallBackToTheOverview() {
        LearningViewModel model = new LearningViewModel(progress, content, TaskRunner.direct());
        model.navigateTo(new Destination.Lesson("m1-l2"));
        assertThat(model.stateProperty().get()).isEqualTo(LearningViewModel.State.LOADING);
        model.load();
        assertThat(model.routeProperty().get()).isEqualTo(new LearningViewModel.Route(LearningViewModel.Kind.LESSON, "m1-l2"));
        assertThat(model.currentModule()).map(m -> m.id()).contains("m1");
        model.navigateTo(new Destination.Scenario("m1-s1"));
        assertThat(model.currentModule()).map(m -> m.id()).contains("m1");
        model.navigateTo(new Destination.Lesson("bestaat-niet"));
        assertThat(model.routeProperty().get().kind()).isEqualTo(LearningViewModel.Kind.OVERVIEW);
        model.navigateTo(new Destination.Quiz("m1"));
        assertThat(model.routeProperty().get().kind()).isEqualTo(LearningViewModel.Kind.QUIZ);
    }

    @Test
    void trainerModeIsOnlyForTrainers() {
        TrainerDeck deck = TrainerDeck.forLesson(pack.lesson("m1-l1").orElseThrow(), pack);
        assertThatThrownBy(() -> new TrainerModeViewModel(deck, services.session()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLessonDeckShowsOneBlockAtATimeWithTheNotesApart() {
        TrainerDeck deck = TrainerDeck.forLesson(pack.lesson("m1-l1").orElseThrow(), pack);
        assertThat(deck.slides()).extracting(TrainerDeck.Slide::kind).containsExactly(
                TrainerDeck.SlideKind.TITLE, TrainerDeck.SlideKind.CONTENT, TrainerDeck.SlideKind.CONTENT,
                TrainerDeck.SlideKind.CALLOUT, TrainerDeck.SlideKind.CALLOUT, TrainerDeck.SlideKind.CALLOUT,
                TrainerDeck.SlideKind.END);
        assertThat(deck.slides().get(0).bullets()).hasSize(2);
        assertThat(deck.slides().get(3).notes()).hasSize(1);
        assertThat(deck.slides().stream().flatMap(s -> s.blocks().stream())
                .map(be.toppsy.desk.content.parse.Markdown::plainText)).noneMatch(t -> t.contains("Alleen voor de trainer"))
                .noneMatch(t -> t.contains("wanneer gebruik jij een tolk"));
    }

    @Test
    void trainerModeMovesHidesAnswersAndPlaysAScenario() {
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        TestServices.loginAsNewUser(services, "katrien", Role.TRAINER);

        TrainerModeViewModel quiz = new TrainerModeViewModel(TrainerDeck.forQuiz(pack.module("m1").orElseThrow()),
                services.session());
        assertThat(quiz.slides()).hasSize(5);
        quiz.previous();
        assertThat(quiz.indexProperty().get()).isZero();
        quiz.next();
        assertThat(quiz.slide().kind()).isEqualTo(TrainerDeck.SlideKind.QUESTION);
        assertThat(quiz.revealedProperty().get()).isFalse();
        quiz.reveal();
        assertThat(quiz.revealedProperty().get()).isTrue();
        quiz.next();
        assertThat(quiz.revealedProperty().get()).isFalse();
        quiz.previous();
        assertThat(quiz.revealedProperty().get()).isTrue();
        quiz.toggleNotes();
        assertThat(quiz.notesVisibleProperty().get()).isTrue();
        quiz.last();
        assertThat(quiz.slide().kind()).isEqualTo(TrainerDeck.SlideKind.END);
        quiz.next();
        assertThat(quiz.indexProperty().get()).isEqualTo(4);

        TrainerModeViewModel scenario = new TrainerModeViewModel(
                TrainerDeck.forScenario(pack.scenario("m1-s1").orElseThrow()), services.session());
        assertThat(scenario.slides()).hasSize(2);
        scenario.next();
        scenario.choose(9);
        assertThat(scenario.chosen()).isEmpty();
        scenario.choose(1);
        assertThat(scenario.chosen()).contains(0);
        assertThat(scenario.slides()).hasSize(3);
        scenario.next();
        scenario.choose(3);
        assertThat(scenario.slides().get(3).kind()).isEqualTo(TrainerDeck.SlideKind.END);
        scenario.choose(1);
        assertThat(scenario.slides()).hasSize(4);
        assertThat(scenario.slides().get(3).step().id()).isEqualTo("gesprek");
    }
}

package be.toppsy.desk.intervision.runner;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.IntervisionFixture;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.board.ActionPoint;
import be.toppsy.desk.intervision.board.ActionPointState;
import be.toppsy.desk.intervision.board.CaseColumn;
import be.toppsy.desk.intervision.board.IntervisionCase;
import be.toppsy.desk.intervision.methods.Method;
import be.toppsy.desk.intervision.methods.Produces;
import be.toppsy.desk.intervision.methods.Speaker;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.intervision.sessions.PhaseNote;
import be.toppsy.desk.intervision.sessions.SessionDraft;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session runner's phase flow, countdown, turns and notes, with a clock and ticker moved by hand. */
class RunnerViewModelTest {

    @TempDir
    Path folder;
    private IntervisionFixture f;
    private final ManualTicker ticker = new ManualTicker();

    @BeforeEach
    void setUp() {
        f = new IntervisionFixture(folder);
    }

    @AfterEach
    void tearDown() {
        f.services.database().close();
    }

    private RunnerViewModel runner() {
        return new RunnerViewModel(f.runs, TaskRunner.direct(), f.services.messages(), f.clock, ticker);
    }

    private void advance(int seconds) {
        f.clock.advance(Duration.ofSeconds(seconds));
        ticker.tick();
    }

    private IntervisionSession plannedSession(Method method, List<Long> cases) {
        return f.sessions.createSession(new SessionDraft(f.today(), "Team A", f.id("leen"), f.id("sara"),
                List.of(f.id("tom"), f.id("aicha")), "", method.id(), cases));
    }

    @Test
    void theFacilitatorGoesPhaseByPhaseWithACountdown() {
        f.as("sara");
        IntervisionCase c = f.kase("Jonge man trekt zich terug", SupportLevel.HEIGHTENED, "terugtrekking");
        f.as("leen");
        Method toppsy = f.methods.defaultMethod();
        IntervisionSession s = plannedSession(toppsy, List.of(c.id()));
        RunnerViewModel model = runner();
        model.load(s.id());
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.stepProperty().get()).isNull();

        model.start();
        // The TOPPSY template starts with its own review phase: no extra review step, no extra closing step.
        assertThat(model.steps()).hasSize(toppsy.phases().size());
        assertThat(model.stepIndexProperty().get()).isZero();
        assertThat(model.stepProperty().get().produces()).isEqualTo(Produces.REVIEW);
        assertThat(model.stepCounterProperty().get()).isEqualTo("Stap 1 van 8");
        assertThat(model.countdown().remainingTextProperty().get()).isEqualTo("10:00");
        assertThat(model.turns().speakerTextProperty().get()).contains("leen Test");

        advance(61);
        assertThat(model.countdown().remainingTextProperty().get()).isEqualTo("08:59");
        assertThat(model.countdown().phaseProgressProperty().get()).isBetween(0.10, 0.11);
        model.countdown().togglePause();
        advance(300);
        assertThat(model.countdown().remainingTextProperty().get()).isEqualTo("08:59");
        model.countdown().togglePause();
        advance(600);
        assertThat(model.countdown().overTimeProperty().get()).isTrue();
        assertThat(model.countdown().remainingTextProperty().get()).contains("01:01");
        model.countdown().addMinute();
        assertThat(model.countdown().remainingTextProperty().get()).contains("00:01");

        model.noteProperty().set("Eerste sessie, niets te overlopen.");
        model.next();
        assertThat(model.stepProperty().get().produces()).isEqualTo(Produces.SITUATION);
        assertThat(model.turns().speakerTextProperty().get()).contains("sara Test");
        assertThat(model.countdown().remainingTextProperty().get()).isEqualTo("10:00");
        assertThat(model.noteProperty().get()).isEmpty();

        // The review's note and time were stored.
        List<PhaseNote> notes = f.sessions.material(s.id()).notes();
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.caseId()).isNull();
            assertThat(n.stepKey()).isEqualTo("p1");
            assertThat(n.note()).isEqualTo("Eerste sessie, niets te overlopen.");
            assertThat(n.secondsUsed()).isEqualTo(61 + 600 - 60);
        });

        // Back to the review: the note is there again, and its time goes on from where it was.
        model.previous();
        assertThat(model.noteProperty().get()).isEqualTo("Eerste sessie, niets te overlopen.");
        assertThat(model.countdown().overTimeProperty().get()).isTrue();
        model.goTo(5);
        assertThat(model.stepProperty().get().speaker()).isEqualTo(Speaker.ROUND);
        assertThat(model.stepProperty().get().presenterListens()).isTrue();
    }

    @Test
    void inARoundTheTurnPassesAndThePresenterWhoOnlyListensIsSkipped() {
        f.as("sara");
        IntervisionCase c = f.kase("Casus", SupportLevel.BASIC);
        f.as("leen");
        IntervisionSession s = plannedSession(f.methods.defaultMethod(), List.of(c.id()));
        RunnerViewModel model = runner();
        model.load(s.id());
        model.start();
        int advice = indexOf(model, Produces.ADVICE);
        model.goTo(advice);
        assertThat(model.turns().turnOrder()).extracting(Person::id).doesNotContain(f.id("sara"))
                .contains(f.id("leen"), f.id("tom"), f.id("aicha"));
        String first = model.turns().speakerTextProperty().get();
        assertThat(first).contains("1 van 3");
        model.turns().nextTurn();
        assertThat(model.turns().speakerTextProperty().get()).contains("2 van 3").isNotEqualTo(first);
        model.turns().nextTurn();
        model.turns().nextTurn();
        assertThat(model.turns().turnIndexProperty().get()).isZero();
        // In the evaluation round the presenter speaks too, last.
        model.goTo(indexOf(model, Produces.EVALUATION));
        assertThat(model.turns().turnOrder()).hasSize(4);
        assertThat(model.turns().turnOrder().get(3).id()).isEqualTo(f.id("sara"));
    }

    private static int indexOf(RunnerViewModel model, Produces produces) {
        for (int i = 0; i < model.steps().size(); i++) {
            if (model.steps().get(i).produces() == produces) {
                return i;
            }
        }
        throw new AssertionError("no step " + produces);
    }

    @Test
    void aMethodWithoutReviewOrActionPhasesGetsThemFromTheRunner() {
        f.as("leen");
        IntervisionCase c = f.kase("Casus", SupportLevel.BASIC);
        Method fiveStep = f.methods.methods().stream().filter(m -> "fivestep".equals(m.builtinKey())).findFirst()
                .orElseThrow();
        IntervisionSession s = plannedSession(fiveStep, List.of(c.id()));
        RunnerViewModel model = runner();
        model.load(s.id());
        model.start();
        assertThat(model.steps()).extracting(Step::produces).containsExactly(Produces.REVIEW,
                Produces.SITUATION, Produces.QUESTIONS, Produces.CORE_PROBLEM, Produces.ADVICE, Produces.ACTIONS,
                Produces.EVALUATION);
        assertThat(model.steps().get(0).synthetic()).isTrue();
        assertThat(model.steps().get(5).key()).isEqualTo(RunnerSteps.CLOSING_KEY);
    }

    @Test
    void conclusionAndActionPointsAreRecordedAndTheSessionIsFinished() {
        f.as("sara");
        IntervisionCase first = f.kase("Eerste casus", SupportLevel.BASIC);
        IntervisionCase second = f.kase("Tweede casus", SupportLevel.BASIC);
        f.as("leen");
        IntervisionSession s = plannedSession(f.methods.defaultMethod(), List.of(first.id(), second.id()));
        RunnerViewModel model = runner();
        model.load(s.id());
        model.start();
        model.goTo(indexOf(model, Produces.ACTIONS));
        assertThat(model.currentCaseProperty().get().caseId()).isEqualTo(first.id());

        model.conclusionProperty().set("Ik plan een gesprek met een tolk.");
        model.actions().titleProperty().set("Gesprek met tolk plannen");
        model.actions().ownerProperty().set(new Person(f.id("sara"), "sara Test"));
        model.actions().dueProperty().set("31/02/2026");
        model.actions().add();
        assertThat(model.errorOf("actionDue").get()).contains("Geen geldige datum");
        assertThat(model.actions().caseActions()).isEmpty();
        model.actions().dueProperty().set("17/03/2026");
        model.actions().add();
        assertThat(model.errorOf("actionDue").get()).isEmpty();
        assertThat(model.actions().caseActions()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Gesprek met tolk plannen");
            assertThat(p.due()).isEqualTo(f.today().plusDays(7));
        });
        assertThat(model.actions().titleProperty().get()).isEmpty();

        // Last step: the next case on the agenda.
        model.goTo(model.steps().size() - 1);
        assertThat(model.nextCaseAvailableProperty().get()).isTrue();
        model.nextCase();
        assertThat(model.currentCaseProperty().get().caseId()).isEqualTo(second.id());
        assertThat(model.stepProperty().get().produces()).isEqualTo(Produces.SITUATION);
        assertThat(model.actions().caseActions()).isEmpty();
        model.goTo(model.steps().size() - 1);
        assertThat(model.nextCaseAvailableProperty().get()).isFalse();

        model.finish();
        assertThat(model.finishedProperty().get()).isTrue();
        assertThat(ticker.onTick).isNull();
        assertThat(f.sessions.session(s.id()).agenda().get(0).conclusion()).isEqualTo("Ik plan een gesprek met een tolk.");
        assertThat(f.cases.kase(first.id()).column()).isEqualTo(CaseColumn.ACTIONS_RUNNING);
        assertThat(f.cases.kase(second.id()).column()).isEqualTo(CaseColumn.DISCUSSED);
    }

    @Test
    void aClosedRunnerResumesWhereItWasAndAutosavesNotes() {
        f.as("leen");
        IntervisionCase c = f.kase("Casus", SupportLevel.BASIC);
        IntervisionSession s = plannedSession(f.methods.defaultMethod(), List.of(c.id()));
        RunnerViewModel model = runner();
        model.load(s.id());
        model.start();
        model.next();
        model.next();
        model.noteProperty().set("Vragen over slaap en eten.");
        advance(61);
        // Saved by the autosave, before leaving the step.
        assertThat(f.sessions.material(s.id()).notes()).anySatisfy(n -> assertThat(n.note())
                .isEqualTo("Vragen over slaap en eten."));
        model.close();

        RunnerViewModel again = runner();
        again.load(s.id());
        assertThat(again.runningProperty().get()).isTrue();
        assertThat(again.stepIndexProperty().get()).isEqualTo(2);
        assertThat(again.noteProperty().get()).isEqualTo("Vragen over slaap en eten.");
        assertThat(again.countdown().elapsedSeconds()).isEqualTo(61);
    }

    @Test
    void theReviewListsThePreviousSessionsPointsAndRecordsTheirState() {
        f.as("leen");
        IntervisionCase a = f.kase("Vorige", SupportLevel.BASIC);
        IntervisionCase b = f.kase("Nu", SupportLevel.BASIC);
        IntervisionSession before = f.sessions.createSession(new SessionDraft(f.today().minusDays(14), "Team A",
                f.id("leen"), null, List.of(), "", f.methods.defaultMethod().id(), List.of(a.id())));
        f.runs.startSession(before.id());
        ActionPoint point = f.runs.addActionPoint(before.id(), a.id(), new ActionPointDraft("Bellen naar school",
                f.id("tom"), f.today(), false));
        f.runs.finishSession(before.id());
        IntervisionSession now = plannedSession(f.methods.defaultMethod(), List.of(b.id()));
        RunnerViewModel model = runner();
        model.load(now.id());
        model.start();
        assertThat(model.actions().review()).extracting(ActionPoint::id).containsExactly(point.id());
        model.actions().reviewPoint(model.actions().review().get(0), ActionPointState.DONE, "School gebeld.");
        assertThat(model.actions().review().get(0).state()).isEqualTo(ActionPointState.DONE);
        assertThat(f.cases.caseDetail(a.id()).actionPoints()).singleElement()
                .satisfies(p -> assertThat(p.reviewNote()).isEqualTo("School gebeld."));
    }

    @Test
    void someoneWhoDoesNotRunTheSessionCanOnlyLookAtIt() {
        f.as("leen");
        IntervisionCase c = f.kase("Casus", SupportLevel.BASIC);
        IntervisionSession s = plannedSession(f.methods.defaultMethod(), List.of(c.id()));
        f.as("tom");
        RunnerViewModel model = runner();
        model.load(s.id());
        assertThat(model.mayRunProperty().get()).isFalse();
        model.start();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isNotEmpty();
    }
}

package be.toppsy.desk.intervision.runner;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.methods.Method;
import be.toppsy.desk.intervision.methods.Phase;
import be.toppsy.desk.intervision.methods.Produces;
import be.toppsy.desk.intervision.methods.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner's steps from a method: added review and closing steps, and where a next case starts. */
class RunnerStepsTest {

    private final Messages messages = new Messages(Language.EN);

    private static Phase phase(int order, Produces produces) {
        return new Phase(order, "Phase " + order, "", 10, Speaker.EVERYONE, false, produces);
    }

    private static Method method(Phase... phases) {
        return new Method(1, 1, 1, "M", "", null, false, true, false, List.of(phases), 0);
    }

    @Test
    void aMethodWithoutReviewGetsAReviewStepFirst() {
        RunnerSteps steps = RunnerSteps.of(method(phase(1, Produces.SITUATION), phase(2, Produces.ACTIONS)), messages);

        assertThat(steps.get(0).key()).isEqualTo(RunnerSteps.REVIEW_KEY);
        assertThat(steps.get(0).synthetic()).isTrue();
        assertThat(steps.get(0).sessionLevel()).isTrue();
        assertThat(steps.get(0).name()).isEqualTo("Review of the action points");
    }

    @Test
    void aMethodWithoutActionsGetsAClosingStepBeforeItsEvaluation() {
        RunnerSteps steps = RunnerSteps.of(method(phase(1, Produces.REVIEW), phase(2, Produces.ADVICE),
                phase(3, Produces.EVALUATION)), messages);

        assertThat(steps.all()).extracting(Step::key).containsExactly("p1", "p2", RunnerSteps.CLOSING_KEY, "p3");
        assertThat(steps.get(2).produces()).isEqualTo(Produces.ACTIONS);
    }

    @Test
    void aMethodWithoutEvaluationGetsTheClosingStepLast() {
        RunnerSteps steps = RunnerSteps.of(method(phase(1, Produces.REVIEW), phase(2, Produces.ADVICE)), messages);

        assertThat(steps.all()).extracting(Step::key).containsExactly("p1", "p2", RunnerSteps.CLOSING_KEY);
    }

    @Test
    void aMethodWithReviewAndActionsKeepsItsOwnPhasesOnly() {
        RunnerSteps steps = RunnerSteps.of(method(phase(1, Produces.REVIEW), phase(2, Produces.ACTIONS)), messages);

        assertThat(steps.all()).extracting(Step::key).containsExactly("p1", "p2");
        assertThat(steps.all()).noneMatch(Step::synthetic);
    }

    @Test
    void aNextCaseStartsAtTheFirstStepAboutACase() {
        RunnerSteps steps = RunnerSteps.of(method(phase(1, Produces.REVIEW), phase(2, Produces.CASE_CHOICE),
                phase(3, Produces.SITUATION), phase(4, Produces.ACTIONS)), messages);

        assertThat(steps.firstCaseStep()).isEqualTo(2);
        assertThat(steps.get(1).sessionLevel()).isTrue();
    }

    @Test
    void aSavedPositionBeyondTheLastStepComesBackToTheLastStep() {
        RunnerSteps steps = RunnerSteps.of(method(phase(1, Produces.REVIEW), phase(2, Produces.ACTIONS)), messages);

        assertThat(steps.clamp(7)).isEqualTo(1);
        assertThat(steps.clamp(-1)).isZero();
        assertThat(steps.contains(2)).isFalse();
        assertThat(steps.isLast(1)).isTrue();
    }

    @Test
    void thePlannedTimeIsTheSumOfTheStepsIncludingAddedOnes() {
        RunnerSteps steps = RunnerSteps.of(method(phase(1, Produces.SITUATION)), messages);

        assertThat(steps.plannedMinutes()).isEqualTo(10 + RunnerSteps.REVIEW_MINUTES + RunnerSteps.CLOSING_MINUTES);
    }
}

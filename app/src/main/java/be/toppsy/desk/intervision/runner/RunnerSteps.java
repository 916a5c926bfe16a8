package be.toppsy.desk.intervision.runner;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.methods.Method;
import be.toppsy.desk.intervision.methods.Phase;
import be.toppsy.desk.intervision.methods.Produces;
import be.toppsy.desk.intervision.methods.Speaker;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a session, in order: the method's phases, with an opening review of the previous
 * session's action points when the method has none, and a closing "conclusion and action points"
 * step (before a final evaluation) when it has none. Review and case-choice steps concern the whole
 * session; "next case" runs the other steps again, from the first one about a case.
 */
public final class RunnerSteps {

    public static final String REVIEW_KEY = "review";
    public static final String CLOSING_KEY = "closing";
    static final int REVIEW_MINUTES = 10;
    static final int CLOSING_MINUTES = 10;

    private final List<Step> steps;

    private RunnerSteps(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** No steps yet (before the session is loaded). */
    public static RunnerSteps none() {
        return new RunnerSteps(List.of());
    }

    /** The steps of a method version; the added steps take their name and instruction from the bundles. */
    public static RunnerSteps of(Method method, Messages messages) {
        List<Step> steps = new ArrayList<>();
        boolean hasReview = method.phases().stream().anyMatch(p -> p.produces() == Produces.REVIEW);
        boolean hasActions = method.phases().stream().anyMatch(p -> p.produces() == Produces.ACTIONS);
        if (!hasReview) {
            steps.add(new Step(REVIEW_KEY, messages.get("iv.runner.review.name"),
                    messages.get("iv.runner.review.instruction"), REVIEW_MINUTES, Speaker.FACILITATOR, false,
                    Produces.REVIEW, true, true));
        }
        for (Phase phase : method.phases()) {
            boolean sessionLevel = phase.produces() == Produces.REVIEW || phase.produces() == Produces.CASE_CHOICE;
            steps.add(new Step("p" + phase.order(), phase.name(), phase.instruction(), phase.minutes(), phase.speaker(),
                    phase.presenterListens(), phase.produces(), sessionLevel, false));
        }
        if (!hasActions) {
            Step closing = new Step(CLOSING_KEY, messages.get("iv.runner.closing.name"),
                    messages.get("iv.runner.closing.instruction"), CLOSING_MINUTES, Speaker.PRESENTER, false,
                    Produces.ACTIONS, false, true);
            boolean endsWithEvaluation = !steps.isEmpty()
                    && steps.get(steps.size() - 1).produces() == Produces.EVALUATION;
            steps.add(endsWithEvaluation ? steps.size() - 1 : steps.size(), closing);
        }
        return new RunnerSteps(steps);
    }

    public List<Step> all() {
        return steps;
    }

    public int size() {
        return steps.size();
    }

    public Step get(int index) {
        return steps.get(index);
    }

    /** Whether the index names a step. */
    public boolean contains(int index) {
        return index >= 0 && index < steps.size();
    }

    public boolean isFirst(int index) {
        return index == 0;
    }

    public boolean isLast(int index) {
        return index == steps.size() - 1;
    }

    /** A saved position brought back into range (the method may have fewer steps by now). */
    public int clamp(int index) {
        return Math.max(0, Math.min(index, steps.size() - 1));
    }

    /** Where the next case starts: the first step about a case (the first step when there is none). */
    public int firstCaseStep() {
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).sessionLevel()) {
                return i;
            }
        }
        return 0;
    }

    /** The planned minutes of the whole session. */
    public int plannedMinutes() {
        return steps.stream().mapToInt(Step::minutes).sum();
    }
}

package be.toppsy.desk.content.pack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The paths through a scenario: which steps are reachable, which lead to an ending, how deep it goes. */
public final class ScenarioGraph {

    private ScenarioGraph() {
    }

    /** Problems with the scenario's steps: unknown steps, unreachable steps, steps with no way to an ending. */
    public static List<Problem> check(Scenario scenario) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Scenario.Step> steps = new LinkedHashMap<>();
        for (Scenario.Step step : scenario.steps()) {
            if (steps.putIfAbsent(step.id(), step) != null && !step.id().isEmpty()) {
                problems.add(new Problem(step.location(), Problem.Kind.DUPLICATE_ID,
                        List.of(step.id(), steps.get(step.id()).location().toString())));
            }
            if (!step.end() && step.choices().size() < 2) {
                problems.add(new Problem(step.location(), Problem.Kind.SCENARIO_TOO_FEW_CHOICES, List.of(step.id())));
            }
            for (Scenario.Choice choice : step.choices()) {
                if (!step.end() && choice.next().isEmpty()) {
                    problems.add(new Problem(choice.location(), Problem.Kind.FIELD_MISSING, List.of("next")));
                } else if (!choice.next().isEmpty() && !steps.containsKey(choice.next())
                        && scenario.steps().stream().noneMatch(s -> s.id().equals(choice.next()))) {
                    problems.add(new Problem(choice.location(), Problem.Kind.SCENARIO_UNKNOWN_STEP,
                            List.of(choice.next())));
                }
            }
        }
        if (!scenario.start().isEmpty() && !steps.containsKey(scenario.start())) {
            problems.add(new Problem(scenario.location(), Problem.Kind.SCENARIO_UNKNOWN_STEP,
                    List.of(scenario.start())));
            return problems;
        }
        Set<String> reachable = reachable(scenario, steps);
        Set<String> leadToEnd = leadingToAnEnd(steps);
        for (Scenario.Step step : scenario.steps()) {
            if (!reachable.contains(step.id())) {
                problems.add(new Problem(step.location(), Problem.Kind.SCENARIO_UNREACHABLE, List.of(step.id())));
            } else if (!leadToEnd.contains(step.id())) {
                problems.add(new Problem(step.location(), Problem.Kind.SCENARIO_NO_ENDING, List.of(step.id())));
            }
        }
        return problems;
    }

    /**
     * The number of decision steps (steps that are not an ending) on the longest path from the start
     * that does not visit a step twice.
     */
    public static int depth(Scenario scenario) {
        Map<String, Scenario.Step> steps = new HashMap<>();
        scenario.steps().forEach(s -> steps.putIfAbsent(s.id(), s));
        return longest(scenario.start(), steps, new HashSet<>());
    }

    private static int longest(String id, Map<String, Scenario.Step> steps, Set<String> onPath) {
        Scenario.Step step = steps.get(id);
        if (step == null || step.end() || !onPath.add(id)) {
            return 0;
        }
        int best = 0;
        for (Scenario.Choice choice : step.choices()) {
            best = Math.max(best, longest(choice.next(), steps, onPath));
        }
        onPath.remove(id);
        return best + 1;
    }

    private static Set<String> reachable(Scenario scenario, Map<String, Scenario.Step> steps) {
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(scenario.start()));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            Scenario.Step step = steps.get(id);
            if (step == null || !seen.add(id)) {
                continue;
            }
            if (!step.end()) {
                step.choices().forEach(c -> pending.push(c.next()));
            }
        }
        return seen;
    }

    private static Set<String> leadingToAnEnd(Map<String, Scenario.Step> steps) {
        Set<String> good = new HashSet<>();
        steps.values().stream().filter(Scenario.Step::end).forEach(s -> good.add(s.id()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Scenario.Step step : steps.values()) {
                if (!good.contains(step.id()) && step.choices().stream().anyMatch(c -> good.contains(c.next()))) {
                    good.add(step.id());
                    changed = true;
                }
            }
        }
        return good;
    }
}

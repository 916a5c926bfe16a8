package be.toppsy.desk.content.pack;

import be.toppsy.desk.common.SupportLevel;
import java.util.List;
import java.util.Optional;

/** A scenario exercise: a situation, then decision steps whose choices lead to further steps and an ending. */
public record Scenario(String id, String moduleId, String title, SupportLevel level, String situation, String start,
        List<Step> steps, SourceLocation location) {

    public Scenario {
        steps = List.copyOf(steps);
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public enum Quality {
        GOOD, PARTIAL, POOR;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Step(String id, String text, boolean end, List<Choice> choices, SourceLocation location) {

        public Step {
            choices = List.copyOf(choices);
        }
    }

    public record Choice(String text, Quality quality, String feedback, String next, SourceLocation location) {
    }
}

package be.toppsy.desk.content.pack;

import java.util.List;

/** A module's quiz. */
public record Quiz(String id, String title, List<Question> questions, SourceLocation location) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    /** single: exactly one correct option; multiple: one or more. */
    public enum Kind {
        SINGLE, MULTIPLE
    }

    public record Question(String id, Kind kind, String text, String explanation, List<Option> options,
            SourceLocation location) {

        public Question {
            options = List.copyOf(options);
        }

        public java.util.Set<Integer> correctIndexes() {
            java.util.Set<Integer> correct = new java.util.TreeSet<>();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct()) {
                    correct.add(i);
                }
            }
            return correct;
        }
    }

    public record Option(String text, boolean correct, String feedback, SourceLocation location) {
    }
}

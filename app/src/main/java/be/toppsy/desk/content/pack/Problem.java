package be.toppsy.desk.content.pack;

import java.util.List;

/**
 * One problem found in a pack, with the file and line where it is. Errors stop a pack from being
 * activated; warnings (an unknown field, probably a typo) are shown but do not.
 */
public record Problem(SourceLocation location, Kind kind, List<String> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String file, int line, Kind kind, String... args) {
        return new Problem(new SourceLocation(file, line), kind, List.of(args));
    }

    public String file() {
        return location.file();
    }

    public int line() {
        return location.line();
    }

    public boolean isError() {
        return kind.error;
    }

    /** For logs and test output; screens use the message key with {@link #args()}. */
    @Override
    public String toString() {
        return location + " " + kind + " " + args;
    }

    /** What is wrong. Each kind has a message {@code content.problem.<camelCase>} taking {@link #args()}. */
    public enum Kind {
        /** {0} = the parser's description. */
        YAML_SYNTAX,
        /** {0} = the path. */
        FILE_MISSING,
        /** {0} = the field. */
        FIELD_MISSING,
        /** {0} = the field, {1} = what was written. */
        FIELD_INVALID,
        /** {0} = the field. */
        UNKNOWN_FIELD(false),
        /** {0} = the id. */
        INVALID_ID,
        /** {0} = the id, {1} = the longest allowed. */
        ID_TOO_LONG,
        /** {0} = the deepest nesting allowed. */
        TOO_DEEP,
        /** {0} = the id, {1} = where it was first used. */
        DUPLICATE_ID,
        /** {0} = what was written. */
        UNKNOWN_LEVEL,
        /** {0} = what was written. */
        INVALID_VERSION,
        FRONT_MATTER_MISSING,
        /** {0} = the link. */
        BROKEN_LINK,
        /** {0} = the link. */
        UNKNOWN_LINK_TYPE,
        /** {0} = the marker. */
        UNKNOWN_BLOCK,
        /** {0} = the image path. */
        IMAGE_MISSING,
        /** {0} = the image path. */
        IMAGE_NO_ALT,
        /** {0} = the image path. */
        IMAGE_NO_SOURCE,
        /** {0} = the question id. */
        QUIZ_TOO_FEW_OPTIONS,
        /** {0} = the question id. */
        QUIZ_NO_CORRECT,
        /** {0} = the question id. */
        QUIZ_SINGLE_SEVERAL_CORRECT,
        /** {0} = the question id, {1} = the option's number. */
        QUIZ_NO_FEEDBACK,
        /** {0} = the step id. */
        SCENARIO_UNKNOWN_STEP,
        /** {0} = the step id. */
        SCENARIO_UNREACHABLE,
        /** {0} = the step id. */
        SCENARIO_NO_ENDING,
        /** {0} = the step id. */
        SCENARIO_TOO_FEW_CHOICES,
        /** {0} = the field, {1} = the id it names. */
        UNKNOWN_REFERENCE,
        /** {0} = the minutes of the blocks added up, {1} = total_minutes. */
        TRAINER_GUIDE_MINUTES,
        // Answer patterns: a warning, since the app shuffles, but trainer mode shows the file's order.
        /** {0} = questions with the right option first, {1} = questions counted. */
        QUIZ_RIGHT_FIRST(false),
        /** {0} = questions with the right option among the first two, {1} = questions counted. */
        QUIZ_RIGHT_FIRST_TWO(false),
        /** {0} = questions whose right option is the longest, {1} = questions counted. */
        QUIZ_RIGHT_LONGEST(false),
        /** {0} = steps with the best choice first, {1} = steps counted. */
        SCENARIO_BEST_FIRST(false),
        /** {0} = steps with the best choice among the first two, {1} = steps counted. */
        SCENARIO_BEST_FIRST_TWO(false),
        /** {0} = steps whose best choice is the longest, {1} = steps counted. */
        SCENARIO_BEST_LONGEST(false);

        private final boolean error;

        Kind() {
            this(true);
        }

        Kind(boolean error) {
            this.error = error;
        }

        public String messageKey() {
            StringBuilder key = new StringBuilder("content.problem.");
            boolean upper = false;
            for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    key.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return key.toString();
        }
    }
}

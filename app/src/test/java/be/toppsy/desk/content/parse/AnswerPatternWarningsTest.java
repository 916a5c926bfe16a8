package be.toppsy.desk.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.content.pack.Problem;
import be.toppsy.desk.testing.ContentPacks;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Warnings when the right answers stand where a group could guess them: first, among the first
 * two, or the longest, in at least 70% (first two: 90%) of at least five questions or steps.
 */
class AnswerPatternWarningsTest {

    private static final String QUIZ = "modules/m1-voorbeeld/quiz.yaml";
    private static final String SCENARIO = "modules/m1-voorbeeld/scenarios/s1-balie.yaml";

    /** The sample pack with its quiz or scenario replaced. */
    private static PackParser.Result packWith(String path, String yaml) {
        Map<String, byte[]> files = new HashMap<>(((MemoryPackFiles) ContentPacks.read("sample-pack")).all());
        files.put(path, yaml.getBytes(StandardCharsets.UTF_8));
        return PackParser.load(new MemoryPackFiles("sample+" + path, files));
    }

    /**
     * A quiz of single-choice questions.
     *
     * @param right   the index of the right option of question i
     * @param longest whether the right option of question i is written longer than the others
     */
    private static String quiz(int questions, int options, IntFunction<Integer> right, IntFunction<Boolean> longest) {
        StringBuilder yaml = new StringBuilder("id: m1-quiz\nquestions:\n");
        for (int q = 0; q < questions; q++) {
            yaml.append("  - id: q").append(q + 1).append("\n    type: single\n    text: Vraag?\n    options:\n");
            for (int o = 0; o < options; o++) {
                boolean isRight = o == right.apply(q);
                String text = isRight && longest.apply(q) ? "Het juiste antwoord, uitgebreid" : "Antwoord " + (o + 1);
                yaml.append("      - text: ").append(text).append("\n        correct: ").append(isRight)
                        .append("\n        feedback: Uitleg.\n");
            }
        }
        return yaml.toString();
    }

    /** A scenario of decision steps in a row, one good choice each (at {@code best}), the rest poor. */
    private static String scenario(int steps, int choices, IntFunction<Integer> best, IntFunction<Boolean> longest) {
        StringBuilder yaml = new StringBuilder("id: m1-s1\ntitle: Casus\nsituation: Iets.\nstart: s1\nsteps:\n");
        for (int s = 0; s < steps; s++) {
            String next = s + 1 < steps ? "s" + (s + 2) : "einde";
            yaml.append("  - id: s").append(s + 1).append("\n    text: Wat doe je?\n    choices:\n");
            for (int c = 0; c < choices; c++) {
                boolean isBest = c == best.apply(s);
                String text = isBest && longest.apply(s) ? "De beste keuze, uitgebreid beschreven" : "Keuze " + (c + 1);
                yaml.append("      - text: ").append(text).append("\n        quality: ").append(isBest ? "good" : "poor")
                        .append("\n        feedback: Uitleg.\n        next: ").append(next).append('\n');
            }
        }
        yaml.append("  - id: einde\n    end: true\n    text: Klaar.\n");
        return yaml.toString();
    }

    private static List<Problem.Kind> kinds(PackParser.Result result) {
        return result.problems().stream().map(Problem::kind).toList();
    }

    @ParameterizedTest(name = "{0} questions of {1} options, right first in {2}: warned {3}")
    @CsvSource({
            "5, 3, 5, true",
            "5, 3, 4, true",   // 80%
            "10, 4, 7, true",  // exactly 70%
            "10, 4, 6, false",
            "4, 3, 4, false",  // too few questions to call it a pattern
            "6, 2, 6, false",  // two options: chance alone puts it first half the time
    })
    void theRightOptionFirstTooOftenIsAWarning(int questions, int options, int first, boolean warned) {
        PackParser.Result result = packWith(QUIZ, quiz(questions, options, q -> q < first ? 0 : options - 1,
                q -> false));
        assertThat(kinds(result).contains(Problem.Kind.QUIZ_RIGHT_FIRST)).isEqualTo(warned);
        assertThat(kinds(result)).doesNotContain(Problem.Kind.QUIZ_RIGHT_LONGEST);
        assertThat(result.valid()).isTrue();
        if (warned) {
            assertThat(result.problems()).filteredOn(p -> p.kind() == Problem.Kind.QUIZ_RIGHT_FIRST).singleElement()
                    .satisfies(p -> {
                        assertThat(p.isError()).isFalse();
                        assertThat(p.file()).isEqualTo(QUIZ);
                        assertThat(p.args()).containsExactly(String.valueOf(first), String.valueOf(questions));
                    });
        }
    }

    @Test
    void theRightOptionAmongTheFirstTwoIsAWarningOnlyWhenAlmostAlways() {
        // Second, first, second...: never 70% first, always among the first two.
        PackParser.Result always = packWith(QUIZ, quiz(6, 4, q -> q % 2 == 0 ? 1 : 0, q -> false));
        assertThat(kinds(always)).contains(Problem.Kind.QUIZ_RIGHT_FIRST_TWO).doesNotContain(Problem.Kind.QUIZ_RIGHT_FIRST);
        // Five of six (83%) is still within what chance gives with four options now and then.
        PackParser.Result mostly = packWith(QUIZ, quiz(6, 4, q -> q == 5 ? 3 : q % 2, q -> false));
        assertThat(kinds(mostly)).doesNotContain(Problem.Kind.QUIZ_RIGHT_FIRST_TWO);
        // Always first: one warning, not two saying the same.
        PackParser.Result first = packWith(QUIZ, quiz(6, 4, q -> 0, q -> false));
        assertThat(kinds(first)).contains(Problem.Kind.QUIZ_RIGHT_FIRST).doesNotContain(Problem.Kind.QUIZ_RIGHT_FIRST_TWO);
    }

    @Test
    void theRightOptionLongestTooOftenIsAWarningWhereverItStands() {
        PackParser.Result result = packWith(QUIZ, quiz(5, 3, q -> q % 3, q -> q != 2));
        assertThat(kinds(result)).contains(Problem.Kind.QUIZ_RIGHT_LONGEST).doesNotContain(Problem.Kind.QUIZ_RIGHT_FIRST);
        assertThat(result.problems()).filteredOn(p -> p.kind() == Problem.Kind.QUIZ_RIGHT_LONGEST).singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("4", "5"));
        // "Antwoord 1" and "Antwoord 2" are equally long: a tie is not "the longest".
        assertThat(kinds(packWith(QUIZ, quiz(5, 3, q -> q % 3, q -> false))))
                .doesNotContain(Problem.Kind.QUIZ_RIGHT_LONGEST);
    }

    @Test
    void aVariedQuizGivesNoWarning() {
        PackParser.Result result = packWith(QUIZ, quiz(8, 4, q -> (q * 3) % 4, q -> q % 4 == 0));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theBestScenarioChoiceFirstOrLongestIsAWarningOnTheModule() {
        PackParser.Result result = packWith(SCENARIO, scenario(5, 3, s -> 0, s -> true));
        assertThat(result.problems()).extracting(Problem::kind).containsExactlyInAnyOrder(
                Problem.Kind.SCENARIO_BEST_FIRST, Problem.Kind.SCENARIO_BEST_LONGEST);
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.file()).isEqualTo("modules/m1-voorbeeld/module.yaml");
        });
        assertThat(result.valid()).isTrue();

        assertThat(kinds(packWith(SCENARIO, scenario(5, 4, s -> s % 2 == 0 ? 1 : 0, s -> false))))
                .containsExactly(Problem.Kind.SCENARIO_BEST_FIRST_TWO);
        assertThat(packWith(SCENARIO, scenario(5, 3, s -> s % 3, s -> false)).problems()).isEmpty();
        assertThat(packWith(SCENARIO, scenario(4, 3, s -> 0, s -> true)).problems()).as("too few steps").isEmpty();
    }

    @Test
    void aStepWithTwoEquallyGoodChoicesIsNotCounted() {
        String yaml = scenario(5, 3, s -> 0, s -> false).replace("quality: poor", "quality: good");
        assertThat(packWith(SCENARIO, yaml).problems()).isEmpty();
    }
}

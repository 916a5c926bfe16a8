package be.toppsy.desk.learning.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.content.parse.PackParser;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.testing.ContentPacks;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A question is right only when the chosen options are exactly the correct ones. */
class QuizScorerTest {

    private static Quiz quiz;

    @BeforeAll
    static void load() {
        quiz = PackParser.load(ContentPacks.read("sample-pack")).pack().orElseThrow().module("m1").orElseThrow().quiz();
    }

    @Test
    void allRightIsAHundredPercent() {
        QuizScorer.Result r = QuizScorer.score(quiz, List.of(Set.of(0), Set.of(0, 1), Set.of(0)));
        assertThat(r.correct()).isEqualTo(3);
        assertThat(r.percent()).isEqualTo(100);
        assertThat(r.perQuestion()).containsExactly(true, true, true);
        assertThat(r.passes(70)).isTrue();
    }

    @Test
    void aMultipleChoiceQuestionNeedsEveryCorrectOptionAndNoWrongOne() {
        Quiz.Question multiple = quiz.questions().get(1);
        assertThat(QuizScorer.isRight(multiple, Set.of(0, 1))).isTrue();
        assertThat(QuizScorer.isRight(multiple, Set.of(0))).isFalse();
        assertThat(QuizScorer.isRight(multiple, Set.of(0, 1, 2))).isFalse();
        assertThat(QuizScorer.isRight(multiple, Set.of())).isFalse();
    }

    @Test
    void thePercentageIsRoundedDownAndMissingAnswersAreWrong() {
        QuizScorer.Result r = QuizScorer.score(quiz, List.of(Set.of(0), Set.of(0, 1)));
        assertThat(r.correct()).isEqualTo(2);
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.percent()).isEqualTo(66);
        assertThat(r.passes(70)).isFalse();
        assertThat(r.passes(66)).isTrue();
    }
}

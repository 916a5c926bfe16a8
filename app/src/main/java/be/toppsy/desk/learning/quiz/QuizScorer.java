package be.toppsy.desk.learning.quiz;

import be.toppsy.desk.content.pack.Quiz;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores a quiz: a question is right when the chosen options are exactly the correct ones; the
 * score is the share of right questions in whole percent (rounded down, so 2 of 3 is 66).
 */
public final class QuizScorer {

    public record Result(int correct, int total, int percent, List<Boolean> perQuestion) {

        public Result {
            perQuestion = List.copyOf(perQuestion);
        }

        public boolean passes(int passMark) {
            return total > 0 && correct * 100L >= (long) passMark * total;
        }
    }

    private QuizScorer() {
    }

    public static boolean isRight(Quiz.Question question, Set<Integer> chosen) {
        return chosen != null && chosen.equals(question.correctIndexes());
    }

    /**
     * @param answers the chosen option ids per question, in order; an option's id is its index in the
     *                file, whatever the order it was shown in. Missing answers count as wrong.
     */
    public static Result score(Quiz quiz, List<Set<Integer>> answers) {
        List<Boolean> right = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < quiz.questions().size(); i++) {
            boolean ok = i < answers.size() && isRight(quiz.questions().get(i), answers.get(i));
            right.add(ok);
            if (ok) {
                correct++;
            }
        }
        int total = quiz.questions().size();
        return new Result(correct, total, total == 0 ? 0 : correct * 100 / total, right);
    }
}

package be.toppsy.desk.learning.quiz;

import java.time.OffsetDateTime;

/** One finished attempt at a module's quiz. */
public record QuizAttempt(String moduleId, int correct, int total, int scorePercent, int secondsSpent,
        OffsetDateTime finishedAt) {

    /** Passed when the share of right answers reaches the pass mark (exactly, without rounding). */
    public boolean passes(int passMark) {
        return total > 0 && correct * 100L >= (long) passMark * total;
    }
}

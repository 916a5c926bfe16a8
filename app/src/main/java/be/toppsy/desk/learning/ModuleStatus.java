package be.toppsy.desk.learning;

import java.time.OffsetDateTime;

/**
 * How far a user is in a module. A module is completed when every lesson is completed and the
 * best quiz attempt reaches the module's pass mark (a module without a quiz needs only the lessons).
 *
 * @param bestScore   best quiz score in percent, or -1 when the quiz was never finished
 * @param completedAt when the last condition was met; null while not completed
 */
public record ModuleStatus(String moduleId, int lessonsCompleted, int lessonsStarted, int lessonsTotal,
        boolean hasQuiz, int bestScore, int attempts, boolean quizPassed, int scenariosDone, int scenariosTotal,
        int secondsSpent, boolean completed, OffsetDateTime completedAt) {

    public boolean started() {
        return lessonsStarted > 0 || attempts > 0 || scenariosDone > 0;
    }

    /** Share of the module done, 0..1: lessons, and the quiz counting as one more step. */
    public double fraction() {
        int steps = lessonsTotal + (hasQuiz ? 1 : 0);
        int done = lessonsCompleted + (hasQuiz && quizPassed ? 1 : 0);
        return steps == 0 ? 0 : (double) done / steps;
    }
}

package be.toppsy.desk.learning;

import be.toppsy.desk.learning.quiz.QuizAttempt;
import be.toppsy.desk.learning.quiz.ScenarioRun;
import java.util.List;
import java.util.Map;

/** Everything one user did in one pack: lessons, quiz attempts and scenario runs. */
public record UserProgress(long userId, Map<String, LessonProgress> lessons, List<QuizAttempt> attempts,
        List<ScenarioRun> runs) {

    public UserProgress {
        lessons = Map.copyOf(lessons);
        attempts = List.copyOf(attempts);
        runs = List.copyOf(runs);
    }

    public static UserProgress empty(long userId) {
        return new UserProgress(userId, Map.of(), List.of(), List.of());
    }

    public LessonState state(String lessonId) {
        LessonProgress p = lessons.get(lessonId);
        return p == null ? LessonState.NOT_STARTED : p.completed() ? LessonState.COMPLETED : LessonState.STARTED;
    }
}

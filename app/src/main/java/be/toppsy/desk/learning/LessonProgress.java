package be.toppsy.desk.learning;

import java.time.OffsetDateTime;

/** One user's progress on one lesson. */
public record LessonProgress(String lessonId, OffsetDateTime startedAt, OffsetDateTime lastOpenedAt,
        OffsetDateTime completedAt, int secondsSpent) {

    public boolean completed() {
        return completedAt != null;
    }
}

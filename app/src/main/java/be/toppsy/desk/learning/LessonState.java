package be.toppsy.desk.learning;

/** Where a user stands with a lesson. */
public enum LessonState {
    NOT_STARTED, STARTED, COMPLETED;

    public String messageKey() {
        return "learning.lesson.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

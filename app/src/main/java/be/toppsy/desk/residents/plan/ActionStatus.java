package be.toppsy.desk.residents.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** For other features: where an action stands (open, done with its result, or cancelled). */
public record ActionStatus(long id, long residentId, String residentCode, String title, ActionState state,
        LocalDate dueDate, boolean overdue, String result, OffsetDateTime closedAt) {
}

package be.toppsy.desk.residents.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An action of a resident's support plan. */
public record PlanAction(long id, long residentId, String residentCode, String title, Long ownerId, String ownerName,
        LocalDate dueDate, ActionState state, PreventionTier tier, String sourceNote, String result,
        OffsetDateTime createdAt, OffsetDateTime closedAt) {

    /** Open and its due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return state == ActionState.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}

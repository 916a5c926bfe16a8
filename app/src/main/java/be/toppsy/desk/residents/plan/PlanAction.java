package be.toppsy.desk.residents.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An action of a resident's support plan.
 *
 * @param origin     where it comes from when another feature added it (may be null)
 * @param sourceNote where it comes from, as text stored by older versions (shown as is; may be null)
 */
public record PlanAction(long id, long residentId, String residentCode, String title, Long ownerId, String ownerName,
        LocalDate dueDate, ActionState state, PreventionTier tier, ActionOrigin origin, String sourceNote,
        String result, OffsetDateTime createdAt, OffsetDateTime closedAt) {

    /** Open and its due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return state == ActionState.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}

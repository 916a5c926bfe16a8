package be.toppsy.desk.residents.plan;

import java.time.LocalDate;

/**
 * For other features: an action to add to a resident's support plan, e.g. from an intervision
 * session ({@code origin}). Owner, due date and origin are optional.
 */
public record ActionRequest(long residentId, String title, Long ownerId, LocalDate dueDate, PreventionTier tier,
        ActionOrigin origin) {
}

package be.toppsy.desk.residents.plan;

import java.time.LocalDate;

/**
 * For other features: an action to add to a resident's support plan, e.g. from an intervision
 * session ({@code sourceNote} "intervisie sessie 12"). Owner and due date are optional.
 */
public record ActionRequest(long residentId, String title, Long ownerId, LocalDate dueDate, PreventionTier tier,
        String sourceNote) {
}

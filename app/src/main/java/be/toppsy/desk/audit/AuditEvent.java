package be.toppsy.desk.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit trail: who did what to which record, and when. Details hold ids and
 * field names, never resident names or free text.
 */
public record AuditEvent(
        long id,
        OffsetDateTime occurredAt,
        Long actorId,
        String actorName,
        String action,
        String entityType,
        String entityId,
        String details) {
}

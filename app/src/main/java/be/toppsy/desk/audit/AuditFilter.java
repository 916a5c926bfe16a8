package be.toppsy.desk.audit;

import java.time.LocalDate;

/** What to show of the audit trail; null or blank fields do not filter. */
public record AuditFilter(LocalDate from, LocalDate to, String actorName, String action, String entityType,
        String entityId, int limit) {

    public static AuditFilter latest(int limit) {
        return new AuditFilter(null, null, null, null, null, null, limit);
    }

    public AuditFilter forEntity(String type, String id) {
        return new AuditFilter(from, to, actorName, action, type, id, limit);
    }
}

package be.toppsy.desk.audit;

import static be.toppsy.desk.storage.jooq.Tables.AUDIT_EVENT;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Queries of the audit trail. */
public final class AuditRepository {

    public void insert(DSLContext dsl, OffsetDateTime at, Long actorId, String actorName, String action,
            String entityType, String entityId, String details) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTOR_ID, actorId)
                .set(AUDIT_EVENT.ACTOR_NAME, actorName)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.DETAILS, details == null ? null : truncate(details, 2000))
                .execute();
    }

    public List<AuditEvent> find(DSLContext dsl, AuditFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        ZoneId zone = ZoneId.systemDefault();
        if (filter.from() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(filter.from().atStartOfDay(zone).toOffsetDateTime()));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        if (notBlank(filter.actorName())) {
            conditions.add(DSL.lower(AUDIT_EVENT.ACTOR_NAME).contains(filter.actorName().trim().toLowerCase()));
        }
        if (notBlank(filter.action())) {
            conditions.add(AUDIT_EVENT.ACTION.eq(filter.action()));
        }
        if (notBlank(filter.entityType())) {
            conditions.add(AUDIT_EVENT.ENTITY_TYPE.eq(filter.entityType()));
        }
        if (notBlank(filter.entityId())) {
            conditions.add(AUDIT_EVENT.ENTITY_ID.eq(filter.entityId().trim()));
        }
        return dsl.selectFrom(AUDIT_EVENT)
                .where(conditions)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(filter.limit() <= 0 ? 500 : filter.limit())
                .fetch(r -> new AuditEvent(r.getId(), r.getOccurredAt(), r.getActorId(), r.getActorName(),
                        r.getAction(), r.getEntityType(), r.getEntityId(), r.getDetails()));
    }

    public List<String> distinctActions(DSLContext dsl) {
        return dsl.selectDistinct(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ACTION)
                .fetch(AUDIT_EVENT.ACTION);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

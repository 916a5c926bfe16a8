package be.toppsy.desk.audit;

import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.Database;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Records who did what to which record, and lets an administrator read it back. Features call
 * {@link #record(DSLContext, String, String, String, String)} inside their own transaction so the
 * change and its audit line are stored together or not at all.
 */
public final class AuditService {

    private final Database database;
    private final AuditRepository repository;
    private final Session session;
    private final Clock clock;

    public AuditService(Database database, AuditRepository repository, Session session, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.session = session;
        this.clock = clock;
    }

    /** Records an action by the logged-in user inside the caller's transaction. */
    public void record(DSLContext tx, String action, String entityType, String entityId, String details) {
        CurrentUser user = session.user().orElse(null);
        repository.insert(tx, OffsetDateTime.now(clock), user == null ? null : user.id(),
                user == null ? null : user.username(), action, entityType, entityId, details);
    }

    /** Records an action by the logged-in user in a transaction of its own. */
    public void record(String action, String entityType, String entityId, String details) {
        database.transactionWithoutResult(tx -> record(tx, action, entityType, entityId, details));
    }

    /** Records an action for a named actor who need not be logged in (a login attempt, say). */
    public void recordFor(DSLContext tx, Long actorId, String actorName, String action, String entityType,
            String entityId, String details) {
        repository.insert(tx, OffsetDateTime.now(clock), actorId, actorName, action, entityType, entityId, details);
    }

    public List<AuditEvent> find(AuditFilter filter) {
        session.require(Permission.AUDIT_VIEW);
        return repository.find(database.dsl(), filter);
    }

    public List<String> actions() {
        session.require(Permission.AUDIT_VIEW);
        return repository.distinctActions(database.dsl());
    }
}

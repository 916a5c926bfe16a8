package be.toppsy.desk.intervision;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.intervision.board.CaseService;
import be.toppsy.desk.intervision.methods.MethodService;
import be.toppsy.desk.intervision.runner.RunService;
import be.toppsy.desk.intervision.sessions.SessionService;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.Settings;
import java.time.Clock;
import org.jooq.DSLContext;

/**
 * The intervision services, built together on the two ports: methods, the case board, session
 * planning and running a session. {@code App} builds one with {@link #create}.
 */
public record IntervisionServices(Database database, AuditService audit, IntervisionAccess access,
        MethodService methods, CaseService cases, SessionService sessions, RunService runs) {

    public static IntervisionServices create(Database database, AuditService audit, Session session,
            AccountService accounts, Settings settings, FollowUpLink followUp, ContentLink content, Clock clock) {
        IntervisionAccess access = new IntervisionAccess(session, accounts, followUp, clock);
        MethodService methods = new MethodService(database, audit, access, settings);
        CaseService cases = new CaseService(database, audit, access, content);
        SessionService sessions = new SessionService(database, audit, access, methods, cases);
        RunService runs = new RunService(database, audit, access, sessions, cases);
        return new IntervisionServices(database, audit, access, methods, cases, sessions, runs);
    }

    /**
     * Retention: a resident is being anonymised or deleted; their cases and action points keep their
     * text (which never names them) but lose the link. Runs inside the caller's transaction.
     */
    public int forgetResident(DSLContext tx, long residentId) {
        return cases.forgetResident(tx, residentId);
    }

    /** Loads the demo board at first run (administrator logged in), only when the board is empty. */
    public void loadDemo(IntervisionDemo demo) {
        CurrentUser admin = access.requireAdministrator();
        methods.ensureBuiltIns(admin);
        database.transactionWithoutResult(tx -> {
            if (!cases.boardEmpty(tx)) {
                return;
            }
            demo.load(tx, this, access.today(), access.now());
            audit.record(tx, "IV_DEMO_LOADED", SessionService.AUDIT_SESSION, null, null);
        });
    }
}

package be.toppsy.desk.residents;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.Settings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/** What every service of the follow-up tracker shares: storage, audit, the current user, the clock. */
final class ResidentsContext {

    final Database database;
    final AuditService audit;
    final Session session;
    final AccountService accounts;
    final Settings settings;
    final Clock clock;

    ResidentsContext(Database database, AuditService audit, Session session, AccountService accounts,
            Settings settings, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.session = session;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Administrators, and team leads, who set the review intervals from the residents list. */
    boolean canManageSettings() {
        return session.user().map(u -> u.has(Permission.SETTINGS_MANAGE) || u.hasRole(Role.TEAM_LEAD))
                .orElse(false);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** User id to display name: the active users in one query, others looked up when met. */
    LongFunction<String> names() {
        Map<Long, String> known = new HashMap<>();
        for (User u : accounts.activeUsers()) {
            known.put(u.id(), u.displayName());
        }
        return names(known);
    }

    /** As {@link #names()}, starting from names read before. */
    LongFunction<String> names(Map<Long, String> known) {
        Map<Long, String> cache = new HashMap<>(known);
        return id -> cache.computeIfAbsent(id, missing -> accounts.find(missing).map(User::displayName).orElse("?"));
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}

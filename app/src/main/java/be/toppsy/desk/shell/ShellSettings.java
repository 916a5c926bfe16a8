package be.toppsy.desk.shell;

import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.Settings;

/** Installation-wide settings of the main window, changed by an administrator. */
public final class ShellSettings {

    public static final String IDLE_LOCK_MINUTES = "shell.idleLockMinutes";
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    public static final int MIN_IDLE_LOCK_MINUTES = 1;
    public static final int MAX_IDLE_LOCK_MINUTES = 120;

    private final Database database;
    private final Settings settings;
    private final Session session;
    private final AuditService audit;

    public ShellSettings(Database database, Settings settings, Session session, AuditService audit) {
        this.database = database;
        this.settings = settings;
        this.session = session;
        this.audit = audit;
    }

    public int idleLockMinutes() {
        int minutes = settings.getInt(IDLE_LOCK_MINUTES, DEFAULT_IDLE_LOCK_MINUTES);
        return Math.max(MIN_IDLE_LOCK_MINUTES, Math.min(MAX_IDLE_LOCK_MINUTES, minutes));
    }

    public void setIdleLockMinutes(int minutes) {
        session.require(Permission.SETTINGS_MANAGE);
        if (minutes < MIN_IDLE_LOCK_MINUTES || minutes > MAX_IDLE_LOCK_MINUTES) {
            throw ValidationException.of("idleMinutes", "settings.error.idleRange", MIN_IDLE_LOCK_MINUTES,
                    MAX_IDLE_LOCK_MINUTES);
        }
        // The setting and its audit line together (Settings.put joins this transaction).
        database.transactionWithoutResult(tx -> {
            settings.put(IDLE_LOCK_MINUTES, String.valueOf(minutes));
            audit.record(tx, "SETTING_CHANGED", "setting", IDLE_LOCK_MINUTES, String.valueOf(minutes));
        });
    }
}

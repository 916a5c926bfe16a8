package be.toppsy.desk.backup;

import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.BackupStore;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.DataSafety;
import be.toppsy.desk.storage.Settings;
import java.nio.file.Path;
import java.util.List;

/**
 * Backups for administrators: the list, a backup on demand, a copy to another place, and a
 * restore (after the current state is backed up). Automatic backups (daily, before a migration,
 * before a restore) need no one; see {@link BackupStore}.
 */
public final class BackupService {

    public static final String AUDIT_ENTITY = "backup";

    private final Database database;
    private final DataSafety safety;
    private final Session session;
    private final AuditService audit;
    private final Settings settings;

    public BackupService(Database database, DataSafety safety, Session session, AuditService audit, Settings settings) {
        this.database = database;
        this.safety = safety;
        this.session = session;
        this.audit = audit;
        this.settings = settings;
    }

    /** False with a database server, which makes its own backups. */
    public boolean supported() {
        return safety.backups().isPresent();
    }

    /** True when the application encrypts the database file (and so its backups) itself. */
    public boolean encrypted() {
        return safety.encrypted();
    }

    public Path folder() {
        return store().directory();
    }

    public List<BackupStore.Backup> list() {
        session.require(Permission.BACKUP_MANAGE);
        return store().list();
    }

    public BackupStore.Backup create() {
        session.require(Permission.BACKUP_MANAGE);
        BackupStore.Backup backup = store().create(database, BackupStore.Kind.MANUAL);
        audit.record("BACKUP_CREATED", AUDIT_ENTITY, backup.fileName(), "manual");
        return backup;
    }

    /** Copies a backup to a folder or file elsewhere (a USB stick). */
    public Path copy(BackupStore.Backup backup, Path target) {
        session.require(Permission.BACKUP_MANAGE);
        Path copy = store().copyTo(backup, target);
        audit.record("BACKUP_COPIED", AUDIT_ENTITY, backup.fileName(), null);
        return copy;
    }

    /** Checks a file chosen to restore (a backup from another place) and describes it. */
    public BackupStore.Backup check(Path file) {
        session.require(Permission.BACKUP_MANAGE);
        return store().check(file);
    }

    /**
     * Restores a backup: the current state is backed up first, then the database closes, the backup
     * takes its place and everyone logs in again (with the passwords of the backup's time).
     */
    public void restore(BackupStore.Backup backup) {
        CurrentUser admin = session.require(Permission.BACKUP_MANAGE);
        store().check(backup.path());
        BackupStore.Backup before = store().create(database, BackupStore.Kind.BEFORE_RESTORE);
        audit.record("BACKUP_RESTORE_STARTED", AUDIT_ENTITY, backup.fileName(), "current state kept in "
                + before.fileName());
        safety.restore(database, backup, admin.username());
    }

    public int keep() {
        return Math.max(BackupStore.MIN_KEEP, Math.min(BackupStore.MAX_KEEP,
                settings.getInt(BackupStore.KEEP_SETTING, BackupStore.DEFAULT_KEEP)));
    }

    public void setKeep(int keep) {
        session.require(Permission.BACKUP_MANAGE);
        if (keep < BackupStore.MIN_KEEP || keep > BackupStore.MAX_KEEP) {
            throw ValidationException.of("keep", "backup.error.keepRange", BackupStore.MIN_KEEP, BackupStore.MAX_KEEP);
        }
        // The setting and its audit line are one change (the inner transactions join this one).
        database.transactionWithoutResult(tx -> {
            settings.put(BackupStore.KEEP_SETTING, String.valueOf(keep));
            audit.record(tx, "SETTING_CHANGED", "setting", BackupStore.KEEP_SETTING, String.valueOf(keep));
        });
        store().prune(keep);
    }

    /**
     * Makes a new recovery code (shown once); the previous code no longer opens the current key
     * file, though it still opens backups made before.
     */
    public String newRecoveryCode() {
        session.require(Permission.BACKUP_MANAGE);
        String code = safety.newRecoveryCode().orElseThrow(() -> new IllegalStateException("Not encrypted here"));
        audit.record("RECOVERY_CODE_RENEWED", "installation", null, null);
        return code;
    }

    private BackupStore store() {
        return safety.backups().orElseThrow(() -> new IllegalStateException("The database server makes the backups"));
    }
}

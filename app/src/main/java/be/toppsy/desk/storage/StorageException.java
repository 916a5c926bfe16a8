package be.toppsy.desk.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Optional;

/**
 * A storage problem the user can understand and act on. The reason selects the message shown;
 * the detail (a path, never resident data) is filled into it.
 */
public class StorageException extends RuntimeException {

    public enum Reason {
        /** Another copy of the application has the database open. */
        IN_USE("storage.error.inUse", false),
        FOLDER_NOT_WRITABLE("storage.error.folderNotWritable", false),
        DISK_FULL("storage.error.diskFull", false),
        DAMAGED("storage.error.damaged", true),
        NEWER_VERSION("storage.error.newerVersion", true),
        CANNOT_CONNECT("storage.error.cannotConnect", false),
        MIGRATION_FAILED("storage.error.migrationFailed", true),
        /** The key file is there but the database file is not: never start again with an empty one. */
        DATABASE_MISSING("storage.error.databaseMissing", true),
        /** The database file is encrypted but its key file is gone. */
        KEYS_MISSING("storage.error.keysMissing", true),
        /** The key file is there but damaged or half-written: its copies cannot be trusted. */
        KEYS_DAMAGED("storage.error.keysDamaged", true),
        /** The key file unlocks a key that does not open this database (a key file from another installation). */
        WRONG_KEY("storage.error.wrongKey", true),
        /** A file chosen to restore is not a TOPPSY Desk backup, or it is damaged. */
        BACKUP_UNREADABLE("storage.error.backupUnreadable", false),
        /** A backup made by a newer version of the application (its schema is ahead of this one). */
        BACKUP_NEWER_VERSION("storage.error.backupNewerVersion", false),
        /** The password or recovery code given does not open this backup's key file, or its key not its database. */
        BACKUP_LOCKED("storage.error.backupLocked", false),
        /** Making or copying a backup failed for another reason than a full disk. */
        BACKUP_FAILED("storage.error.backupFailed", false);

        private final String messageKey;
        private final boolean restoreHelps;

        Reason(String messageKey, boolean restoreHelps) {
            this.messageKey = messageKey;
            this.restoreHelps = restoreHelps;
        }

        public String messageKey() {
            return messageKey;
        }

        /** True when only the backup's key file needs to come back; the database stays as it is. */
        public boolean keysOnly() {
            return this == KEYS_MISSING || this == KEYS_DAMAGED;
        }

        /** True when restoring a backup is a sensible way out, so the screen offers it. */
        public boolean restoreHelps() {
            return restoreHelps;
        }
    }

    private final Reason reason;
    private final String detail;

    public StorageException(Reason reason, String detail, Throwable cause) {
        super(reason + (detail == null ? "" : ": " + detail), cause);
        this.reason = reason;
        this.detail = detail == null ? "" : detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    /** A file-system error as the user should hear it: full disk, no write access, or a general failure. */
    public static StorageException fromIo(IOException e, String where) {
        return fromIo(e, where, Reason.BACKUP_FAILED);
    }

    public static StorageException fromIo(IOException e, String where, Reason otherwise) {
        if (isDiskFull(e)) {
            return new StorageException(Reason.DISK_FULL, where, e);
        }
        if (e instanceof AccessDeniedException || isReadOnly(e)) {
            return new StorageException(Reason.FOLDER_NOT_WRITABLE, where, e);
        }
        return new StorageException(otherwise, where, e);
    }

    /** Finds a storage problem anywhere in an exception's causes (a disk full during a save, say). */
    public static Optional<StorageException> findIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StorageException storage) {
                return Optional.of(storage);
            }
            if (t instanceof java.sql.SQLException sql) {
                StorageException translated = Database.translate(sql, null);
                if (translated.reason() != Reason.CANNOT_CONNECT) {
                    return Optional.of(translated);
                }
            }
            if (t instanceof IOException io && (isDiskFull(io) || isReadOnly(io))) {
                return Optional.of(fromIo(io, ""));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk full") || message.contains("there is not enough space")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isReadOnly(IOException e) {
        if (e instanceof FileSystemException fs) {
            String reason = String.valueOf(fs.getReason()).toLowerCase(Locale.ROOT);
            return reason.contains("read-only") || reason.contains("read only");
        }
        return e.getCause() instanceof ReadOnlyFileSystemException;
    }
}

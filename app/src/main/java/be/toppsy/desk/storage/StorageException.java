package be.toppsy.desk.storage;

/**
 * A storage problem the user can understand and act on. The reason selects the message shown;
 * the detail (a path, never resident data) is filled into it.
 */
public class StorageException extends RuntimeException {

    public enum Reason {
        /** Another copy of the application has the database open. */
        IN_USE("storage.error.inUse"),
        FOLDER_NOT_WRITABLE("storage.error.folderNotWritable"),
        DISK_FULL("storage.error.diskFull"),
        DAMAGED("storage.error.damaged"),
        NEWER_VERSION("storage.error.newerVersion"),
        CANNOT_CONNECT("storage.error.cannotConnect"),
        MIGRATION_FAILED("storage.error.migrationFailed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
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
}

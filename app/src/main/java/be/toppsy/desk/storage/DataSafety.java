package be.toppsy.desk.storage;

import java.util.Optional;

/**
 * What the services need to know about how the data is protected: the copies of the database key
 * to keep in step with passwords, where backups go (none when a database server makes them), and
 * what the running application does to restore one (close the database, put the backup in place,
 * return to the login).
 */
public final class DataSafety {

    /** Puts a backup in place of the open database, which it closes. */
    @FunctionalInterface
    public interface Restorer {
        void restore(Database database, BackupStore.Backup backup, String byUsername);
    }

    private final KeyCopies keys;
    private final KeyVault vault;
    private final BackupStore backups;
    private final Restorer restorer;

    private DataSafety(KeyCopies keys, KeyVault vault, BackupStore backups, Restorer restorer) {
        this.keys = keys;
        this.vault = vault;
        this.backups = backups;
        this.restorer = restorer;
    }

    /** The embedded database encrypted with the vault's key, backed up into the data folder. */
    public static DataSafety encrypted(KeyVault vault, BackupStore backups, Restorer restorer) {
        return new DataSafety(vault, vault, backups, restorer);
    }

    /** An embedded database without encryption (tests, tools): backups still work, without key files. */
    public static DataSafety unencrypted(DataFolder folder, java.time.Clock clock) {
        BackupStore store = new BackupStore(folder, null, clock);
        return new DataSafety(KeyCopies.NONE, null, store, (database, backup, by) -> {
            database.close();
            store.restore(backup.path(), false, null);
        });
    }

    /** A database server (PostgreSQL): it protects the data at rest and makes the backups. */
    public static DataSafety serverManaged() {
        return new DataSafety(KeyCopies.NONE, null, null, (database, backup, by) -> {
            throw new UnsupportedOperationException("The database server restores its own backups");
        });
    }

    public KeyCopies keys() {
        return keys;
    }

    /** Empty when the database server makes the backups. */
    public Optional<BackupStore> backups() {
        return Optional.ofNullable(backups);
    }

    /** True when the application encrypts the database file itself. */
    public boolean encrypted() {
        return vault != null;
    }

    /** A new recovery code for the open key (the old one stops working for the current key file); empty without encryption. */
    public Optional<String> newRecoveryCode() {
        return vault == null ? Optional.empty() : Optional.of(vault.newRecoveryCode());
    }

    public void restore(Database database, BackupStore.Backup backup, String byUsername) {
        restorer.restore(database, backup, byUsername);
    }
}

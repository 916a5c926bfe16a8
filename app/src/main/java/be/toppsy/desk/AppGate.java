package be.toppsy.desk;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.accounts.LoginThrottle;
import be.toppsy.desk.accounts.PasswordHasher;
import be.toppsy.desk.accounts.PasswordsForEncryption;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.shell.Gate;
import be.toppsy.desk.storage.BackupCheck;
import be.toppsy.desk.storage.BackupCredential;
import be.toppsy.desk.storage.BackupStore;
import be.toppsy.desk.storage.DataFolder;
import be.toppsy.desk.storage.DataSafety;
import be.toppsy.desk.storage.DataState;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.DatabaseSettings;
import be.toppsy.desk.storage.FolderLock;
import be.toppsy.desk.storage.KeyVault;
import be.toppsy.desk.storage.PlainDatabaseConversion;
import be.toppsy.desk.storage.StorageException;
import be.toppsy.desk.ui.DialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's way into its data (see {@link Gate}): finds out what the data folder holds,
 * converts a database from before encryption, unlocks the database key with a login's password or
 * the recovery code, opens and migrates the database (with a backup first), wires the services on
 * it, and closes it again for a restore.
 *
 * <p>Login attempts while the database is closed cannot reach the audit trail yet: they are
 * throttled per name with counters in the key file (so restarting the application does not reset
 * them) and kept as encrypted notes that go into the audit trail when the database next opens.
 */
public final class AppGate implements Gate {

    private static final Logger LOG = LoggerFactory.getLogger(AppGate.class);
    private static final Duration DAILY = Duration.ofHours(24);
    private static final String RECOVERY_THROTTLE_NAME = "#recovery-code";

    private final DataFolder folder;
    private final Messages messages;
    private final TaskRunner tasks;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final DialogService dialogs;
    private final KeyVault.Strength strength;
    private final List<Consumer<Boolean>> restoredListeners = new CopyOnWriteArrayList<>();

    private KeyVault vault;
    private BackupStore store;
    /** What the last look at the data folder found; a login opens the database only after {@link Login}. */
    private Start state;
    private volatile Database database;
    private volatile App.Services services;
    private volatile Opened opened;

    public AppGate(DataFolder folder, Messages messages, TaskRunner tasks, PasswordHasher hasher, Clock clock,
            DialogService dialogs, KeyVault.Strength strength) {
        this.folder = folder;
        this.messages = messages;
        this.tasks = tasks;
        this.hasher = hasher;
        this.clock = clock;
        this.dialogs = dialogs;
        this.strength = strength;
    }

    @Override
    public synchronized Start inspect() {
        state = null;
        state = look();
        return state;
    }

    private Start look() {
        closeDatabase();
        folder.ensureWritable();
        // Held until exit (not released at logout): a second copy is refused before it reads or writes anything.
        FolderLock.acquire(folder);
        DatabaseSettings configured = DatabaseSettings.forDataFolder(folder);
        if (!configured.isEmbeddedH2()) {
            // A database server protects its data at rest and makes its own backups.
            vault = null;
            store = null;
            wire(Database.open(configured), DataSafety.serverManaged());
            return services.accounts().isFirstRun() ? new Setup(false) : new Login();
        }
        vault = KeyVault.in(folder, strength, clock);
        store = new BackupStore(folder, vault, clock);
        DataState state = DataState.inspect(folder);
        LOG.info("Data folder state: {}", state);
        return switch (state) {
            case EMPTY -> new Setup(!store.list().isEmpty());
            case UNFINISHED_SETUP -> {
                DataState.discardUnfinishedSetup(folder, clock);
                yield new Setup(!store.list().isEmpty());
            }
            case PLAIN -> {
                PlainDatabaseConversion.run(folder, vault, store, clock, PasswordsForEncryption::read);
                vault.lock();
                yield new Login();
            }
            case ENCRYPTED -> new Login();
            case DATABASE_MISSING -> new Problem(new StorageException(StorageException.Reason.DATABASE_MISSING,
                    DatabaseSettings.h2File(folder.path()).toString(), null));
            case KEYS_MISSING -> new Problem(new StorageException(StorageException.Reason.KEYS_MISSING,
                    vault.file().toString(), null));
            case KEYS_DAMAGED -> new Problem(new StorageException(StorageException.Reason.KEYS_DAMAGED,
                    vault.file().toString(), null));
            case UNREADABLE -> new Problem(new StorageException(StorageException.Reason.DAMAGED,
                    DatabaseSettings.h2File(folder.path()).toString(), null));
        };
    }

    @Override
    public boolean isOpen() {
        return opened != null;
    }

    @Override
    public Opened opened() {
        Opened current = opened;
        if (current == null) {
            throw new IllegalStateException("The database is not open");
        }
        return current;
    }

    /** The wired services while the database is open (tests, tools); null otherwise. */
    public App.Services services() {
        return services;
    }

    @Override
    public synchronized LoginResult login(String username, char[] password) {
        if (database != null) {
            return services.accounts().login(username, password);
        }
        requireLoginState();
        String name = normalise(username);
        KeyVault.Failures failures = vault.failures(name);
        long wait = LoginThrottle.secondsToWait(failures.count(), at(failures.last()), OffsetDateTime.now(clock));
        if (wait > 0) {
            note(accountNameOrNull(name), "LOGIN_THROTTLED", AccountService.AUDIT_ENTITY,
                    "before the database was opened");
            return new LoginResult.Throttled(wait);
        }
        if (!vault.unlock(name, password)) {
            vault.recordFailure(name);
            note(accountNameOrNull(name), "LOGIN_FAILED", AccountService.AUDIT_ENTITY,
                    "before the database was opened");
            return new LoginResult.Refused();
        }
        vault.clearFailures(name);
        openEncrypted(false);
        LoginResult result = services.accounts().login(name, password);
        if (!(result instanceof LoginResult.Success)) {
            // A copy that no longer matches the account (or an account switched off): nothing stays open.
            closeDatabase();
        }
        return result;
    }

    /**
     * Logs out and, for the encrypted file, closes the database: with nobody logged in the key is
     * not in memory, and the next login unlocks it again. (The lock screen keeps it open: the
     * session continues behind it.)
     */
    @Override
    public synchronized void logout() {
        if (services != null) {
            services.accounts().logout();
        }
        if (vault != null && database != null) {
            closeDatabase();
        }
    }

    @Override
    public synchronized User setup(String displayName, String username, char[] password, char[] repeat,
            Language language) {
        AccountService.validate(new AccountService.NewUser(displayName, username, password, repeat,
                EnumSet.of(Role.ADMIN), language));
        boolean created = false;
        try {
            if (database == null) {
                requireVault();
                vault.generate();
                vault.writeNew(true, List.of());
                created = true;
                openEncrypted(true);
            }
            User admin = services.accounts().createFirstAdministrator(displayName, username, password, repeat,
                    language);
            if (vault != null) {
                vault.markReady();
                state = new Login();
            }
            if (!(services.accounts().login(username, password) instanceof LoginResult.Success)) {
                throw new IllegalStateException("The new administrator could not log in");
            }
            return admin;
        } catch (RuntimeException e) {
            if (created) {
                closeDatabase();
                DataState.discardUnfinishedSetup(folder, clock);
            }
            throw e;
        }
    }

    @Override
    public synchronized User recover(String code, String username, char[] password, char[] repeat) {
        if (vault == null) {
            throw ValidationException.of("code", "recovery.error.notHere");
        }
        KeyVault.Failures failures = vault.failures(RECOVERY_THROTTLE_NAME);
        long wait = LoginThrottle.secondsToWait(failures.count(), at(failures.last()), OffsetDateTime.now(clock));
        if (wait > 0) {
            throw ValidationException.of("code", "login.error.throttled", wait);
        }
        boolean wasOpen = database != null;
        if (!wasOpen) {
            requireLoginState();
        }
        if (!vault.unlockWithRecoveryCode(code)) {
            vault.recordFailure(RECOVERY_THROTTLE_NAME);
            note(accountNameOrNull(normalise(username)), "RECOVERY_CODE_REFUSED", "installation", null);
            if (wasOpen) {
                recordNotes();
            }
            throw ValidationException.of("code", "recovery.error.code");
        }
        vault.clearFailures(RECOVERY_THROTTLE_NAME);
        if (!wasOpen) {
            openEncrypted(false);
        }
        try {
            return services.accounts().recoverAdministrator(username, password, repeat);
        } catch (RuntimeException e) {
            if (!wasOpen) {
                closeDatabase();
            }
            throw e;
        }
    }

    @Override
    public synchronized Optional<String> recoveryCodeToShow() {
        if (vault == null || services == null || !services.session().isLoggedIn()
                || !services.session().current().hasRole(Role.ADMIN) || vault.hasRecoveryCode()) {
            return Optional.empty();
        }
        String code = vault.newRecoveryCode();
        services.audit().record("RECOVERY_CODE_CREATED", "installation", null, null);
        return Optional.of(code);
    }

    @Override
    public synchronized List<BackupStore.Backup> backupsToRestore() {
        return store == null ? List.of() : store.list();
    }

    @Override
    public synchronized void restoreBeforeLogin(Path backupFile, StorageException.Reason because,
            BackupCredential credential) {
        if (database != null) {
            throw new IllegalStateException("The database is open");
        }
        requireVault();
        FolderLock.acquire(folder);
        if (because != null && because.keysOnly()) {
            store.restoreKeys(backupFile, credential);
        } else {
            store.restore(backupFile, true, credential);
        }
        note(null, "BACKUP_RESTORED", "backup", "before login" + (because == null ? "" : ", because " + because)
                + (because != null && because.keysOnly() ? ", key file only" : ""));
    }

    @Override
    public void whenRestored(Consumer<Boolean> listener) {
        restoredListeners.add(listener);
    }

    /** An administrator restores a backup from inside: the database closes, the backup takes its place. */
    private synchronized void restoreInside(Database open, BackupStore.Backup backup, String byUsername) {
        if (open != database) {
            throw new IllegalStateException("Not the open database");
        }
        // Verified with the key open now, before anything closes: a refused backup changes nothing.
        BackupCheck.Unpacked verified = store.verify(backup.path(), null);
        closeDatabase();
        boolean restored = false;
        try (verified) {
            store.restore(verified, false);
            restored = true;
            vault.addNote(new KeyVault.Note(clock.instant(), byUsername, "BACKUP_RESTORED", "backup",
                    backup.fileName(), null));
        } finally {
            boolean result = restored;
            restoredListeners.forEach(l -> l.accept(result));
        }
    }

    /** Makes the daily backup when the newest is older than a day. Runs on a timer; does nothing while closed. */
    public synchronized void maintenance() {
        if (database == null || store == null) {
            return;
        }
        try {
            Optional<BackupStore.Backup> newest = store.newest();
            if (newest.isEmpty() || newest.get().createdAt().plus(DAILY).isBefore(clock.instant())) {
                BackupStore.Backup made = store.create(database, BackupStore.Kind.DAILY);
                database.transactionWithoutResult(tx -> services.audit().recordFor(tx, null, null, "BACKUP_CREATED",
                        "backup", made.fileName(), "daily"));
            }
        } catch (RuntimeException e) {
            LOG.warn("The daily backup failed", e);
        }
    }

    /** At exit: closes the database and lets the data folder go. */
    @Override
    public synchronized void close() {
        closeDatabase();
        FolderLock.release(folder);
    }

    // ----- opening and closing -------------------------------------------------------------------

    /** Opens the encrypted database with the unlocked key; only at first-run setup may it be created. */
    private void openEncrypted(boolean create) {
        try {
            DatabaseSettings settings = DatabaseSettings.encryptedH2(folder, vault);
            Database.MigrationGuard backupFirst = db -> store.create(db, BackupStore.Kind.BEFORE_MIGRATION);
            Database open = create ? Database.open(settings, backupFirst)
                    : Database.openExisting(settings, backupFirst);
            wire(open, DataSafety.encrypted(vault, store, this::restoreInside));
            recordNotes();
        } catch (RuntimeException e) {
            closeDatabase();
            throw e;
        }
    }

    private void wire(Database open, DataSafety safety) {
        database = open;
        App.Services wired = App.wire(open, folder, messages, tasks, hasher, clock, dialogs, safety);
        services = wired;
        opened = new Opened(wired.accounts(), wired.session(), wired.shellSettings(), wired.features(),
                wired::loadDemoData, wired.navigator());
    }

    /** The notes written while the database was closed go into the audit trail now. */
    private void recordNotes() {
        if (vault == null || database == null) {
            return;
        }
        List<KeyVault.Note> notes = vault.takeNotes();
        if (notes.isEmpty()) {
            return;
        }
        database.transactionWithoutResult(tx -> {
            for (KeyVault.Note note : notes) {
                String details = (note.details() == null ? "" : note.details() + "; ") + "at " + note.at();
                services.audit().recordFor(tx, null, note.actorName(), note.action(), note.entityType(),
                        note.entityId(), details);
            }
        });
    }

    private void closeDatabase() {
        Database open = database;
        opened = null;
        services = null;
        database = null;
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the database failed", e);
            }
        }
        if (vault != null) {
            vault.lock();
        }
    }

    /** A typed name is kept only when it is an account's: people type their password into the name field. */
    private String accountNameOrNull(String typed) {
        return vault.usersWithCopies().contains(typed) ? typed : null;
    }

    private void note(String actor, String action, String entityType, String details) {
        vault.addNote(new KeyVault.Note(clock.instant(), actor == null ? null : truncate(actor), action, entityType,
                null, details));
    }

    /** Never opens (and so never creates) a database the last look did not find in order. */
    private void requireLoginState() {
        requireVault();
        if (state instanceof Problem problem) {
            throw problem.problem();
        }
        if (!(state instanceof Login)) {
            throw new IllegalStateException("No database to log in to: " + state);
        }
    }

    private void requireVault() {
        if (vault == null) {
            throw new IllegalStateException("Look at the data folder first (inspect)");
        }
    }

    private OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, clock.getZone());
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String name) {
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}

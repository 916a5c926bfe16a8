package be.toppsy.desk.shell;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.BackupCredential;
import be.toppsy.desk.storage.BackupStore;
import be.toppsy.desk.storage.StorageException;
import be.toppsy.desk.ui.DelegatingNavigator;
import be.toppsy.desk.ui.Feature;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The way into the data, as the shell sees it. The encrypted database cannot be opened before a
 * login (the login's password unlocks its key), so setup, login, recovery and restoring a backup
 * all come before the main window, through here. Implemented by the application ({@code AppGate});
 * every method but {@link #opened()} and {@link #isOpen()} may take a while and runs off the JavaFX thread.
 */
public interface Gate {

    /** Where the application stands after looking at the data folder. */
    sealed interface Start permits Setup, Login, Problem {
    }

    /** First run. {@code backupsFound}: the folder has backups but no database, which deserves a warning. */
    record Setup(boolean backupsFound) implements Start {
    }

    record Login() implements Start {
    }

    /** The data cannot be opened; {@link StorageException.Reason#restoreHelps()} says whether to offer a restore. */
    record Problem(StorageException problem) implements Start {
    }

    /** What the main window is built from once the database is open. */
    record Opened(AccountService accounts, Session session, ShellSettings settings, List<Feature> features,
            Runnable demoLoader, DelegatingNavigator navigator) {
    }

    /** Looks at the data folder (and converts a database from before encryption, with a backup first). */
    Start inspect();

    boolean isOpen();

    /** The open application; fails when the database is closed. */
    Opened opened();

    /** Logs in, opening the database first when it is closed. Throws {@link StorageException} when it cannot be opened. */
    LoginResult login(String username, char[] password);

    void logout();

    /** First run: creates the database key, the encrypted database and the first administrator, who is logged in. */
    User setup(String displayName, String username, char[] password, char[] repeat, Language language);

    /**
     * Opens the database with the recovery code and gives an administrator a new password; they are
     * logged in. Field errors: {@code code}, {@code username}, {@code password}, {@code repeat}.
     */
    User recover(String code, String username, char[] password, char[] repeat);

    /** For an administrator just logged in when no recovery code exists yet: a new one, to show once. */
    Optional<String> recoveryCodeToShow();

    /** The backups in the data folder, newest first, for a restore before login. */
    List<BackupStore.Backup> backupsToRestore();

    /**
     * Puts a backup in place before anyone logs in (the database is missing, damaged or too new, or
     * a new PC). With {@code KEYS_MISSING} or {@code KEYS_DAMAGED} only the backup's key file is put
     * back. The backup is verified in full first, its database opened with its own key file and
     * {@code credential}; a refused backup changes nothing.
     */
    void restoreBeforeLogin(Path backupFile, StorageException.Reason because, BackupCredential credential);

    /**
     * Called (on any thread) when an administrator restored a backup from inside and the database
     * closed: with true when the backup is in place, false when restoring failed and the old database
     * stays. Either way everyone logs in again.
     */
    void whenRestored(Consumer<Boolean> listener);

    /** Closes the database. */
    void close();
}

package be.toppsy.desk.testing;

import be.toppsy.desk.AppGate;
import be.toppsy.desk.App;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.accounts.PasswordHasher;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.shell.Gate;
import be.toppsy.desk.storage.DataFolder;
import be.toppsy.desk.storage.KeyVault;
import be.toppsy.desk.ui.DialogService;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The application's real way into its data ({@link AppGate}: encrypted database, key file,
 * backups) on a temp folder, with fast key derivation and tasks on the calling thread. Each call
 * to {@link #gate} is like a fresh start of the application on that folder.
 */
public final class TestGates {

    public static final String ADMIN = "admin";

    private TestGates() {
    }

    public static AppGate gate(Path folder, Clock clock) {
        return gate(folder, clock, new RecordingDialogs(), new Messages(Language.NL));
    }

    public static AppGate gate(Path folder, Clock clock, DialogService dialogs, Messages messages) {
        return new AppGate(new DataFolder(folder), messages, TaskRunner.direct(),
                new PasswordHasher(TestServices.FAST_ITERATIONS), clock, dialogs, KeyVault.Strength.FAST_FOR_TESTS);
    }

    /** First run on an empty folder: the administrator "admin" is created and logged in; returns the open gate. */
    public static AppGate firstRun(Path folder, Clock clock) {
        AppGate gate = gate(folder, clock);
        Gate.Start start = gate.inspect();
        if (!(start instanceof Gate.Setup)) {
            throw new IllegalStateException("Not a first run: " + start);
        }
        gate.setup("Anna Beheer", ADMIN, TestServices.ADMIN_PASSWORD.toCharArray(),
                TestServices.ADMIN_PASSWORD.toCharArray(), Language.NL);
        return gate;
    }

    /** A fresh start on a folder that has an encrypted database: inspect, then log in. */
    public static AppGate restartAndLogin(Path folder, Clock clock, String username, String password) {
        AppGate gate = gate(folder, clock);
        Gate.Start start = gate.inspect();
        if (!(start instanceof Gate.Login)) {
            throw new IllegalStateException("Expected the login, got " + start);
        }
        LoginResult result = gate.login(username, password.toCharArray());
        if (!(result instanceof LoginResult.Success)) {
            throw new IllegalStateException("Login refused: " + result);
        }
        return gate;
    }

    public static App.Services services(AppGate gate) {
        return gate.services();
    }
}

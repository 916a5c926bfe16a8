package be.toppsy.desk.shell;

import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.storage.StorageException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login screen, which is also the lock screen: when locked, the same user unlocks with their
 * password, or someone else logs in instead (shared PCs). The first login opens the database
 * (the password unlocks its key); when the database then cannot be opened, the problem screen takes over.
 */
public final class LoginViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);

    private final Gate gate;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<User> onLoggedIn;
    private final Consumer<StorageException> onProblem;
    private Runnable onRecovery = () -> { };

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lockedUser = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public LoginViewModel(Gate gate, TaskRunner tasks, Messages messages, Consumer<User> onLoggedIn,
            Consumer<StorageException> onProblem) {
        this.gate = gate;
        this.tasks = tasks;
        this.messages = messages;
        this.onLoggedIn = onLoggedIn;
        this.onProblem = onProblem;
    }

    /** What "lost every password? use the recovery code" opens. */
    public void onRecovery(Runnable action) {
        this.onRecovery = action;
    }

    public void useRecoveryCode() {
        onRecovery.run();
    }

    /** A line above the form, such as "the backup was restored". */
    public void showNotice(String text) {
        notice.set(text == null ? "" : text);
    }

    /** Shows the screen as a lock screen for this user: only the password is asked. */
    public void lockFor(String usernameOfLockedUser, String displayName) {
        username.set(usernameOfLockedUser);
        password.set("");
        message.set("");
        lockedUser.set(displayName);
    }

    public boolean isLocked() {
        return !lockedUser.get().isEmpty();
    }

    /** Leaves the lock screen for a normal login; the locked session ends. */
    public void switchUser() {
        if (isLocked()) {
            // Logging out writes the audit trail and may close the database: in the background, and
            // no login starts before it is done.
            busy.set(true);
            tasks.run(() -> {
                gate.logout();
                return Boolean.TRUE;
            }, done -> busy.set(false), error -> {
                busy.set(false);
                tasks.reportFailure(error);
            });
        }
        lockedUser.set("");
        username.set("");
        password.set("");
        message.set("");
    }

    public void login() {
        if (busy.get()) {
            return;
        }
        String name = username.get() == null ? "" : username.get().trim();
        char[] secret = password.get() == null ? new char[0] : password.get().toCharArray();
        if (name.isEmpty() || secret.length == 0) {
            message.set(messages.get("login.error.empty"));
            return;
        }
        busy.set(true);
        message.set("");
        tasks.run(() -> gate.login(name, secret), this::handle, error -> {
            busy.set(false);
            password.set("");
            StorageException problem = StorageException.findIn(error).orElse(null);
            if (problem != null) {
                LOG.warn("The database could not be opened: {}", problem.reason());
                onProblem.accept(problem);
                return;
            }
            LOG.error("Login failed unexpectedly", error);
            message.set(messages.get("login.error.unexpected"));
        });
    }

    private void handle(LoginResult result) {
        busy.set(false);
        password.set("");
        if (result instanceof LoginResult.Success success) {
            lockedUser.set("");
            message.set("");
            notice.set("");
            onLoggedIn.accept(success.user());
        } else if (result instanceof LoginResult.Throttled throttled) {
            message.set(messages.get("login.error.throttled", throttled.secondsToWait()));
        } else {
            message.set(messages.get("login.error.refused"));
        }
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lockedUserProperty() {
        return lockedUser.getReadOnlyProperty();
    }
}

package be.toppsy.desk.shell;

import be.toppsy.desk.accounts.ChangePasswordDialog;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.storage.StorageException;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.SearchProvider;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the one application window between its states: first-run setup, login (which opens the
 * encrypted database), the recovery code, the problem screen when the data cannot be opened, the
 * main window, and the lock screen. The main window survives a lock and unlock by the same user, so
 * nothing typed is lost; another user logging in gets a fresh one.
 */
public final class Shell {

    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);

    private final Stage stage;
    private final Scene scene;
    private final Messages messages;
    private final Gate gate;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final IdleLock idleLock;
    private MainWindow mainWindow;
    private Parent mainRoot;
    private long mainWindowUserId = -1;

    public Shell(Stage stage, Scene scene, Messages messages, Gate gate, TaskRunner tasks, DialogService dialogs) {
        this.stage = stage;
        this.scene = scene;
        this.messages = messages;
        this.gate = gate;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.idleLock = new IdleLock(ShellSettings.DEFAULT_IDLE_LOCK_MINUTES, this::lock);
        idleLock.watch(scene);
        stage.setTitle(messages.get("app.name"));
        gate.whenRestored(restored -> onFxThread(() -> {
            forgetMainWindow();
            showLogin(messages.get(restored ? "backup.restoredLogin" : "backup.restoreFailedLogin"));
        }));
    }

    /** Looks at the data folder in the background, then shows setup, the login or the problem. */
    public void begin() {
        idleLock.disarm();
        scene.getAccelerators().clear();
        forgetMainWindow();
        setRoot(startingView());
        tasks.run(gate::inspect, this::show, error -> showProblem(asStorageProblem(error)));
    }

    private void show(Gate.Start start) {
        if (start instanceof Gate.Setup setup) {
            showSetup(setup.backupsFound());
        } else if (start instanceof Gate.Problem problem) {
            showProblem(problem.problem());
        } else {
            showLogin(null);
        }
    }

    public void showSetup(boolean backupsFound) {
        SetupViewModel model = new SetupViewModel(gate, tasks, messages, dialogs, (user, demo) -> afterLogin(user,
                demo), this::begin, backupsFound);
        setRoot(new SetupView(model, messages).build());
    }

    public void showLogin(String notice) {
        idleLock.disarm();
        scene.getAccelerators().clear();
        LoginViewModel model = new LoginViewModel(gate, tasks, messages, user -> afterLogin(user, false),
                this::showProblem);
        model.onRecovery(this::showRecovery);
        model.showNotice(notice);
        setRoot(new LoginView(model, messages).build());
    }

    /** Every password lost: the recovery code and a new administrator password. */
    public void showRecovery() {
        RecoveryViewModel model = new RecoveryViewModel(gate, tasks, messages, user -> afterLogin(user, false),
                this::showProblem);
        setRoot(new RecoveryView(model, messages, () -> showLogin(null)).build());
    }

    /** The data cannot be opened: say why, offer a restore where it helps, never start empty. */
    public void showProblem(StorageException problem) {
        idleLock.disarm();
        scene.getAccelerators().clear();
        forgetMainWindow();
        ProblemViewModel model = new ProblemViewModel(gate, tasks, messages, dialogs, problem, this::begin);
        setRoot(new ProblemView(model, messages).build());
    }

    /** Hides everything behind the lock screen; the same user unlocks, or someone else logs in. */
    public void lock() {
        if (!gate.isOpen() || !gate.opened().session().isLoggedIn() || mainWindow == null) {
            return;
        }
        Gate.Opened opened = gate.opened();
        // The audit line is written in the background; the screen locks at once.
        tasks.run(() -> {
            opened.accounts().recordLock();
            return Boolean.TRUE;
        }, done -> { });
        idleLock.disarm();
        scene.getAccelerators().clear();
        String lockedUsername = opened.session().current().username();
        LoginViewModel model = new LoginViewModel(gate, tasks, messages, user -> {
            applyLanguage(user);
            if (user.id() == mainWindowUserId && user.username().equals(lockedUsername)) {
                restoreMain();
            } else {
                showMain(null);
            }
        }, this::showProblem);
        model.onRecovery(this::showRecovery);
        model.lockFor(lockedUsername, opened.session().current().displayName());
        setRoot(new LoginView(model, messages).build());
    }

    /** Logs out in the background (the database closes), then shows the login. */
    private void logout() {
        idleLock.disarm();
        scene.getAccelerators().clear();
        forgetMainWindow();
        setRoot(startingView());
        tasks.run(() -> {
            gate.logout();
            return Boolean.TRUE;
        }, done -> showLogin(null), error -> {
            showLogin(null);
            tasks.reportFailure(error);
        });
    }

    /** After a login, setup or recovery: the recovery code first when an administrator has none yet. */
    private void afterLogin(User user, boolean demo) {
        applyLanguage(user);
        Runnable next = () -> {
            showMain(null);
            if (demo) {
                dialogs.showInfo(messages.get("setup.demo.doneTitle"), messages.get("setup.demo.done"));
            }
        };
        tasks.run(gate::recoveryCodeToShow, code -> {
            if (code.isPresent()) {
                setRoot(new RecoveryCodeView(code.get(), messages, next).build());
            } else {
                next.run();
            }
        }, error -> {
            LOG.error("Could not make the recovery code", error);
            next.run();
        });
    }

    private void showMain(String openArea) {
        Gate.Opened opened = gate.opened();
        List<SearchProvider> providers = opened.features().stream().flatMap(f -> f.searchProviders().stream())
                .toList();
        MainViewModel model = new MainViewModel(opened.session(), opened.accounts(), messages, opened.features(),
                tasks);
        mainWindow = new MainWindow(model, new QuickSearchViewModel(providers, tasks), messages, new MainWindow.Actions() {
            @Override
            public void lock() {
                Shell.this.lock();
            }

            @Override
            public void logout() {
                Shell.this.logout();
            }

            @Override
            public void languageChanged(String openAreaId) {
                showMain(openAreaId);
            }

            @Override
            public void changePassword() {
                new ChangePasswordDialog(opened.accounts(), messages, tasks).show(stage, false);
            }
        });
        mainRoot = mainWindow.build();
        opened.navigator().setTarget(mainWindow);
        mainWindowUserId = opened.session().current().id();
        restoreMain();
        if (openArea != null) {
            mainWindow.open(openArea);
        } else {
            mainWindow.openFirst();
        }
        long userId = mainWindowUserId;
        tasks.run(() -> opened.accounts().find(userId).filter(User::mustChangePassword), mustChange ->
                mustChange.ifPresent(u -> Platform.runLater(() ->
                        new ChangePasswordDialog(opened.accounts(), messages, tasks).show(stage, true))));
    }

    private void restoreMain() {
        setRoot(mainRoot);
        scene.getAccelerators().clear();
        mainWindow.installShortcuts(scene);
        idleLock.arm();
        // The setting is read in the background; until then the lock counts with the last known time.
        tasks.run(this::idleLockMinutes, idleLock::setIdleMinutes);
    }

    private void forgetMainWindow() {
        if (gate.isOpen()) {
            gate.opened().navigator().setTarget(null);
        }
        mainWindow = null;
        mainRoot = null;
        mainWindowUserId = -1;
    }

    private int idleLockMinutes() {
        try {
            return gate.isOpen() ? gate.opened().settings().idleLockMinutes() : ShellSettings.DEFAULT_IDLE_LOCK_MINUTES;
        } catch (RuntimeException e) {
            return ShellSettings.DEFAULT_IDLE_LOCK_MINUTES;
        }
    }

    private void applyLanguage(User user) {
        Language language = Language.fromCode(user.language());
        if (language != messages.language()) {
            messages.setLanguage(language);
        }
        stage.setTitle(messages.get("app.name"));
    }

    private VBox startingView() {
        Label title = new Label(messages.get("app.name"));
        title.getStyleClass().add("brand-title");
        VBox box = new VBox(16, title, new ProgressIndicator(), new Label(messages.get("app.starting")));
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("login-root");
        return box;
    }

    private StorageException asStorageProblem(Throwable error) {
        return StorageException.findIn(error).orElseGet(() -> {
            LOG.error("Could not start", error);
            return new StorageException(StorageException.Reason.CANNOT_CONNECT, "", error);
        });
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
    }

    /** The open main window, for tests; null before login. */
    public MainWindow mainWindow() {
        return mainWindow;
    }
}

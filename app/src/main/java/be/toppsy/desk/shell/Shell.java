package be.toppsy.desk.shell;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.ChangePasswordDialog;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.ui.DelegatingNavigator;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Feature;
import be.toppsy.desk.ui.SearchProvider;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Moves the one application window between its states: first-run setup, login, the main window,
 * and the lock screen. The main window survives a lock and unlock by the same user, so nothing
 * typed is lost; another user logging in gets a fresh one.
 */
public final class Shell {

    private final Stage stage;
    private final Scene scene;
    private final Messages messages;
    private final AccountService accounts;
    private final Session session;
    private final TaskRunner tasks;
    private final ShellSettings settings;
    private final List<Feature> features;
    private final Runnable demoLoader;
    private final DialogService dialogs;
    private final DelegatingNavigator navigator;
    private final IdleLock idleLock;
    private MainWindow mainWindow;
    private Parent mainRoot;
    private long mainWindowUserId = -1;

    public Shell(Stage stage, Scene scene, Messages messages, AccountService accounts, Session session,
            TaskRunner tasks, ShellSettings settings, List<Feature> features, Runnable demoLoader,
            DialogService dialogs, DelegatingNavigator navigator) {
        this.stage = stage;
        this.scene = scene;
        this.messages = messages;
        this.accounts = accounts;
        this.session = session;
        this.tasks = tasks;
        this.settings = settings;
        this.features = features;
        this.demoLoader = demoLoader;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.idleLock = new IdleLock(settings::idleLockMinutes, this::lock);
        idleLock.watch(scene);
        stage.setTitle(messages.get("app.name"));
    }

    /** Shows setup on a fresh database, otherwise the login screen. */
    public void start(boolean firstRun) {
        if (firstRun) {
            showSetup();
        } else {
            showLogin();
        }
    }

    public void showSetup() {
        SetupViewModel model = new SetupViewModel(accounts, tasks, messages, demoLoader, (user, demo) -> {
            applyLanguage(user);
            showMain(null);
            if (demo) {
                dialogs.showInfo(messages.get("setup.demo.doneTitle"), messages.get("setup.demo.done"));
            }
        });
        setRoot(new SetupView(model, messages).build());
    }

    public void showLogin() {
        idleLock.disarm();
        scene.getAccelerators().clear();
        LoginViewModel model = new LoginViewModel(accounts, tasks, messages, user -> {
            applyLanguage(user);
            showMain(null);
        });
        setRoot(new LoginView(model, messages).build());
    }

    /** Hides everything behind the lock screen; the same user unlocks, or someone else logs in. */
    public void lock() {
        if (!session.isLoggedIn() || mainWindow == null) {
            return;
        }
        accounts.recordLock();
        idleLock.disarm();
        scene.getAccelerators().clear();
        String lockedUsername = session.current().username();
        LoginViewModel model = new LoginViewModel(accounts, tasks, messages, user -> {
            applyLanguage(user);
            if (user.id() == mainWindowUserId && user.username().equals(lockedUsername)) {
                restoreMain();
            } else {
                showMain(null);
            }
        });
        model.lockFor(lockedUsername, session.current().displayName());
        setRoot(new LoginView(model, messages).build());
    }

    private void logout() {
        accounts.logout();
        navigator.setTarget(null);
        mainWindow = null;
        mainRoot = null;
        mainWindowUserId = -1;
        showLogin();
    }

    private void showMain(String openArea) {
        List<SearchProvider> providers = features.stream().flatMap(f -> f.searchProviders().stream()).toList();
        MainViewModel model = new MainViewModel(session, accounts, messages, features);
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
                new ChangePasswordDialog(accounts, messages).show(stage, false);
            }
        });
        mainRoot = mainWindow.build();
        navigator.setTarget(mainWindow);
        mainWindowUserId = session.current().id();
        restoreMain();
        if (openArea != null) {
            mainWindow.open(openArea);
        } else {
            mainWindow.openFirst();
        }
        accounts.find(mainWindowUserId).filter(User::mustChangePassword).ifPresent(u ->
                Platform.runLater(() -> new ChangePasswordDialog(accounts, messages).show(stage, true)));
    }

    private void restoreMain() {
        setRoot(mainRoot);
        scene.getAccelerators().clear();
        mainWindow.installShortcuts(scene);
        idleLock.arm();
    }

    private void applyLanguage(User user) {
        Language language = Language.fromCode(user.language());
        if (language != messages.language()) {
            messages.setLanguage(language);
        }
        stage.setTitle(messages.get("app.name"));
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
    }

    /** The open main window, for tests; null before login. */
    public MainWindow mainWindow() {
        return mainWindow;
    }
}

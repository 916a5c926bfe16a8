package be.toppsy.desk;

import atlantafx.base.theme.PrimerLight;
import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.AccountsFeature;
import be.toppsy.desk.accounts.PasswordHasher;
import be.toppsy.desk.accounts.UserRepository;
import be.toppsy.desk.audit.AuditFeature;
import be.toppsy.desk.audit.AuditRepository;
import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.ContentFeature;
import be.toppsy.desk.content.ContentLinks;
import be.toppsy.desk.content.ContentRepository;
import be.toppsy.desk.content.ContentSearch;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.ContentUi;
import be.toppsy.desk.content.CrisisContacts;
import be.toppsy.desk.content.DefaultCrisisContacts;
import be.toppsy.desk.content.NavigatorRelay;
import be.toppsy.desk.guide.BookmarkRepository;
import be.toppsy.desk.guide.GuideFeature;
import be.toppsy.desk.guide.GuideService;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.learning.LearningFeature;
import be.toppsy.desk.learning.ProgressRepository;
import be.toppsy.desk.learning.ProgressService;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.shell.ErrorHandler;
import be.toppsy.desk.shell.Shell;
import be.toppsy.desk.shell.ShellFeature;
import be.toppsy.desk.shell.ShellSettings;
import be.toppsy.desk.storage.DataFolder;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.DatabaseSettings;
import be.toppsy.desk.storage.Settings;
import be.toppsy.desk.storage.SettingsRepository;
import be.toppsy.desk.storage.StorageException;
import be.toppsy.desk.ui.DemoData;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Feature;
import be.toppsy.desk.ui.FxDialogService;
import be.toppsy.desk.ui.FxTaskRunner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point: shows a window at once, opens the database in the background, wires the services
 * and features (the only place that does), and hands the window to the {@link Shell}.
 */
public final class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static String[] launchArgs = new String[0];
    private static final long START = System.nanoTime();

    private Database database;
    private FxTaskRunner tasks;

    static void launchWith(String[] args) {
        launchArgs = args.clone();
        Application.launch(App.class, args);
    }

    /** Everything the features are built from. */
    public record Services(Database database, Session session, Messages messages, AuditService audit,
            AccountService accounts, Settings settings, ShellSettings shellSettings, TaskRunner tasks,
            DataFolder dataFolder, Clock clock, List<Feature> features, AccountsFeature accountsFeature,
            NavigatorRelay navigator, ContentService content) {

        /** Loads the training demo data: the demo team, then every feature's own part. */
        public void loadDemoData() {
            DemoData demo = accountsFeature.createDemoStaff();
            for (Feature feature : features) {
                feature.loadDemoData(demo);
            }
        }
    }

    /** Builds every service and feature on an open database. Used by the application and by UI tests. */
    public static Services wire(Database database, DataFolder dataFolder, Messages messages, TaskRunner tasks,
            PasswordHasher hasher, Clock clock, DialogService dialogs) {
        Session session = new Session();
        AuditService audit = new AuditService(database, new AuditRepository(), session, clock);
        AccountService accounts = new AccountService(database, new UserRepository(), hasher, audit, session, clock);
        Settings settings = new Settings(database, new SettingsRepository());
        ShellSettings shellSettings = new ShellSettings(settings, session, audit);
        List<Feature> features = new ArrayList<>();
        AccountsFeature accountsFeature = new AccountsFeature(accounts, tasks, messages);
        ShellFeature shell = new ShellFeature(messages, session, shellSettings, dataFolder.path().toString(),
                () -> features);
        // Navigation order within each section follows this list.
        features.add(shell);
        features.add(accountsFeature);
        features.add(new AuditFeature(audit, tasks, messages));
        // Guide and e-learning, on the content pack. Links between them go through the main window.
        NavigatorRelay navigator = new NavigatorRelay();
        ContentService content = new ContentService(database, new ContentRepository(), session, audit, clock);
        ContentSearch contentSearch = new ContentSearch(content);
        // The social map will keep the centre's editable crisis contacts; until then the Belgian numbers.
        CrisisContacts crisisContacts = new DefaultCrisisContacts(messages);
        ContentUi contentUi = new ContentUi(content, contentSearch, messages, crisisContacts,
                new ContentLinks(navigator, dialogs, messages), dialogs);
        ProgressService progress = new ProgressService(database, new ProgressRepository(), content, accounts, audit,
                session, clock, messages);
        features.add(new GuideFeature(content, contentSearch, new GuideService(database, new BookmarkRepository(),
                content, session, clock), contentUi, session, tasks, messages));
        features.add(new LearningFeature(progress, content, contentUi, session, tasks, clock, navigator, dialogs,
                messages));
        features.add(new ContentFeature(content, contentUi, tasks, dialogs, messages));
        features.add(shell.settings());
        return new Services(database, session, messages, audit, accounts, settings, shellSettings, tasks, dataFolder,
                clock, List.copyOf(features), accountsFeature, navigator, content);
    }

    @Override
    public void start(Stage stage) {
        Messages messages = new Messages(defaultLanguage());
        ErrorHandler errors = ErrorHandler.install(messages);
        tasks = new FxTaskRunner();
        DialogService dialogs = new FxDialogService(() -> stage, messages);
        errors.useDialogs(dialogs);

        Scene scene = new Scene(startingView(messages), 1280, 820);
        applyTheme(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.show();
        LOG.info("Window shown in {} ms", (System.nanoTime() - START) / 1_000_000);

        DataFolder dataFolder = DataFolder.resolveForThisMachine(launchArgs);
        tasks.run(() -> {
            dataFolder.ensureWritable();
            Database opened = Database.open(DatabaseSettings.forDataFolder(dataFolder));
            Services services = wire(opened, dataFolder, messages, tasks, new PasswordHasher(), Clock.systemDefaultZone(),
                    dialogs);
            return new Object[] {services, services.accounts().isFirstRun()};
        }, result -> {
            Services services = (Services) result[0];
            database = services.database();
            Shell shell = new Shell(stage, scene, messages, services.accounts(), services.session(), tasks,
                    services.shellSettings(), services.features(), services::loadDemoData, dialogs);
            services.navigator().connect(shell::mainWindow);
            shell.start((Boolean) result[1]);
            LOG.info("Started in {} ms", (System.nanoTime() - START) / 1_000_000);
        }, error -> failToStart(messages, error));
    }

    /** The theme and the application's own stylesheet. */
    public static void applyTheme(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(App.class.getResource("/be/toppsy/desk/shell/app.css").toExternalForm());
    }

    private static VBox startingView(Messages messages) {
        Label title = new Label(messages.get("app.name"));
        title.getStyleClass().add("brand-title");
        VBox box = new VBox(16, title, new ProgressIndicator(), new Label(messages.get("app.starting")));
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("login-root");
        return box;
    }

    private void failToStart(Messages messages, Throwable error) {
        String text;
        if (error instanceof StorageException storage) {
            LOG.error("Storage problem at start: {}", storage.reason(), storage);
            text = messages.get(storage.reason().messageKey(), storage.detail());
        } else {
            LOG.error("Could not start", error);
            text = messages.get("app.startFailed");
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("app.cannotStart"));
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
        Platform.exit();
    }

    static Language defaultLanguage() {
        String language = Locale.getDefault().getLanguage();
        // Dutch first; French on a French-speaking PC. English only when a user chooses it.
        return "fr".equals(language) ? Language.FR : Language.NL;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        LOG.info("Stopped");
    }
}

package be.toppsy.desk;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.AccountsFeature;
import be.toppsy.desk.accounts.PasswordHasher;
import be.toppsy.desk.accounts.UserRepository;
import be.toppsy.desk.audit.AuditFeature;
import be.toppsy.desk.audit.AuditRepository;
import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.backup.BackupFeature;
import be.toppsy.desk.backup.BackupService;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.ContentCatalog;
import be.toppsy.desk.content.ContentFeature;
import be.toppsy.desk.content.render.ContentLinks;
import be.toppsy.desk.content.ContentRepository;
import be.toppsy.desk.content.ContentSearch;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.ContentUi;
import be.toppsy.desk.content.render.CrisisContacts;
import be.toppsy.desk.content.render.DefaultCrisisContacts;
import be.toppsy.desk.content.render.CrisisContact;
import be.toppsy.desk.guide.BookmarkRepository;
import be.toppsy.desk.guide.GuideFeature;
import be.toppsy.desk.guide.GuideService;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.intervision.IntervisionExports;
import be.toppsy.desk.intervision.IntervisionFeature;
import be.toppsy.desk.intervision.IntervisionServices;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.pdf.DocumentEngine;
import be.toppsy.desk.reports.ExportService;
import be.toppsy.desk.reports.pdf.FontLibrary;
import be.toppsy.desk.reports.ReportsFeature;
import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.exports.ResidentExportDialogs;
import be.toppsy.desk.residents.exports.ResidentExports;
import be.toppsy.desk.residents.ResidentsFeature;
import be.toppsy.desk.residents.retention.RetentionFeature;
import be.toppsy.desk.residents.retention.RetentionRepository;
import be.toppsy.desk.residents.retention.RetentionService;
import be.toppsy.desk.learning.team.LearningExports;
import be.toppsy.desk.learning.LearningFeature;
import be.toppsy.desk.learning.ProgressRepository;
import be.toppsy.desk.learning.ProgressService;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.shell.ErrorHandler;
import be.toppsy.desk.shell.FailureNotice;
import be.toppsy.desk.shell.Shell;
import be.toppsy.desk.shell.ShellFeature;
import be.toppsy.desk.shell.ShellSettings;
import be.toppsy.desk.socialmap.SocialMapFeature;
import be.toppsy.desk.socialmap.SocialMapRepository;
import be.toppsy.desk.socialmap.SocialMapService;
import be.toppsy.desk.storage.DataFolder;
import be.toppsy.desk.storage.DataSafety;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.KeyVault;
import be.toppsy.desk.storage.FolderLock;
import be.toppsy.desk.storage.LogFile;
import be.toppsy.desk.storage.StorageException;
import be.toppsy.desk.storage.Settings;
import be.toppsy.desk.storage.SettingsRepository;
import be.toppsy.desk.ui.DelegatingNavigator;
import be.toppsy.desk.ui.DemoData;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Feature;
import be.toppsy.desk.ui.FxDialogService;
import be.toppsy.desk.ui.FxTaskRunner;
import be.toppsy.desk.ui.Navigator;
import be.toppsy.desk.ui.Theme;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point: shows a window at once and hands it to the {@link Shell}, which asks the
 * {@link AppGate} for the data (the encrypted database opens at the first login); wires the
 * services and features on the open database (the only place that does).
 */
public final class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static String[] launchArgs = new String[0];
    private static final long START = System.nanoTime();

    private AppGate gate;
    private FxTaskRunner tasks;
    private ScheduledExecutorService maintenance;

    static void launchWith(String[] args) {
        launchArgs = args.clone();
        Application.launch(App.class, args);
    }

    /** Everything the features are built from. */
    public record Services(Database database, Session session, Messages messages, AuditService audit,
            AccountService accounts, Settings settings, ShellSettings shellSettings, TaskRunner tasks,
            DataFolder dataFolder, Clock clock, DelegatingNavigator navigator, List<Feature> features,
            AccountsFeature accountsFeature, ContentService content) {

        /** Loads the training demo data: the demo team, then every feature's own part. */
        public void loadDemoData() {
            DemoData demo = accountsFeature.createDemoStaff();
            for (Feature feature : features) {
                feature.loadDemoData(demo);
            }
        }
    }

    /** Builds every service and feature on an open, unencrypted database (tests and tools). */
    public static Services wire(Database database, DataFolder dataFolder, Messages messages, TaskRunner tasks,
            PasswordHasher hasher, Clock clock, DialogService dialogs) {
        return wire(database, dataFolder, messages, tasks, hasher, clock, dialogs,
                DataSafety.unencrypted(dataFolder, clock));
    }

    /** Builds every service and feature on an open database. Used by the application and by UI tests. */
    public static Services wire(Database database, DataFolder dataFolder, Messages messages, TaskRunner tasks,
            PasswordHasher hasher, Clock clock, DialogService dialogs, DataSafety safety) {
        Session session = new Session();
        AuditService audit = new AuditService(database, new AuditRepository(), session, clock);
        AccountService accounts = new AccountService(database, new UserRepository(), hasher, audit, session, clock,
                safety.keys());
        Settings settings = new Settings(database, new SettingsRepository());
        BackupService backups = new BackupService(database, safety, session, audit, settings);
        DelegatingNavigator navigator = new DelegatingNavigator();
        ShellSettings shellSettings = new ShellSettings(database, settings, session, audit);
        List<Feature> features = new ArrayList<>();

        // Follow-up tracker and social map.
        SocialMapService socialMap = new SocialMapService(database, new SocialMapRepository(), audit, session, clock);
        ResidentService residents = new ResidentService(database, audit, session, accounts,
                socialMap, settings, clock);
        ResidentsFeature residentsFeature = new ResidentsFeature(residents, tasks, messages, dialogs, navigator,
                session);
        // Guide and e-learning, on the content pack.
        ContentService content = new ContentService(database, new ContentRepository(), session, audit, clock);
        ContentSearch contentSearch = new ContentSearch(content);
        // Crisis blocks show the centre's crisis contacts from the social map; the Belgian numbers if it has none.
        CrisisContacts defaultContacts = new DefaultCrisisContacts(messages);
        CrisisContacts crisisContacts = new CrisisContacts() {
            @Override
            public List<CrisisContact> list() {
                List<CrisisContact> fromMap = socialMap.crisisContacts().stream()
                        .filter(s -> s.phone() != null && !s.phone().isBlank())
                        .map(s -> new CrisisContact(s.phone(), s.name(), s.notes() == null ? "" : s.notes()))
                        .toList();
                return fromMap.isEmpty() ? defaultContacts.list() : fromMap;
            }

            @Override
            public void whenRead(java.util.function.Consumer<List<CrisisContact>> use) {
                // Safety text must never stay empty: if the social map cannot be read, the Belgian numbers.
                tasks.run(this::list, use, failure -> {
                    LOG.warn("Crisis contacts could not be read; showing the Belgian numbers", failure);
                    use.accept(defaultContacts.list());
                });
            }
        };
        ContentUi contentUi = new ContentUi(content, contentSearch, messages, crisisContacts,
                new ContentLinks(navigator, dialogs, messages), dialogs);
        ProgressService progress = new ProgressService(database, new ProgressRepository(), content, accounts, audit,
                session, clock, messages);

        // Intervision, linked to the tracker (action points become plan actions) and to the guide.
        IntervisionServices intervision = IntervisionServices.create(database, audit, session,
                accounts, settings, FeatureLinks.followUp(residents),
                FeatureLinks.content(new ContentCatalog(content, navigator)), clock);
        IntervisionFeature intervisionFeature = new IntervisionFeature(intervision, tasks, messages, dialogs, clock);
        intervisionFeature.connectNavigator(() -> navigator);

        // Documents: no screen of its own; features export through reports.exports() and reports.preview(...).
        ReportsFeature reports = new ReportsFeature(new ExportService(new DocumentEngine(new FontLibrary()), session, audit,
                messages, tasks, clock), messages, dialogs, tasks);
        // The documents' buttons: the meeting pack and resident summary (residents), the session report (intervision).
        IntervisionExports intervisionExports = new IntervisionExports(intervision);
        LearningExports learningExports = new LearningExports(progress, content, clock.getZone());
        ResidentExports residentExports = new ResidentExports(residents, messages,
                intervisionExports::nextSessionCases, learningExports::trainingLines);
        residentsFeature.connectExports(new ResidentExportDialogs(residents, residentExports, reports, tasks, messages,
                dialogs));
        intervisionFeature.connectReport(intervisionExports.previewAction(reports, tasks, dialogs, messages));

        AccountsFeature accountsFeature = new AccountsFeature(accounts, tasks, messages);
        ShellFeature shell = new ShellFeature(messages, session, shellSettings, dataFolder.path().toString(),
                () -> features, tasks);
        // Navigation order within each section follows this list.
        // "Today" comes first for staff with residents in their care (RESIDENT_VIEW); others start on "start".
        features.add(residentsFeature.today());
        features.add(shell);
        features.add(residentsFeature);
        features.add(intervisionFeature);
        features.add(new SocialMapFeature(socialMap, tasks, messages, dialogs));
        features.add(new GuideFeature(content, contentSearch, new GuideService(database, new BookmarkRepository(),
                content, session, clock), contentUi, session, tasks, messages, reports));
        features.add(new LearningFeature(progress, content, contentUi, session, tasks, clock, navigator, dialogs,
                messages, reports));
        features.add(accountsFeature);
        features.add(new BackupFeature(backups, tasks, messages, dialogs, clock));
        features.add(new AuditFeature(audit, tasks, messages));
        // Retention: residents who left long ago, anonymised or deleted by an administrator; intervision drops the link.
        features.add(new RetentionFeature(new RetentionService(database, new RetentionRepository(), audit, session,
                settings, clock, intervision::forgetResident), tasks, messages, dialogs));
        features.add(new ContentFeature(content, contentUi, tasks, dialogs, messages));
        features.add(reports);
        features.add(shell.settings());
        return new Services(database, session, messages, audit, accounts, settings, shellSettings, tasks, dataFolder,
                clock, navigator, List.copyOf(features), accountsFeature, content);
    }

    @Override
    public void start(Stage stage) {
        DataFolder dataFolder = DataFolder.resolveForThisMachine(launchArgs);
        // The data folder is this process's from here to exit; a second copy writes nothing, not even its log.
        boolean ours = takeDataFolder(dataFolder);
        if (ours) {
            // From here on the log also goes to a rolling file in the data folder (a week, 20 MB at most).
            LogFile.attach(dataFolder.path());
        }
        Messages messages = new Messages(defaultLanguage());
        ErrorHandler errors = ErrorHandler.install(messages);
        tasks = new FxTaskRunner();
        DialogService dialogs = new FxDialogService(() -> stage, messages);
        errors.useDialogs(dialogs);
        // Background work that fails on the default path: logged at WARN, and a message in the user's language.
        tasks.setUserNotice(new FailureNotice(messages, dialogs));

        Scene scene = new Scene(new StackPane(), 1280, 820);
        applyTheme(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        stage.setMinWidth(960);
        stage.setMinHeight(640);

        gate = new AppGate(dataFolder, messages, tasks, new PasswordHasher(), Clock.systemDefaultZone(), dialogs,
                KeyVault.Strength.DEFAULT);
        Shell shell = new Shell(stage, scene, messages, gate, tasks, dialogs);
        shell.begin();
        stage.show();
        LOG.info("Started in {} ms (window shown; the database opens at the first login)",
                (System.nanoTime() - START) / 1_000_000);

        // The daily backup: checked a minute after start, then every ten minutes while the database is open.
        maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "maintenance");
            thread.setDaemon(true);
            return thread;
        });
        maintenance.scheduleWithFixedDelay(gate::maintenance, 1, 10, TimeUnit.MINUTES);
    }

    /** False when the folder cannot be taken; the gate then shows why (in use, not writable). */
    private static boolean takeDataFolder(DataFolder dataFolder) {
        try {
            FolderLock.acquire(dataFolder);
            return true;
        } catch (StorageException e) {
            LOG.warn("The data folder is not available: {}", e.reason());
            return false;
        }
    }

    /** The theme and the application's own stylesheet (see {@link Theme}; kept for the tools and tests). */
    public static void applyTheme(Scene scene) {
        Theme.apply(scene);
    }

    static Language defaultLanguage() {
        String language = Locale.getDefault().getLanguage();
        // Dutch first; French on a French-speaking PC. English only when a user chooses it.
        return "fr".equals(language) ? Language.FR : Language.NL;
    }

    @Override
    public void stop() {
        if (maintenance != null) {
            maintenance.shutdownNow();
        }
        if (gate != null) {
            gate.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        LOG.info("Stopped");
    }
}

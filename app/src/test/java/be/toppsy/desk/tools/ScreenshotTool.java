package be.toppsy.desk.tools;

import be.toppsy.desk.App;
import be.toppsy.desk.AppGate;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.accounts.PasswordHasher;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.shell.MainViewModel;
import be.toppsy.desk.shell.MainWindow;
import be.toppsy.desk.shell.Gate;
import be.toppsy.desk.shell.QuickSearchViewModel;
import be.toppsy.desk.storage.DataFolder;
import be.toppsy.desk.storage.KeyVault;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.FxDialogService;
import be.toppsy.desk.ui.FxTaskRunner;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Developer tool (test scope): opens the real main window on a data folder, logged in as a user,
 * on an area (and a target inside it), and saves a PNG of the window. On an empty folder it first
 * creates the administrator "admin" (password {@value #ADMIN_PASSWORD}) and loads the demo data.
 * It goes through the application's own gate, so the folder holds an encrypted database and its key
 * file as the real application makes them (the recovery code of a new folder is printed).
 *
 * <pre>
 * ./mvnw -q -pl app test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=be.toppsy.desk.tools.ScreenshotTool \
 *   -Dexec.args="/tmp/shots-data admin Beheer-2026-wachtwoord start - /tmp/start.png"
 * </pre>
 * Runs under Xvfb (DISPLAY set) or headless with Monocle
 * ({@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}).
 * Arguments: dataDir username password areaId target("-" for none) out.png [waitMillis] [width] [height]
 */
public final class ScreenshotTool extends Application {

    public static final String ADMIN_PASSWORD = "Beheer-2026-wachtwoord";

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Path dataDir = Path.of(args.get(0));
        String username = args.get(1);
        String password = args.get(2);
        String area = args.get(3);
        String target = args.get(4);
        File out = new File(args.get(5));
        long waitMillis = args.size() > 6 ? Long.parseLong(args.get(6)) : 2500;
        int width = args.size() > 7 ? Integer.parseInt(args.get(7)) : 1366;
        int height = args.size() > 8 ? Integer.parseInt(args.get(8)) : 860;

        DataFolder folder = new DataFolder(dataDir).ensureWritable();
        Messages messages = new Messages(Language.NL);
        FxTaskRunner tasks = new FxTaskRunner();
        AppGate gate = new AppGate(folder, messages, tasks, new PasswordHasher(), Clock.systemDefaultZone(),
                new FxDialogService(() -> stage, messages), KeyVault.Strength.DEFAULT);
        Gate.Start start = gate.inspect();
        if (start instanceof Gate.Problem problem) {
            throw problem.problem();
        }
        if (start instanceof Gate.Setup) {
            gate.setup("Anna Beheer", "admin", ADMIN_PASSWORD.toCharArray(), ADMIN_PASSWORD.toCharArray(),
                    Language.NL);
            gate.recoveryCodeToShow().ifPresent(code -> System.out.println("Recovery code of " + dataDir + ": " + code));
            gate.services().loadDemoData();
            gate.logout();
        }
        LoginResult result = gate.login(username, password.toCharArray());
        if (!(result instanceof LoginResult.Success success)) {
            throw new IllegalStateException("Login failed: " + result);
        }
        App.Services services = gate.services();
        messages.setLanguage(Language.fromCode(success.user().language()));
        MainWindow window = new MainWindow(new MainViewModel(services.session(), services.accounts(), messages,
                services.features(), tasks), new QuickSearchViewModel(List.of(), tasks), messages, new NoActions());
        Scene scene = new Scene(window.build(), width, height);
        services.navigator().setTarget(window);
        App.applyTheme(scene);
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        stage.show();
        if (target == null || target.isBlank() || target.equals("-")) {
            window.open(area);
        } else {
            window.open(destination(area, target));
        }
        PauseTransition pause = new PauseTransition(Duration.millis(waitMillis));
        pause.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            } finally {
                gate.close();
                Platform.exit();
            }
        });
        pause.play();
    }

    private static final class NoActions implements MainWindow.Actions {
        @Override
        public void lock() {
        }

        @Override
        public void logout() {
        }

        @Override
        public void languageChanged(String openAreaId) {
        }

        @Override
        public void changePassword() {
        }
    }

    /** The command line's target ("resident:42", "lesson:m1-l2", "g2", ...) as the area's destination. */
    static Destination destination(String area, String target) {
        int colon = target.indexOf(':');
        String kind = colon < 0 ? "" : target.substring(0, colon);
        String id = target.substring(colon + 1);
        return switch (kind) {
            case "resident" -> new Destination.Resident(Long.parseLong(id));
            case "glossary" -> new Destination.GlossaryTerm(id);
            case "module" -> new Destination.Module(id);
            case "lesson" -> new Destination.Lesson(id);
            case "quiz" -> new Destination.Quiz(id);
            case "scenario" -> new Destination.Scenario(id);
            case "case" -> new Destination.IntervisionCase(Long.parseLong(id));
            case "session" -> new Destination.IntervisionSession(Long.parseLong(id));
            default -> area.equals(Destination.GUIDE) ? new Destination.GuideChapter(id)
                    : throwUnknown(target);
        };
    }

    private static Destination throwUnknown(String target) {
        throw new IllegalArgumentException("Unknown target " + target);
    }
}

package be.toppsy.desk.learning;

import be.toppsy.desk.App;
import be.toppsy.desk.accounts.PasswordHasher;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.shell.MainViewModel;
import be.toppsy.desk.shell.MainWindow;
import be.toppsy.desk.shell.QuickSearchViewModel;
import be.toppsy.desk.storage.DataFolder;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.DatabaseSettings;
import be.toppsy.desk.testing.RecordingDialogs;
import be.toppsy.desk.tools.ScreenshotTool;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.FxTaskRunner;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Developer tool (test scope, run under Xvfb): screenshots of the guide and learning screens in
 * states the plain ScreenshotTool cannot reach (popups, quiz feedback, trainer mode). Captures the
 * screen, so popups and extra windows are in the picture. Uses a data folder made by ScreenshotTool.
 * Arguments: dataDir username scene out.png; scenes: glossary, search, lesson, quiz, scenario,
 * trainer, trainer-quiz, team, pack-refused (with a 5th argument: the pack to import).
 */
public final class LearningScreenshots extends Application {

    private final Deque<Runnable> steps = new ArrayDeque<>();
    private Scene scene;
    private Stage stage;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage primary) throws Exception {
        this.stage = primary;
        List<String> args = getParameters().getRaw();
        Path dataDir = Path.of(args.get(0));
        String user = args.get(1);
        String what = args.get(2);
        File out = new File(args.get(3));
        DataFolder folder = new DataFolder(dataDir).ensureWritable();
        Database database = Database.open(DatabaseSettings.forDataFolder(folder));
        Messages messages = new Messages(Language.NL);
        RecordingDialogs dialogs = new RecordingDialogs();
        if (args.size() > 4) {
            dialogs.fileAnswer = Path.of(args.get(4));
        }
        App.Services services = App.wire(database, folder, messages, new FxTaskRunner(), new PasswordHasher(),
                Clock.systemDefaultZone(), dialogs);
        String password = user.equals("admin") ? ScreenshotTool.ADMIN_PASSWORD : be.toppsy.desk.ui.DemoData.PASSWORD;
        services.accounts().login(user, password.toCharArray());
        MainWindow window = new MainWindow(new MainViewModel(services.session(), services.accounts(), messages,
                services.features(), services.tasks()), new QuickSearchViewModel(List.of(), services.tasks()), messages,
                new MainWindow.Actions() {
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
                });
        services.navigator().setTarget(window);
        scene = new Scene(window.build(), 1366, 860);
        App.applyTheme(scene);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();

        switch (what) {
            case "glossary" -> {
                step(() -> window.open(new Destination.GuideChapter("g1")));
                step(() -> scrollTo("guide-scroll", 0.0));
                step(() -> fire("#term-post-migratiestress"));
            }
            case "search" -> {
                step(() -> window.open(new Destination.GuideChapter("g4")));
                step(() -> ((TextField) scene.lookup("#guide-search")).setText("tolk"));
            }
            case "lesson" -> {
                step(() -> window.open(new Destination.Lesson("m2-l2")));
                step(() -> scrollTo("learning-scroll", 0.48));
            }
            case "crisis" -> {
                step(() -> window.open(new Destination.Lesson("m3-l1")));
                step(() -> {
                    Node contacts = scene.lookup("#crisis-contacts");
                    ScrollPane scroll = (ScrollPane) scene.lookup("#learning-scroll");
                    double y = contacts.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
                    double max = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(Math.min(1, Math.max(0, (y - 300) / max)));
                });
            }
            case "quiz" -> {
                step(() -> window.open(new Destination.Quiz("m2")));
                step(() -> fire("#quiz-option-1"));
                step(() -> fire("#quiz-check"));
                step(() -> scrollTo("learning-scroll", 0.25));
            }
            case "scenario" -> {
                step(() -> window.open(new Destination.Scenario("m2-s1")));
                step(() -> fire("#scenario-choice-0"));
                step(() -> scrollTo("learning-scroll", 1.0));
            }
            case "trainer" -> {
                step(() -> window.open(new Destination.Lesson("m1-l2")));
                step(() -> fire("#lesson-present"));
                step(() -> {
                    // On to the first slide that has trainer notes, then show them (N).
                    for (int i = 0; i < 40 && !hasNotes(); i++) {
                        key(KeyCode.RIGHT);
                    }
                });
                step(() -> key(KeyCode.N));
            }
            case "trainer-quiz" -> {
                step(() -> window.open(new Destination.Quiz("m1")));
                step(() -> fire("#quiz-present"));
                step(() -> key(KeyCode.RIGHT));
                step(() -> key(KeyCode.R));
            }
            case "team" -> {
                step(() -> window.open("learning-team"));
                step(() -> ((TableView<?>) scene.lookup("#team-table")).getSelectionModel().select(7));
                step(() -> scrollTo(null, 0.0));
            }
            case "pack-refused" -> {
                step(() -> window.open("content-packs"));
                step(() -> fire("#pack-import-folder"));
                step(() -> scrollTo(null, 1.0));
            }
            default -> throw new IllegalArgumentException(what);
        }
        steps.add(() -> {
            try {
                Window top = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isFullScreen())
                        .findFirst().orElse(stage);
                var image = new Robot().getScreenCapture(null, top.getX(), top.getY(), top.getWidth(), top.getHeight());
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                database.close();
                Platform.exit();
            }
        });
        next();
    }

    private void step(Runnable action) {
        steps.add(action);
    }

    private int stepsRun;

    private void next() {
        // The first steps wait longer: the pack is parsed and the data loaded on first use.
        PauseTransition pause = new PauseTransition(Duration.millis(stepsRun++ < 2 ? 3000 : 1500));
        pause.setOnFinished(e -> {
            Runnable action = steps.poll();
            if (action != null) {
                action.run();
                next();
            }
        });
        pause.play();
    }

    private Scene activeScene() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isFullScreen()).findFirst()
                .map(Window::getScene).orElse(scene);
    }

    private void fire(String selector) {
        Node node = activeScene().lookup(selector);
        if (node instanceof ButtonBase button) {
            button.fire();
        } else {
            throw new IllegalStateException("No button " + selector);
        }
    }

    private boolean hasNotes() {
        Node notes = activeScene().lookup("#trainer-notes");
        return notes != null && notes.lookup("#trainer-no-notes") == null;
    }

    private void key(KeyCode code) {
        Scene target = activeScene();
        Node focus = target.getFocusOwner() != null ? target.getFocusOwner() : target.getRoot();
        focus.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    }

    private void scrollTo(String id, double value) {
        Parent root = scene.getRoot();
        Node node = id == null ? root.lookup(".scroll-pane .scroll-pane") : root.lookup("#" + id);
        if (node == null) {
            node = root.lookupAll(".scroll-pane").stream().reduce((a, b) -> b).orElse(null);
        }
        if (node instanceof ScrollPane scroll) {
            scroll.setVvalue(value);
        }
    }
}

package be.toppsy.desk.tools;

import be.toppsy.desk.App;
import be.toppsy.desk.AppGate;
import be.toppsy.desk.accounts.PasswordHasher;
import be.toppsy.desk.backup.BackupFeature;
import be.toppsy.desk.backup.BackupService;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.shell.Gate;
import be.toppsy.desk.shell.RecoveryCodeView;
import be.toppsy.desk.shell.Shell;
import be.toppsy.desk.storage.DataFolder;
import be.toppsy.desk.storage.KeyVault;
import be.toppsy.desk.ui.FxDialogService;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Developer tool (test scope) for the data-safety screens, saved as PNG.
 * <pre>
 * Arguments: screen dataDir out.png
 *   recovery-code  first run on an empty dataDir, then the recovery code screen
 *   backups        logs in as admin on dataDir (made by ScreenshotTool), makes two backups (see ScreenshotTool for the page)
 *   start          the real start on dataDir (login, setup, or the problem screen when the data cannot be opened)
 * </pre>
 */
public final class DataSafetyScreens extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        String screen = args.get(0);
        DataFolder folder = new DataFolder(Path.of(args.get(1))).ensureWritable();
        File out = new File(args.get(2));
        Messages messages = new Messages(Language.NL);
        Scene scene = new Scene(new StackPane(), 1366, 860);
        App.applyTheme(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        FxDialogService dialogs = new FxDialogService(() -> stage, messages);
        AppGate gate = new AppGate(folder, messages, TaskRunner.direct(), new PasswordHasher(), Clock.systemDefaultZone(),
                dialogs, KeyVault.Strength.DEFAULT);
        switch (screen) {
            case "recovery-code" -> {
                if (!(gate.inspect() instanceof Gate.Setup)) {
                    throw new IllegalStateException("Needs an empty folder");
                }
                gate.setup("Anna Beheer", "admin", ScreenshotTool.ADMIN_PASSWORD.toCharArray(),
                        ScreenshotTool.ADMIN_PASSWORD.toCharArray(), Language.NL);
                String code = gate.recoveryCodeToShow().orElseThrow();
                scene.setRoot(new RecoveryCodeView(code, messages, () -> { }).build());
            }
            case "backups" -> {
                gate.inspect();
                gate.login("admin", ScreenshotTool.ADMIN_PASSWORD.toCharArray());
                gate.maintenance();
                BackupService backups = gate.opened().features().stream().filter(BackupFeature.class::isInstance)
                        .map(f -> ((BackupFeature) f).service()).findFirst().orElseThrow();
                backups.create();
                gate.close();
                Platform.exit();
                return;
            }
            case "start" -> new Shell(stage, scene, messages, gate, TaskRunner.direct(), dialogs).begin();
            default -> throw new IllegalArgumentException(screen);
        }
        stage.show();
        PauseTransition pause = new PauseTransition(Duration.millis(1500));
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
}

package be.toppsy.desk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Changing one's own password: the change (key derivation, database) runs in the background, a
 * refused change keeps the dialog open with the reason, a stored one closes it.
 */
@ExtendWith(ApplicationExtension.class)
class ChangePasswordDialogFxTest {

    private static final String NEW_PASSWORD = "Nieuw-wachtwoord-2027";

    @TempDir
    static Path folder;
    private App.Services services;
    private Stage stage;
    private volatile Boolean changed;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = TestServices.withAdmin(folder.resolve("db" + System.nanoTime()),
                MutableClock.at("2026-11-22T09:00:00Z"));
        FxTestSupport.show(stage, new javafx.scene.layout.StackPane());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
        services.database().close();
    }

    private void openDialog() {
        Platform.runLater(() -> changed = new ChangePasswordDialog(services.accounts(), services.messages(),
                services.tasks()).show(stage, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fill(FxRobot robot, String current, String password) {
        robot.interact(() -> {
            robot.lookup("#change-current").queryAs(PasswordField.class).setText(current);
            robot.lookup("#change-new").queryAs(PasswordField.class).setText(password);
            robot.lookup("#change-repeat").queryAs(PasswordField.class).setText(password);
        });
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.isDefaultButton()).queryButton());
    }

    @Test
    void aWrongCurrentPasswordKeepsTheDialogOpenWithTheReason(FxRobot robot) throws Exception {
        openDialog();

        fill(robot, "niet-het-wachtwoord-1", NEW_PASSWORD);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".field-error")
                .queryAllAs(Label.class).stream().anyMatch(l -> !l.getText().isBlank()));
        assertThat(robot.lookup("#change-current").tryQuery()).isPresent();
        assertThat(changed).isNull();
    }

    @Test
    void theNewPasswordIsStoredInTheBackgroundAndTheDialogCloses(FxRobot robot) throws Exception {
        openDialog();

        fill(robot, TestServices.ADMIN_PASSWORD, NEW_PASSWORD);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> changed != null);
        assertThat(changed).isTrue();
        services.accounts().logout();
        assertThat(services.accounts().login("admin", NEW_PASSWORD.toCharArray()))
                .isInstanceOf(LoginResult.Success.class);
    }
}

package be.toppsy.desk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.AppGate;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.RecordingDialogs;
import be.toppsy.desk.testing.TestGates;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * First run shows the recovery code once; the next start asks for a login before anything opens;
 * with every password lost, the recovery code gets an administrator back in.
 */
@ExtendWith(ApplicationExtension.class)
class DataSafetyFlowTest {

    @TempDir
    static Path temp;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path data;
    private Stage stage;
    private Scene scene;
    private AppGate gate;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.scene = FxTestSupport.show(stage, new StackPane());
        this.data = temp.resolve("data" + System.nanoTime());
        startApplication();
    }

    /** As the application does at start: a gate on the data folder and a shell that asks it. */
    private void startApplication() {
        Messages messages = new Messages(Language.NL);
        gate = TestGates.gate(data, clock, dialogs, messages);
        new Shell(stage, scene, messages, gate, TaskRunner.direct(), dialogs).begin();
    }

    private void restart(FxRobot robot) {
        robot.interact(() -> {
            gate.close();
            startApplication();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fill(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextInputControl.class).setText(text));
    }

    @AfterEach
    void close() {
        gate.close();
    }

    @Test
    void firstRunShowsTheRecoveryCodeThenEveryStartAsksForALoginAndTheCodeRecovers(FxRobot robot) {
        fill(robot, "setup-display-name", "Anna Beheer");
        fill(robot, "setup-username", "anna");
        fill(robot, "setup-password", TestServices.ADMIN_PASSWORD);
        fill(robot, "setup-repeat", TestServices.ADMIN_PASSWORD);
        robot.clickOn("#setup-create");
        WaitForAsyncUtils.waitForFxEvents();

        String code = robot.lookup("#recovery-code").queryAs(Label.class).getText();
        assertThat(code).hasSize(35);
        assertThat(robot.lookup("#recovery-code-continue").queryButton().isDisabled()).isTrue();
        robot.clickOn("#recovery-code-confirm");
        robot.clickOn("#recovery-code-continue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).contains("Anna Beheer");

        // The next start: the login comes first, and the database opens with it.
        restart(robot);
        assertThat(gate.isOpen()).isFalse();
        robot.clickOn("#login-username").write("anna");
        robot.clickOn("#login-password").write("Verkeerd-2026");
        robot.clickOn("#login-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#login-message").queryAs(Label.class).getText()).contains("lukt niet");
        assertThat(gate.isOpen()).isFalse();
        fill(robot, "login-password", TestServices.ADMIN_PASSWORD);
        robot.clickOn("#login-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-user").tryQuery()).isPresent();
        assertThat(robot.lookup("#recovery-code").tryQuery()).as("the code shows only once").isEmpty();

        // Every password lost: the recovery code and a new password for the administrator.
        restart(robot);
        robot.clickOn("#login-recovery");
        fill(robot, "recovery-code-input", code.toLowerCase());
        fill(robot, "recovery-username", "anna");
        fill(robot, "recovery-password", "Hersteld-2026-q");
        fill(robot, "recovery-repeat", "Hersteld-2026-q");
        robot.clickOn("#recovery-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).contains("Anna Beheer");
    }
}

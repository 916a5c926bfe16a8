package be.toppsy.desk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.audit.AuditEvent;
import be.toppsy.desk.audit.AuditFilter;
import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.RecordingDialogs;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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

/** First-run setup, then login, lock, unlock and user management, as a new administrator would. */
@ExtendWith(ApplicationExtension.class)
class ShellFlowTest {

    @TempDir
    static Path folder;
    private App.Services services;
    private Shell shell;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        services = TestServices.create(folder.resolve("db" + System.nanoTime()), MutableClock.at("2026-11-22T09:00:00Z"),
                dialogs);
        Scene scene = FxTestSupport.show(stage, new StackPane());
        shell = new Shell(stage, scene, services.messages(), services.accounts(), services.session(), services.tasks(),
                services.shellSettings(), services.features(), services::loadDemoData, dialogs);
        shell.start(services.accounts().isFirstRun());
    }

    @AfterEach
    void close() {
        // Back to the login screen first: that stops the idle-lock timer, which would otherwise keep
        // reading the closed database every 5 s and fail the UI tests that run after this one.
        WaitForAsyncUtils.asyncFx(shell::showLogin);
        WaitForAsyncUtils.waitForFxEvents();
        services.database().close();
    }

    private void type(FxRobot robot, String id, String text) {
        robot.clickOn("#" + id).write(text);
    }

    @Test
    void setupLoginLockUnlockAndUserManagement(FxRobot robot) {
        // First run: the setup screen refuses a weak password and keeps what was typed.
        type(robot, "setup-display-name", "Anna Beheer");
        type(robot, "setup-username", "anna");
        type(robot, "setup-password", "kort");
        type(robot, "setup-repeat", "kort");
        robot.clickOn("#setup-create");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("te kort"));
        assertThat(robot.lookup("#setup-display-name").queryTextInputControl().getText()).isEqualTo("Anna Beheer");

        robot.doubleClickOn("#setup-password").eraseText(4).write(TestServices.ADMIN_PASSWORD);
        robot.doubleClickOn("#setup-repeat").eraseText(4).write(TestServices.ADMIN_PASSWORD);
        robot.clickOn("#setup-create");
        WaitForAsyncUtils.waitForFxEvents();

        // The main window shows the administrator's areas.
        assertThat(shell.mainWindow()).isNotNull();
        assertThat(shell.mainWindow().areaIds()).contains("start", "users", "audit", "settings");
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).contains("Anna Beheer");

        // Lock with Ctrl+L: the lock screen asks only the password.
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#login-other-user").query().isVisible()).isTrue();
        type(robot, "login-password", "Verkeerd-2026");
        robot.clickOn("#login-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#login-message").queryAs(Label.class).getText()).contains("lukt niet");
        type(robot, "login-password", TestServices.ADMIN_PASSWORD);
        robot.clickOn("#login-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-user").tryQuery()).isPresent();

        // User management: create a colleague.
        robot.clickOn("#nav-users");
        type(robot, "new-user-name", "Sara Janssens");
        type(robot, "new-user-username", "sara");
        type(robot, "new-user-password", "Tijdelijk-2026");
        type(robot, "new-user-repeat", "Tijdelijk-2026");
        robot.clickOn("#new-user-role-SUPPORT_WORKER");
        robot.clickOn("#new-user-create");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#users-table").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup("#users-message").queryAs(Label.class).getText()).contains("sara");

        // Another user logs in from the lock screen.
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#login-other-user");
        type(robot, "login-username", "sara");
        type(robot, "login-password", "Tijdelijk-2026");
        robot.clickOn("#login-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.session().current().username()).isEqualTo("sara");
        assertThat(shell.mainWindow().areaIds()).doesNotContain("users", "audit");

        assertThat(services.database().dsl().fetchCount(be.toppsy.desk.storage.jooq.Tables.AUDIT_EVENT,
                be.toppsy.desk.storage.jooq.Tables.AUDIT_EVENT.ACTION.eq("SCREEN_LOCKED"))).isEqualTo(2);
    }
}

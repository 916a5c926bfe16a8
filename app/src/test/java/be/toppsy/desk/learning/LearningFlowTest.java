package be.toppsy.desk.learning;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.shell.MainViewModel;
import be.toppsy.desk.shell.MainWindow;
import be.toppsy.desk.shell.QuickSearchViewModel;
import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.Destination;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
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
 * The main flows on the real main window and the default pack: reading a chapter with a glossary
 * popup, completing a lesson, answering a quiz question, and trainer mode with the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class LearningFlowTest {

    @TempDir
    static Path folder;
    private App.Services services;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        // Errors left on the JavaFX thread by an earlier test class are not this test's.
        WaitForAsyncUtils.clearExceptions();
        services = TestServices.withAdmin(folder.resolve("db" + System.nanoTime()), MutableClock.at("2026-11-22T09:00:00Z"));
        TestServices.loginAsNewUser(services, "katrien", Role.TRAINER, Role.STAFF);
        window = new MainWindow(new MainViewModel(services.session(), services.accounts(), services.messages(),
                services.features(), services.tasks()), new QuickSearchViewModel(List.of(), services.tasks()), services.messages(),
                new NoActions());
        services.navigator().setTarget(window);
        FxTestSupport.show(stage, (javafx.scene.Parent) window.build());
        window.open(new Destination.GuideChapter("g1"));
    }

    @AfterEach
    void close() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage s && s.getScene() != null && s.getScene().lookup("#trainer-root") != null) {
                WaitForAsyncUtils.asyncFx(s::close);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        services.database().close();
    }

    private static void scrollToEnd(FxRobot robot, String scrollId) {
        robot.interact(() -> {
            ScrollPane scroll = robot.lookup("#" + scrollId).queryAs(ScrollPane.class);
            scroll.layout();
            scroll.setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void readingAChapterWithAGlossaryTermAndCompletingALesson(FxRobot robot) {
        assertThat(robot.lookup("#guide-chapter-title").queryAs(Label.class).getText())
                .isEqualTo("De context en kwetsbaarheden begrijpen");
        robot.clickOn("#term-vib");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#glossary-popup-title").queryAs(Label.class).getText()).startsWith("VIB");
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#guide-bookmark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guide-bookmarks .hyperlink").queryAll()).hasSize(1);

        robot.interact(() -> window.open(new Destination.Lesson("m1-l1")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText()).startsWith("Mentaal welzijn");
        assertThat(robot.lookup("#crumb-module").tryQuery()).isPresent();
        scrollToEnd(robot, "learning-scroll");
        robot.clickOn("#lesson-complete");
        WaitForAsyncUtils.waitForFxEvents();
        Button complete = robot.lookup("#lesson-complete").queryButton();
        assertThat(complete.isDisabled()).isTrue();
        assertThat(complete.getText()).isEqualTo("Voltooid");

        scrollToEnd(robot, "learning-scroll");
        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-title").queryAs(Label.class).getText()).startsWith("Stress na de vlucht");
        robot.clickOn("#crumb-modules");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#learning-summary").queryAs(Label.class).getText()).contains("1 van 22 lessen");
    }

    @Test
    void answeringAQuizQuestionShowsFeedbackOnEveryOption(FxRobot robot) {
        robot.interact(() -> window.open(new Destination.Quiz("m1")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#quiz-check");
        assertThat(robot.lookup("#quiz-message").queryAs(Label.class).getText()).isEqualTo("Kies eerst een antwoord.");
        robot.clickOn("#quiz-option-2");
        robot.clickOn("#quiz-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#quiz-answer-verdict").queryAs(Label.class).getText()).startsWith("Niet helemaal");
        for (int i = 0; i < 4; i++) {
            assertThat(robot.lookup("#quiz-feedback-" + i).tryQuery()).as("feedback %s", i).isPresent();
        }
        assertThat(robot.lookup(".quiz-option-correct").queryAll()).hasSize(1);
        assertThat(robot.lookup(".quiz-option-wrong").queryAll()).hasSize(1);
        scrollToEnd(robot, "learning-scroll");
        robot.clickOn("#quiz-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#quiz-progress").queryAs(Label.class).getText()).startsWith("Vraag 2 van 17");
    }

    @Test
    void trainerModeMovesWithTheKeysAndHidesTheAnswerUntilRevealed(FxRobot robot) {
        robot.interact(() -> window.open(new Destination.Lesson("m1-l1")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-present");
        WaitForAsyncUtils.waitForFxEvents();
        Label position = robot.lookup("#trainer-position").queryAs(Label.class);
        String total = position.getText().substring(position.getText().indexOf('/') + 2);
        assertThat(position.getText()).isEqualTo("1 / " + total);
        robot.clickOn("#trainer-slide");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(position.getText()).isEqualTo("3 / " + total);
        robot.type(KeyCode.PAGE_UP);
        assertThat(position.getText()).isEqualTo("2 / " + total);
        Node notes = robot.lookup("#trainer-notes").query();
        assertThat(notes.isVisible()).isFalse();
        robot.type(KeyCode.N);
        assertThat(notes.isVisible()).isTrue();
        robot.type(KeyCode.END);
        assertThat(position.getText()).isEqualTo(total + " / " + total);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trainer-root").tryQuery()).isEmpty();

        robot.interact(() -> window.open(new Destination.Quiz("m1")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#quiz-present");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#trainer-slide");
        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#trainer-option-0").tryQuery()).isPresent();
        assertThat(robot.lookup(".trainer-option-correct").queryAll()).isEmpty();
        robot.type(KeyCode.R);
        assertThat(robot.lookup(".trainer-option-correct").queryAll()).isNotEmpty();
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

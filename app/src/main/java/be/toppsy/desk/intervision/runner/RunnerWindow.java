package be.toppsy.desk.intervision.runner;

import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shows the runner in its own full-screen window over the main window (F11 leaves and enters
 * full screen).
 *
 * <p>Privacy on shared PCs: the runner hides as soon as the main window stops showing the
 * application (screen locked, user logged out), its notes saved and its countdown stopped, and
 * comes back when the same user unlocks. Work in the runner counts as activity for the main
 * window's idle lock, so the screen does not lock while a session is being run.
 */
public final class RunnerWindow {

    private RunnerWindow() {
    }

    public static Stage open(Window owner, Parent view, String title, RunnerViewModel model, Runnable onClosed) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(view, 1280, 800);
        if (owner != null && owner.getScene() != null) {
            // The application's stylesheet, as the main window has it (the theme is application-wide).
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle(title);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        boolean[] locked = {false};
        Scene main = owner == null ? null : owner.getScene();
        Parent mainRoot = main == null ? null : main.getRoot();
        ChangeListener<Parent> lockWatch = (o, before, now) -> {
            if (now != mainRoot && stage.isShowing()) {
                locked[0] = true;
                model.suspend();
                stage.hide();
            } else if (now == mainRoot && locked[0]) {
                locked[0] = false;
                model.resume();
                stage.show();
            }
        };
        stage.setOnHidden(e -> {
            if (!locked[0]) {
                // Closed with the window's own close button too: keep the notes.
                model.close();
                if (main != null) {
                    main.rootProperty().removeListener(lockWatch);
                }
                onClosed.run();
            }
        });
        if (main != null) {
            main.rootProperty().addListener(lockWatch);
            Runnable touch = () -> Event.fireEvent(main.getRoot(), new MouseEvent(MouseEvent.MOUSE_MOVED, 0, 0, 0, 0,
                    MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false,
                    null));
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> touch.run());
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> touch.run());
        }
        stage.setFullScreen(true);
        stage.show();
        return stage;
    }
}

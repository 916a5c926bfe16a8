package be.toppsy.desk.residents.list;

import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * Runs an action once a delay has passed, on the JavaFX thread. The residents list uses it to wait
 * for a pause in typing before it searches; tests pass one they run by hand.
 */
@FunctionalInterface
public interface Delay {

    void after(Duration delay, Runnable action);

    /** On the JavaFX thread, with a {@link PauseTransition}. */
    static Delay fx() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        };
    }
}

package be.toppsy.desk.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/**
 * Runs an action once a delay has passed, on the JavaFX thread. Search fields use it to wait for a
 * pause in typing before they query (the residents list, the quick observation's resident picker);
 * tests pass one they run by hand.
 */
@FunctionalInterface
public interface Delay {

    /** How long typing must pause before a search field queries: one search per word, not per key. */
    Duration TYPING_PAUSE = Duration.ofMillis(150);

    void after(Duration delay, Runnable action);

    /**
     * An action that runs once the pause has passed since the last time it was asked for: asked
     * for on every keystroke, it runs once, after the last one. Call it on the JavaFX thread.
     */
    default Runnable debounce(Duration pause, Runnable action) {
        long[] asked = {0};
        return () -> {
            long mine = ++asked[0];
            after(pause, () -> {
                if (mine == asked[0]) {
                    action.run();
                }
            });
        };
    }

    /** On the JavaFX thread, with a {@link PauseTransition}. */
    static Delay fx() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        };
    }
}

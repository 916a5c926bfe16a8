package be.toppsy.desk.shell;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** Locks the screen after a period without mouse or keyboard input. */
public final class IdleLock {

    private final Runnable lock;
    private final Timeline timer;
    private final EventHandler<Event> activity = e -> touch();
    private volatile long lastActivity = System.nanoTime();
    private boolean armed;
    /** Set by the shell from the settings, read in the background: the timer never touches the database. */
    private Duration limit;

    public IdleLock(int defaultMinutes, Runnable lock) {
        this.limit = Duration.ofMinutes(defaultMinutes);
        this.lock = lock;
        this.timer = new Timeline(new KeyFrame(javafx.util.Duration.seconds(5), e -> check()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public void watch(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, activity);
        scene.addEventFilter(ScrollEvent.SCROLL, activity);
    }

    /** Starts counting idle time (after a login or unlock). */
    public void arm() {
        touch();
        armed = true;
        timer.play();
    }

    /** The idle time after which the screen locks. */
    public void setIdleMinutes(int minutes) {
        limit = Duration.ofMinutes(minutes);
    }

    /** Stops counting (while the login or lock screen shows). */
    public void disarm() {
        armed = false;
        timer.stop();
    }

    public void touch() {
        lastActivity = System.nanoTime();
    }

    private void check() {
        if (!armed) {
            return;
        }
        Duration idle = Duration.ofNanos(System.nanoTime() - lastActivity);
        if (idle.compareTo(limit) >= 0) {
            disarm();
            lock.run();
        }
    }
}

package be.toppsy.desk.intervision.runner;

import be.toppsy.desk.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongUnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The runner's countdown display: the time left in the step ("+02:10 te lang" over time), how much
 * of it is used, pause and one more minute, and the session's time so far. The step's time comes
 * from a {@link PhaseTimer}; the {@link Ticker} calls back every second while the step runs.
 */
public final class CountdownViewModel {

    private final Messages messages;
    private final Ticker ticker;
    private final PhaseTimer timer;
    private final ReadOnlyStringWrapper remainingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sessionTimeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper phaseProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper overTime = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private boolean counting;
    private int plannedMinutes;
    private LongUnaryOperator sessionSeconds = used -> used;
    private Runnable onTick = () -> { };

    CountdownViewModel(Messages messages, Clock clock, Ticker ticker) {
        this.messages = messages;
        this.ticker = ticker;
        this.timer = new PhaseTimer(clock);
    }

    /**
     * Starts the countdown of a step with the seconds used on an earlier visit. {@code sessionSeconds}
     * turns the seconds used in this step into the session's seconds so far; {@code onTick} runs after
     * each second's update (the runner's autosave).
     */
    void start(int minutes, long alreadyUsed, int sessionPlannedMinutes, LongUnaryOperator sessionSeconds,
            Runnable onTick) {
        this.plannedMinutes = sessionPlannedMinutes;
        this.sessionSeconds = sessionSeconds;
        this.onTick = onTick;
        counting = true;
        timer.start(minutes, alreadyUsed);
        paused.set(false);
        ticker.start(this::tick);
        update();
    }

    /** Stops ticking (closing, locking, finishing); the time used so far still counts. */
    void stop() {
        ticker.stop();
    }

    /** Ticks again after {@link #stop()} while a step is open. */
    void resume() {
        if (counting) {
            ticker.start(this::tick);
            update();
        }
    }

    /** No step is open: nothing to count down. */
    void clear() {
        counting = false;
        remainingText.set("");
    }

    private void tick() {
        update();
        onTick.run();
    }

    /** Recomputes the display from the clock. */
    public void update() {
        if (!counting) {
            remainingText.set("");
            return;
        }
        long remaining = timer.remainingSeconds();
        overTime.set(timer.overTime());
        remainingText.set(remaining >= 0 ? PhaseTimer.clockText(remaining)
                : messages.get("iv.runner.overTime", PhaseTimer.clockText(-remaining)));
        phaseProgress.set(timer.progress());
        long session = sessionSeconds.applyAsLong(timer.elapsedSeconds());
        sessionTimeText.set(messages.get("iv.runner.sessionTime", session / 60, plannedMinutes));
    }

    public void togglePause() {
        if (!counting) {
            return;
        }
        timer.togglePause();
        paused.set(timer.paused());
        update();
    }

    /** Gives the phase one more minute (the group needs it). */
    public void addMinute() {
        timer.addMinute();
        update();
    }

    /** Seconds used in the current step, pauses left out. */
    public long elapsedSeconds() {
        return timer.elapsedSeconds();
    }

    /** True (once per period) when the notes are due for an automatic save. */
    boolean saveDue(Duration every) {
        return timer.saveDue(every);
    }

    public ReadOnlyStringProperty remainingTextProperty() {
        return remainingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionTimeTextProperty() {
        return sessionTimeText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty phaseProgressProperty() {
        return phaseProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overTimeProperty() {
        return overTime.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }
}

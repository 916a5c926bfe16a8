package be.toppsy.desk.intervision.runner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The countdown of one step: time already used (from an earlier visit), time running since the
 * step was entered, pauses, and an extra minute when the group needs it. Reads the clock only when
 * asked, so a test moves time by hand.
 */
public final class PhaseTimer {

    private final Clock clock;
    private long budgetSeconds;
    private long usedBefore;
    private Instant runningSince;
    private boolean paused;
    private Instant lastSave;

    public PhaseTimer(Clock clock) {
        this.clock = clock;
    }

    /** Starts the countdown of a step, counting the seconds used on an earlier visit. */
    public void start(int minutes, long alreadyUsed) {
        budgetSeconds = minutes * 60L;
        usedBefore = alreadyUsed;
        runningSince = clock.instant();
        lastSave = runningSince;
        paused = false;
    }

    /** Seconds used in the step, pauses left out. */
    public long elapsedSeconds() {
        long now = runningSince == null || paused ? 0 : Duration.between(runningSince, clock.instant()).getSeconds();
        return usedBefore + Math.max(0, now);
    }

    /** Seconds left; negative when over time. */
    public long remainingSeconds() {
        return budgetSeconds - elapsedSeconds();
    }

    public boolean overTime() {
        return remainingSeconds() < 0;
    }

    /** How much of the step's time is used, from 0 to 1. */
    public double progress() {
        return budgetSeconds == 0 ? 1 : Math.min(1.0, (double) elapsedSeconds() / budgetSeconds);
    }

    public boolean paused() {
        return paused;
    }

    public void togglePause() {
        if (paused) {
            runningSince = clock.instant();
            paused = false;
        } else {
            usedBefore = elapsedSeconds();
            paused = true;
        }
    }

    /** One more minute for the step. */
    public void addMinute() {
        usedBefore -= 60;
    }

    /** True once every {@code period} since the step started or since the last time this said so. */
    public boolean saveDue(Duration period) {
        if (lastSave == null || Duration.between(lastSave, clock.instant()).compareTo(period) < 0) {
            return false;
        }
        lastSave = clock.instant();
        return true;
    }

    /** Minutes and seconds, as "07:05". */
    public static String clockText(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}

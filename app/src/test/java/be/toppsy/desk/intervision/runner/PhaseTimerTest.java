package be.toppsy.desk.intervision.runner;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The countdown of a step, with a clock moved by hand. */
class PhaseTimerTest {

    private final MutableClock clock = MutableClock.at("2026-03-10T09:00:00Z");
    private final PhaseTimer timer = new PhaseTimer(clock);

    @Test
    void theCountdownRunsFromTheStepsMinutes() {
        timer.start(5, 0);
        clock.advance(Duration.ofSeconds(70));

        assertThat(timer.elapsedSeconds()).isEqualTo(70);
        assertThat(timer.remainingSeconds()).isEqualTo(230);
        assertThat(timer.progress()).isEqualTo(70.0 / 300);
    }

    @Test
    void aStepEnteredAgainCountsTheTimeUsedBefore() {
        timer.start(5, 120);
        clock.advance(Duration.ofSeconds(30));

        assertThat(timer.elapsedSeconds()).isEqualTo(150);
    }

    @Test
    void pausedTimeDoesNotCount() {
        timer.start(5, 0);
        clock.advance(Duration.ofSeconds(40));
        timer.togglePause();
        clock.advance(Duration.ofMinutes(3));

        assertThat(timer.paused()).isTrue();
        assertThat(timer.elapsedSeconds()).isEqualTo(40);

        timer.togglePause();
        clock.advance(Duration.ofSeconds(20));
        assertThat(timer.elapsedSeconds()).isEqualTo(60);
    }

    @Test
    void pastTheMinutesTheStepIsOverTimeAndProgressStopsAtOne() {
        timer.start(1, 0);
        clock.advance(Duration.ofSeconds(130));

        assertThat(timer.overTime()).isTrue();
        assertThat(timer.remainingSeconds()).isEqualTo(-70);
        assertThat(timer.progress()).isEqualTo(1.0);
    }

    @Test
    void anExtraMinuteGivesTheStepSixtySecondsMore() {
        timer.start(1, 0);
        clock.advance(Duration.ofSeconds(75));
        timer.addMinute();

        assertThat(timer.overTime()).isFalse();
        assertThat(timer.remainingSeconds()).isEqualTo(45);
    }

    @Test
    void aSaveIsDueOncePerPeriod() {
        timer.start(10, 0);
        clock.advance(Duration.ofSeconds(59));
        assertThat(timer.saveDue(Duration.ofMinutes(1))).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(timer.saveDue(Duration.ofMinutes(1))).isTrue();
        assertThat(timer.saveDue(Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void theClockTextHasMinutesAndSeconds() {
        assertThat(PhaseTimer.clockText(425)).isEqualTo("07:05");
        assertThat(PhaseTimer.clockText(0)).isEqualTo("00:00");
    }
}

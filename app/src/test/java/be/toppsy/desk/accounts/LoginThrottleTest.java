package be.toppsy.desk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void theFirstThreeFailuresCostNothing() {
        assertThat(LoginThrottle.delayAfter(0)).isZero();
        assertThat(LoginThrottle.delayAfter(2)).isZero();
    }

    @Test
    void theWaitDoublesAndIsCapped() {
        assertThat(LoginThrottle.delayAfter(3)).isEqualTo(Duration.ofSeconds(5));
        assertThat(LoginThrottle.delayAfter(4)).isEqualTo(Duration.ofSeconds(10));
        assertThat(LoginThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(20));
        assertThat(LoginThrottle.delayAfter(50)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void secondsToWaitCountDown() {
        OffsetDateTime failed = OffsetDateTime.parse("2026-11-22T10:00:00+01:00");
        assertThat(LoginThrottle.secondsToWait(4, failed, failed.plusSeconds(3))).isEqualTo(7);
        assertThat(LoginThrottle.secondsToWait(4, failed, failed.plusSeconds(10))).isZero();
    }
}

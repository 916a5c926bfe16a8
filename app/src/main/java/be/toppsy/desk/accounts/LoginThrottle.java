package be.toppsy.desk.accounts;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * How long a username must wait after repeated failed logins: the first three failures are free,
 * then the wait doubles from 5 seconds up to 15 minutes.
 */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 3;
    private static final long BASE_SECONDS = 5;
    private static final long MAX_SECONDS = 15 * 60;

    private LoginThrottle() {
    }

    public static Duration delayAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 20);
        return Duration.ofSeconds(Math.min(BASE_SECONDS << doublings, MAX_SECONDS));
    }

    /** Seconds still to wait at {@code now}, or 0 when a new attempt may be checked. */
    public static long secondsToWait(int failures, OffsetDateTime lastFailedAt, OffsetDateTime now) {
        if (lastFailedAt == null) {
            return 0;
        }
        OffsetDateTime allowedAt = lastFailedAt.plus(delayAfter(failures));
        long seconds = Duration.between(now, allowedAt).toMillis();
        return seconds <= 0 ? 0 : (seconds + 999) / 1000;
    }
}

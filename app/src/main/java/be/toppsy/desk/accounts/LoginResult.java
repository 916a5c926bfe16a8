package be.toppsy.desk.accounts;

/** The outcome of a login or unlock attempt. A refusal never says whether the name or the password was wrong. */
public sealed interface LoginResult {

    record Success(User user) implements LoginResult {
    }

    record Refused() implements LoginResult {
    }

    /** Too many failed attempts: try again after this many seconds. */
    record Throttled(long secondsToWait) implements LoginResult {
    }
}

package be.toppsy.desk.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * The password rule, stated to users as: at least 10 characters, with at least one letter and
 * one digit, and not your username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** The message key of the broken rule, or empty when the password is acceptable. */
    public static Optional<String> check(char[] password, String username) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("password.rule.tooShort");
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter || !digit) {
            return Optional.of("password.rule.letterAndDigit");
        }
        if (username != null && !username.isBlank()
                && new String(password).toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.rule.notUsername");
        }
        return Optional.empty();
    }
}

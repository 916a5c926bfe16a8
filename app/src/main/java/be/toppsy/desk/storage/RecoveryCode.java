package be.toppsy.desk.storage;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/** The recovery code as people write it down and type it back: generated, grouped and read leniently. */
public final class RecoveryCode {

    /** The recovery code alphabet (Crockford's base 32): no I, L, O or U to misread. */
    static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CODE_LENGTH = 30;

    private RecoveryCode() {
    }

    /** A new code of 150 random bits, without grouping. */
    static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Six groups of five characters, easy to write down and read back. */
    static String format(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i += 5) {
            if (i > 0) {
                out.append('-');
            }
            out.append(code, i, Math.min(code.length(), i + 5));
        }
        return out.toString();
    }

    /**
     * The code as typed, without spaces and dashes, in capitals, with the letters people confuse
     * with digits read as those digits (O as 0, I and L as 1); empty when it cannot be a code.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\t') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (CODE_ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == CODE_LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }
}

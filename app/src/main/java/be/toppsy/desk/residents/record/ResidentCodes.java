package be.toppsy.desk.residents.record;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Pseudonymous resident codes such as {@code BW-7K3Q}: random, from letters and digits that
 * cannot be mixed up when read aloud or written by hand (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V).
 */
public final class ResidentCodes {

    public static final String ALPHABET = "ACDEFGHJKMNPQRTWXY34679";
    public static final String PREFIX = "BW-";
    public static final int LENGTH = 4;

    private final RandomGenerator random;

    public ResidentCodes() {
        this(new SecureRandom());
    }

    /** With a given generator (seeded or scripted in tests). */
    public ResidentCodes(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static boolean looksLikeCode(String text) {
        return text != null && text.trim().toUpperCase().matches("(BW-?)?[" + ALPHABET + "]{2,4}");
    }
}

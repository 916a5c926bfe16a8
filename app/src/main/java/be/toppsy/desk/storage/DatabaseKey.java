package be.toppsy.desk.storage;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random 256-bit key the H2 database file is encrypted with. It lives only in memory while the
 * database is open; on disk it exists only wrapped (see {@link KeyVault}).
 */
public final class DatabaseKey {

    public static final int BYTES = 32;
    private final byte[] bytes;

    private DatabaseKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A database key has " + BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static DatabaseKey generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new DatabaseKey(bytes);
    }

    static DatabaseKey of(byte[] bytes) {
        return new DatabaseKey(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** H2's file password (its CIPHER=AES option). */
    char[] filePassword() {
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    /** Overwrites the key in memory; the object is useless afterwards. */
    void destroy() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
        return "DatabaseKey[hidden]";
    }
}

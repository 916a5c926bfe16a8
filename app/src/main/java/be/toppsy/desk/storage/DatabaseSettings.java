package be.toppsy.desk.storage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How to reach the database. By default an embedded H2 file in the data folder, encrypted with the
 * database key (see {@link KeyVault}); a {@code database.properties} file in the data folder (keys
 * {@code url}, {@code user}, {@code password}) points the application at another database, such
 * as PostgreSQL, whose server then protects the data at rest.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String FILE_NAME = "database.properties";
    public static final String H2_FILE_NAME = "toppsy";
    public static final String H2_FILE_SUFFIX = ".mv.db";
    /** H2's own account; the protection is the file key, so this password stays fixed. */
    static final String H2_USER = "toppsy";
    /**
     * Written to the file at every commit, so a hard kill loses nothing committed (H2 otherwise
     * waits up to half a second). No trace file: H2 would write a failing statement's values there in
     * plain text, beside the encrypted database.
     */
    private static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";

    /** An unencrypted embedded H2 file: tests, and databases from before encryption. */
    public static DatabaseSettings embeddedH2(Path folder) {
        return new DatabaseSettings("jdbc:h2:file:" + base(folder) + H2_OPTIONS, H2_USER, "");
    }

    /** The embedded H2 file encrypted with this key (H2's CIPHER=AES: the password is "file-password user-password"). */
    public static DatabaseSettings encryptedH2(Path folder, DatabaseKey key) {
        return new DatabaseSettings("jdbc:h2:file:" + base(folder) + ";CIPHER=AES" + H2_OPTIONS, H2_USER,
                new String(key.filePassword()) + " ");
    }

    /** The embedded database of the data folder, encrypted with the vault's open key. */
    public static DatabaseSettings encryptedH2(DataFolder folder, KeyVault vault) {
        return encryptedH2(folder.path(), vault.key());
    }

    private static String base(Path folder) {
        return folder.resolve(H2_FILE_NAME).toAbsolutePath().toString().replace('\\', '/');
    }

    /** The H2 database file in a folder. */
    public static Path h2File(Path folder) {
        return folder.resolve(H2_FILE_NAME + H2_FILE_SUFFIX);
    }

    /**
     * The data folder's own configuration: a {@code database.properties} with a URL, or else the
     * embedded H2 file (unencrypted settings; the caller adds the key, see {@link #encryptedH2}).
     */
    public static DatabaseSettings forDataFolder(DataFolder folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return embeddedH2(folder.path());
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.CANNOT_CONNECT, file.toString(), e);
        }
        String url = properties.getProperty("url", "").trim();
        if (url.isEmpty()) {
            return embeddedH2(folder.path());
        }
        return new DatabaseSettings(url, properties.getProperty("user", ""), properties.getProperty("password", ""));
    }

    public boolean isEmbeddedH2() {
        return url.startsWith("jdbc:h2:file:");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Where the database is, for messages: the H2 file path without options, or nothing for a server. */
    public String location() {
        return isEmbeddedH2() ? url.substring("jdbc:h2:file:".length()).replaceFirst(";.*", "") + H2_FILE_SUFFIX : "";
    }

    /** Never shows the password: it holds the database key. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}

package be.toppsy.desk.storage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How to reach the database. By default an embedded H2 file in the data folder; a
 * {@code database.properties} file in the data folder (keys {@code url}, {@code user},
 * {@code password}) points the application at another database, such as PostgreSQL.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String FILE_NAME = "database.properties";
    public static final String H2_FILE_NAME = "toppsy";

    public static DatabaseSettings embeddedH2(Path folder) {
        String file = folder.resolve(H2_FILE_NAME).toAbsolutePath().toString().replace('\\', '/');
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "toppsy", "");
    }

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
}

package be.toppsy.desk.testing;

import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.DatabaseSettings;
import java.nio.file.Path;

/** Real H2 databases in a test's temporary folder, migrated like the application's. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database open(Path folder) {
        return Database.open(DatabaseSettings.embeddedH2(folder));
    }
}

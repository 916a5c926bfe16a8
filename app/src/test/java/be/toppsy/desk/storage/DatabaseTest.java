package be.toppsy.desk.storage;

import static be.toppsy.desk.storage.jooq.Tables.APP_SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.testing.TestDatabases;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void migratesAnEmptyFolderToTheCurrentSchema() {
        try (Database database = TestDatabases.open(folder)) {
            assertThat(database.dsl().fetchCount(APP_SETTING)).isZero();
            Integer applied = database.dsl().fetchOne("select count(*) from \"flyway_schema_history\" where \"success\"")
                    .get(0, Integer.class);
            assertThat(applied).isPositive();
        }
        assertThat(folder.resolve("toppsy.mv.db")).exists();
    }

    @Test
    void reopeningKeepsTheDataAndAppliesNothingTwice() {
        try (Database database = TestDatabases.open(folder)) {
            new SettingsRepository().put(database.dsl(), "k", "v");
        }
        try (Database database = TestDatabases.open(folder)) {
            assertThat(new SettingsRepository().get(database.dsl(), "k")).contains("v");
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database database = TestDatabases.open(folder)) {
            SettingsRepository settings = new SettingsRepository();
            assertThatThrownBy(() -> database.transactionWithoutResult(tx -> {
                settings.put(tx, "first", "1");
                settings.put(tx, "second", "2");
                throw new IllegalStateException("fails half-way");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(database.dsl().fetchCount(APP_SETTING)).isZero();
        }
    }

    @Test
    void twoConnectionsInOneApplicationSeeEachOthersCommittedWork() {
        try (Database database = TestDatabases.open(folder)) {
            SettingsRepository settings = new SettingsRepository();
            database.transactionWithoutResult(tx -> settings.put(tx, "shared", "yes"));
            String seen = database.transaction(tx -> settings.get(tx, "shared").orElse(null));
            assertThat(seen).isEqualTo("yes");
        }
    }

    @Test
    void aSecondProcessOnTheSameFolderIsRefusedClearly() throws Exception {
        try (Database first = TestDatabases.open(folder)) {
            new SettingsRepository().put(first.dsl(), "owner", "first");
            Process second = startSecondCopy(folder);
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(second.getInputStream().readAllBytes());
            assertThat(output).contains("REFUSED IN_USE");
            // The first copy's data is intact and still writable.
            assertThat(new SettingsRepository().get(first.dsl(), "owner")).contains("first");
            new SettingsRepository().put(first.dsl(), "after", "ok");
        }
    }

    @Test
    void aFolderThatCannotBeCreatedGivesAClearReason() throws Exception {
        Path file = folder.resolve("not-a-folder");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> new DataFolder(file.resolve("sub")).ensureWritable())
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.FOLDER_NOT_WRITABLE));
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedNotSilentlyUsed() {
        try (Database database = TestDatabases.open(folder)) {
            database.dsl().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " values (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'test', 1, true)");
        }
        assertThatThrownBy(() -> TestDatabases.open(folder))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.NEWER_VERSION));
    }

    private static Process startSecondCopy(Path folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                SecondCopy.class.getName(), folder.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .directory(new File(".")).start();
    }

    /** Runs in a separate JVM: tries to open the same database, as a second copy of the app would. */
    public static final class SecondCopy {
        public static void main(String[] args) {
            try (Database database = TestDatabases.open(Path.of(args[0]))) {
                System.out.println("OPENED");
            } catch (StorageException e) {
                System.out.println("REFUSED " + e.reason());
            }
        }
    }
}

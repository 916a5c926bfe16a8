package be.toppsy.desk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.testing.MutableClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before migrations change a database that holds data, a backup is taken. */
class MigrationBackupTest {

    private static final List<String> WITH_LATER_VERSION = List.of("classpath:db/migration",
            "classpath:db/testmigration");

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");

    @Test
    void aBackupIsTakenBeforePendingMigrationsButNotForANewDatabaseOrWhenNothingIsPending() {
        BackupStore store = new BackupStore(new DataFolder(folder), null, clock);
        List<String> guarded = new ArrayList<>();
        Database.MigrationGuard guard = db -> {
            guarded.add("backup");
            store.create(db, BackupStore.Kind.BEFORE_MIGRATION);
        };
        try (Database database = Database.open(DatabaseSettings.embeddedH2(folder), guard)) {
            new SettingsRepository().put(database.dsl(), "before", "the update");
        }
        assertThat(guarded).as("a new database has nothing to back up").isEmpty();

        try (Database database = Database.open(DatabaseSettings.embeddedH2(folder), guard, WITH_LATER_VERSION)) {
            assertThat(database.dsl().fetchCount(database.dsl().selectFrom("test_only_later_version"))).isZero();
        }
        assertThat(guarded).hasSize(1);
        assertThat(store.list()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BackupStore.Kind.BEFORE_MIGRATION);
            assertThat(b.encrypted()).isFalse();
        });

        try (Database database = Database.open(DatabaseSettings.embeddedH2(folder), guard, WITH_LATER_VERSION)) {
            assertThat(new SettingsRepository().get(database.dsl(), "before")).contains("the update");
        }
        assertThat(guarded).as("nothing pending the second time").hasSize(1);
    }
}

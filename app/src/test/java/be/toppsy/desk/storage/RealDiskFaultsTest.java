package be.toppsy.desk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.toppsy.desk.AppGate;
import be.toppsy.desk.backup.BackupFeature;
import be.toppsy.desk.backup.BackupService;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestGates;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.testing.Tmpfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that really fills up and a folder that really becomes read-only, on a small RAM file
 * system. Needs root on Linux to mount it; skipped elsewhere (StorageFaultsTest covers the same
 * messages without it).
 */
class RealDiskFaultsTest {

    @TempDir
    Path temp;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");

    @Test
    void aFullDiskStopsTheSaveWithAClearReasonAndKeepsWhatWasCommitted() throws Exception {
        Optional<Tmpfs> mounted = Tmpfs.mount(temp.resolve("disk"), "6m");
        assumeTrue(mounted.isPresent(), "needs root to mount a small file system");
        try (Tmpfs disk = mounted.get()) {
            Path folder = disk.path().resolve("data");
            AppGate gate = TestGates.firstRun(folder, clock);
            gate.services().settings().put("test.committed", "kept");
            Path filler = Files.write(disk.path().resolve("filler"), new byte[1024 * 1024]);

            String big = "x".repeat(3900);
            StorageException full = null;
            try {
                for (int i = 0; i < 100_000; i++) {
                    gate.services().settings().put("test.big." + i, big);
                }
            } catch (RuntimeException e) {
                full = StorageException.findIn(e).orElseThrow(() -> e);
            }
            assertThat(full).isNotNull();
            assertThat(full.reason()).isEqualTo(StorageException.Reason.DISK_FULL);

            // A backup now cannot be made either, and says why.
            BackupService backups = gate.opened().features().stream().filter(BackupFeature.class::isInstance)
                    .map(f -> ((BackupFeature) f).service()).findFirst().orElseThrow();
            assertThatThrownBy(backups::create).isInstanceOfSatisfying(StorageException.class,
                    e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.DISK_FULL));

            gate.close();
            Files.delete(filler);
            AppGate again = TestGates.restartAndLogin(folder, clock, "admin", TestServices.ADMIN_PASSWORD);
            assertThat(again.services().settings().get("test.committed")).contains("kept");
            again.services().settings().put("test.after", "works again");
            again.close();
        }
    }

    @Test
    void aReadOnlyDataFolderIsRefusedAtStart() throws Exception {
        Optional<Tmpfs> mounted = Tmpfs.mount(temp.resolve("ro"), "16m");
        assumeTrue(mounted.isPresent(), "needs root to mount a small file system");
        try (Tmpfs disk = mounted.get()) {
            Path folder = disk.path().resolve("data");
            TestGates.firstRun(folder, clock).close();
            assertThat(disk.remountReadOnly()).isTrue();
            AppGate gate = TestGates.gate(folder, clock);
            assertThatThrownBy(gate::inspect).isInstanceOfSatisfying(StorageException.class,
                    e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.FOLDER_NOT_WRITABLE));
            assertThat(DatabaseSettings.h2File(folder)).exists();
        }
    }
}

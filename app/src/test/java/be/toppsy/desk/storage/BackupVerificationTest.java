package be.toppsy.desk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.AppGate;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.backup.BackupFeature;
import be.toppsy.desk.shell.Gate;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestGates;
import be.toppsy.desk.testing.TestServices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup is verified in full before it may replace anything: a damaged one is refused with its
 * name and the current database and key file stay exactly as they were.
 */
class BackupVerificationTest {

    private static final BackupCredential ADMIN = new BackupCredential("admin",
            TestServices.ADMIN_PASSWORD.toCharArray());

    @TempDir
    Path folder;
    @TempDir
    Path stick;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");
    private AppGate gate;
    private Path backup;
    private String recoveryCode;

    /** An installation with one backup ("in-backup"), then a later change ("after-backup"), closed. */
    @BeforeEach
    void installationWithABackup() {
        gate = TestGates.firstRun(folder, clock);
        recoveryCode = gate.recoveryCodeToShow().orElseThrow();
        gate.services().settings().put("test.marker", "in-backup");
        backup = gate.opened().features().stream().filter(BackupFeature.class::isInstance)
                .map(f -> ((BackupFeature) f).service()).findFirst().orElseThrow().create().path();
        clock.advance(Duration.ofHours(1));
        gate.services().settings().put("test.marker", "after-backup");
        gate.close();
        gate = TestGates.gate(folder, clock);
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
    }

    @AfterEach
    void close() {
        gate.close();
    }

    @Test
    void aWholeBackupIsRestoredWithAPasswordOfThatTime() {
        gate.restoreBeforeLogin(backup, null, ADMIN);
        assertThat(markerAfterLogin()).isEqualTo("in-backup");
    }

    @Test
    void aWholeBackupIsRestoredWithTheRecoveryCodeOfThatTime() {
        gate.restoreBeforeLogin(backup, null, BackupCredential.recoveryCode(recoveryCode.toLowerCase()));
        assertThat(markerAfterLogin()).isEqualTo("in-backup");
    }

    @Test
    void flippedBytesInTheDatabaseEntryAreRefused() throws IOException {
        byte[] zip = Files.readAllBytes(backup);
        int at = zip.length * 3 / 5;
        zip[at] ^= 0x5A;
        zip[at + 1] ^= 0x5A;
        assertRefused(write("flipped.zip", zip), StorageException.Reason.BACKUP_UNREADABLE);
    }

    @Test
    void aTruncatedBackupFileIsRefused() throws IOException {
        byte[] zip = Files.readAllBytes(backup);
        assertRefused(write("truncated.zip", Arrays.copyOf(zip, zip.length / 2)),
                StorageException.Reason.BACKUP_UNREADABLE);
    }

    @Test
    void aWellFormedZipWithTheDatabaseCutInHalfIsRefused() throws IOException {
        Path half = repack("half.zip", entries -> {
            byte[] database = entries.get(BackupStore.DATABASE_ENTRY);
            entries.put(BackupStore.DATABASE_ENTRY, Arrays.copyOf(database, database.length / 2));
            return entries;
        });
        assertRefused(half, StorageException.Reason.BACKUP_UNREADABLE);
    }

    @Test
    void randomBytesInsideAWellFormedZipAreRefused() throws IOException {
        Path random = repack("random.zip", entries -> {
            byte[] database = entries.get(BackupStore.DATABASE_ENTRY);
            byte[] noise = database.clone();
            byte[] block = new byte[4096];
            new Random(11).nextBytes(block);
            // Keep H2's header, replace a block in the middle: the zip itself is in order.
            System.arraycopy(block, 0, noise, 8192, Math.min(block.length, noise.length - 8192));
            entries.put(BackupStore.DATABASE_ENTRY, noise);
            return entries;
        });
        assertRefused(random, StorageException.Reason.BACKUP_UNREADABLE);
    }

    @Test
    void aBackupWithoutItsDatabaseEntryIsRefused() throws IOException {
        Path missing = repack("missing.zip", entries -> {
            entries.remove(BackupStore.DATABASE_ENTRY);
            return entries;
        });
        assertRefused(missing, StorageException.Reason.BACKUP_UNREADABLE);
    }

    @Test
    void aBackupWithoutItsKeyFileIsRefused() throws IOException {
        Path missing = repack("nokeys.zip", entries -> {
            entries.remove(BackupStore.KEYS_ENTRY);
            return entries;
        });
        assertRefused(missing, StorageException.Reason.BACKUP_UNREADABLE);
    }

    @Test
    void aBackupFromANewerVersionIsRefused() throws IOException {
        Path newer = repack("newer.zip", entries -> {
            Path unpacked = stick.resolve("newer");
            try {
                Files.createDirectories(unpacked);
                Files.write(DatabaseSettings.h2File(unpacked), entries.get(BackupStore.DATABASE_ENTRY));
                DatabaseKey key = KeyVault.unlockBackup(entries.get(BackupStore.KEYS_ENTRY), ADMIN).orElseThrow();
                try (Database database = Database.openAsIs(DatabaseSettings.encryptedH2(unpacked, key))) {
                    database.dsl().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\","
                            + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                            + " \"execution_time\", \"success\") values (9999, '9999', 'from the future', 'SQL',"
                            + " 'V9999__from_the_future.sql', 0, 'toppsy', 0, true)");
                }
                byte[] database = Files.readAllBytes(DatabaseSettings.h2File(unpacked));
                entries.put(BackupStore.DATABASE_ENTRY, database);
                // As a newer version would have written it: the description matches its database.
                java.util.Properties info = new java.util.Properties();
                info.load(new java.io.ByteArrayInputStream(entries.get(BackupStore.INFO_ENTRY)));
                info.setProperty(BackupCheck.DATABASE_SIZE, String.valueOf(database.length));
                info.setProperty(BackupCheck.DATABASE_DIGEST, HexFormat.of().formatHex(
                        BackupCheck.newDigest().digest(database)));
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                info.store(text, null);
                entries.put(BackupStore.INFO_ENTRY, text.toByteArray());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return entries;
        });
        assertRefused(newer, StorageException.Reason.BACKUP_NEWER_VERSION);
    }

    @Test
    void aPasswordThatDoesNotOpenTheBackupChangesNothing() throws IOException {
        assertRefused(backup, new BackupCredential("admin", "Niet-het-wachtwoord-1".toCharArray()),
                StorageException.Reason.BACKUP_LOCKED);
    }

    @Test
    void onlyTheBackupsKeyFileComesBackAfterTheBackupIsVerified() throws IOException {
        Files.delete(folder.resolve(KeyVault.FILE_NAME));
        gate.close();
        gate = TestGates.gate(folder, clock);
        assertThat(gate.inspect()).isInstanceOf(Gate.Problem.class);
        byte[] zip = Files.readAllBytes(backup);
        zip[zip.length * 3 / 5] ^= 0x5A;
        Path damaged = write("damaged.zip", zip);
        assertThatThrownBy(() -> gate.restoreBeforeLogin(damaged, StorageException.Reason.KEYS_MISSING, ADMIN))
                .isInstanceOf(StorageException.class);
        assertThat(folder.resolve(KeyVault.FILE_NAME)).doesNotExist();
        gate.restoreBeforeLogin(backup, StorageException.Reason.KEYS_MISSING, ADMIN);
        assertThat(markerAfterLogin()).isEqualTo("after-backup");
    }

    private void assertRefused(Path file, StorageException.Reason reason) throws IOException {
        assertRefused(file, ADMIN, reason);
    }

    private void assertRefused(Path file, BackupCredential credential, StorageException.Reason reason)
            throws IOException {
        String database = digest(DatabaseSettings.h2File(folder));
        String keys = digest(folder.resolve(KeyVault.FILE_NAME));
        assertThatThrownBy(() -> gate.restoreBeforeLogin(file, null, credential))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.detail()).as("the message names the backup").isEqualTo(file.getFileName().toString());
                });
        assertThat(digest(DatabaseSettings.h2File(folder))).as("the database is untouched").isEqualTo(database);
        assertThat(digest(folder.resolve(KeyVault.FILE_NAME))).as("the key file is untouched").isEqualTo(keys);
        try (Stream<Path> left = Files.list(folder.resolve(BackupStore.FOLDER))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("nothing unpacked is left")
                    .noneMatch(n -> n.startsWith(".verify") || n.startsWith("replaced-"));
        }
        assertThat(markerAfterLogin()).isEqualTo("after-backup");
    }

    private String markerAfterLogin() {
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
        assertThat(gate.login("admin", TestServices.ADMIN_PASSWORD.toCharArray())).isInstanceOf(LoginResult.Success.class);
        return gate.services().settings().get("test.marker").orElseThrow();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(stick.resolve(name), bytes);
    }

    private Path repack(String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : change.apply(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return write(name, bytes.toByteArray());
    }

    private static String digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

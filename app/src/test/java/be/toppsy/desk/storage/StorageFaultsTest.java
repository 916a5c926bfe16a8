package be.toppsy.desk.storage;

import static be.toppsy.desk.storage.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.AppGate;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.backup.BackupFeature;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.shell.Gate;
import be.toppsy.desk.shell.ProblemViewModel;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.RecordingDialogs;
import be.toppsy.desk.testing.TestGates;
import be.toppsy.desk.testing.TestServices;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fault gives a clear reason (and where it helps, a restore), never a stack trace and never a
 * silently new, empty database.
 */
class StorageFaultsTest {

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");
    private static final BackupCredential ADMIN = new BackupCredential("admin",
            TestServices.ADMIN_PASSWORD.toCharArray());
    private AppGate gate;
    private BackupStore.Backup backup;

    /** An installation with one backup, then a later change ("after-backup"), then closed. */
    @BeforeEach
    void installationWithABackup() {
        gate = TestGates.firstRun(folder, clock);
        gate.services().settings().put("test.marker", "in-backup");
        backup = gate.opened().features().stream().filter(BackupFeature.class::isInstance)
                .map(f -> ((BackupFeature) f).service()).findFirst().orElseThrow().create();
        clock.advance(Duration.ofHours(1));
        gate.services().settings().put("test.marker", "after-backup");
        gate.close();
        gate = TestGates.gate(folder, clock);
    }

    @AfterEach
    void close() {
        gate.close();
    }

    private StorageException.Reason problemAtStart() {
        Gate.Start start = gate.inspect();
        assertThat(start).isInstanceOf(Gate.Problem.class);
        return ((Gate.Problem) start).problem().reason();
    }

    private String markerAfterLogin() {
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
        assertThat(gate.login("admin", TestServices.ADMIN_PASSWORD.toCharArray())).isInstanceOf(LoginResult.Success.class);
        return gate.services().settings().get("test.marker").orElseThrow();
    }

    @Test
    void aMissingDatabaseFileIsNeverReplacedByAnEmptyOneAndABackupBringsItBack() throws Exception {
        Files.delete(DatabaseSettings.h2File(folder));
        assertThat(problemAtStart()).isEqualTo(StorageException.Reason.DATABASE_MISSING);
        assertThat(StorageException.Reason.DATABASE_MISSING.restoreHelps()).isTrue();
        assertThatThrownBy(() -> gate.login("admin", TestServices.ADMIN_PASSWORD.toCharArray()))
                .as("a login does not open (or create) anything").isInstanceOf(StorageException.class);
        assertThat(DatabaseSettings.h2File(folder)).doesNotExist();
        // Even asked directly, the database layer does not make a new file for a login.
        KeyVault vault = KeyVault.in(new DataFolder(folder), KeyVault.Strength.FAST_FOR_TESTS, clock);
        vault.unlock("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        assertThatThrownBy(() -> Database.openExisting(DatabaseSettings.encryptedH2(new DataFolder(folder), vault),
                Database.MigrationGuard.NONE)).isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.DATABASE_MISSING));
        vault.lock();
        assertThat(DatabaseSettings.h2File(folder)).doesNotExist();

        gate.restoreBeforeLogin(gate.backupsToRestore().get(0).path(), StorageException.Reason.DATABASE_MISSING,
                ADMIN);
        assertThat(markerAfterLogin()).isEqualTo("in-backup");
        assertThat(gate.services().database().dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("BACKUP_RESTORED")))
                .isEqualTo(1);
    }

    @Test
    void aLostKeyFileComesBackFromABackupAndTheLaterDataStays() throws Exception {
        Files.delete(folder.resolve(KeyVault.FILE_NAME));
        assertThat(problemAtStart()).isEqualTo(StorageException.Reason.KEYS_MISSING);
        gate.restoreBeforeLogin(backup.path(), StorageException.Reason.KEYS_MISSING, ADMIN);
        assertThat(markerAfterLogin()).isEqualTo("after-backup");
    }

    @Test
    void aHalfWrittenKeyFileIsRecognisedAndTheKeyFileComesBackFromABackup() throws Exception {
        Path keys = folder.resolve(KeyVault.FILE_NAME);
        byte[] whole = Files.readAllBytes(keys);
        Files.write(keys, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(problemAtStart()).isEqualTo(StorageException.Reason.KEYS_DAMAGED);
        assertThat(StorageException.Reason.KEYS_DAMAGED.keysOnly()).isTrue();
        assertThatThrownBy(() -> gate.login("admin", TestServices.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOf(StorageException.class);
        gate.restoreBeforeLogin(backup.path(), StorageException.Reason.KEYS_DAMAGED, ADMIN);
        assertThat(markerAfterLogin()).isEqualTo("after-backup");
    }

    @Test
    void aKeyFileWithOneChangedByteIsRecognisedAsDamaged() throws Exception {
        Path keys = folder.resolve(KeyVault.FILE_NAME);
        String text = Files.readString(keys);
        int at = text.indexOf("copy.admin.") + "copy.admin.".length() + 12;
        char changed = text.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(keys, text.substring(0, at) + changed + text.substring(at + 1));
        assertThat(problemAtStart()).isEqualTo(StorageException.Reason.KEYS_DAMAGED);
    }

    @Test
    void aDamagedDatabaseFileIsRefusedAndKeptAsideWhenABackupIsRestored() throws Exception {
        Path file = DatabaseSettings.h2File(folder);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] noise = new byte[(int) raw.length() - 8192];
            new Random(7).nextBytes(noise);
            raw.seek(8192);
            raw.write(noise);
        }
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
        assertThatThrownBy(() -> gate.login("admin", TestServices.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageException.Reason.DAMAGED);
                    assertThat(e.reason().restoreHelps()).isTrue();
                });
        assertThat(gate.isOpen()).isFalse();

        gate.restoreBeforeLogin(backup.path(), StorageException.Reason.DAMAGED, ADMIN);
        assertThat(markerAfterLogin()).isEqualTo("in-backup");
        try (var files = Files.list(folder.resolve(BackupStore.FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-"));
        }
    }

    @Test
    void aDamagedBlockNearTheStartIsRefusedToo() throws Exception {
        Path file = DatabaseSettings.h2File(folder);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] noise = new byte[(int) raw.length() - 4096];
            new Random(7).nextBytes(noise);
            raw.seek(4096);
            raw.write(noise);
        }
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
        assertThatThrownBy(() -> gate.login("admin", TestServices.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isIn(StorageException.Reason.DAMAGED, StorageException.Reason.WRONG_KEY);
                    assertThat(e.reason().restoreHelps()).isTrue();
                });
    }

    @Test
    void aDatabaseFileWithADamagedHeaderIsRefusedAtStart() throws Exception {
        Path file = DatabaseSettings.h2File(folder);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.write("garbage!".getBytes());
        }
        assertThat(problemAtStart()).isEqualTo(StorageException.Reason.DAMAGED);
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedWithTheOfferToRestore() {
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
        gate.login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        gate.services().database().dsl().execute("insert into \"flyway_schema_history\" (\"installed_rank\","
                + " \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                + " \"execution_time\", \"success\") values (999, '999', 'from the future', 'SQL', 'V999__future.sql',"
                + " 0, 'test', 1, true)");
        gate.close();
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
        assertThatThrownBy(() -> gate.login("admin", TestServices.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageException.Reason.NEWER_VERSION);
                    assertThat(e.reason().restoreHelps()).isTrue();
                });
        assertThat(gate.isOpen()).isFalse();
    }

    @Test
    void aSecondCopyOfTheApplicationIsRefusedBeforeTheLogin() {
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
        gate.login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        AppGate second = TestGates.gate(folder, clock);
        assertThatThrownBy(second::inspect).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.IN_USE));
    }

    @Test
    void aDatabaseThatCanOnlyBeReadIsRefusedInsteadOfFailingAtTheFirstSave() {
        // H2 opens a file it may not write in read-only mode; this is that mode, as a read-only folder gives it.
        KeyVault vault = KeyVault.in(new DataFolder(folder), KeyVault.Strength.FAST_FOR_TESTS, clock);
        assertThat(vault.unlock("admin", TestServices.ADMIN_PASSWORD.toCharArray())).isTrue();
        DatabaseSettings settings = DatabaseSettings.encryptedH2(new DataFolder(folder), vault);
        DatabaseSettings readOnly = new DatabaseSettings(settings.url() + ";ACCESS_MODE_DATA=r", settings.user(),
                settings.password());
        assertThatThrownBy(() -> Database.open(readOnly)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.FOLDER_NOT_WRITABLE));
        vault.lock();
    }

    @Test
    void aFullDiskIsRecognisedWhereverItShowsUp() {
        assertThat(Database.translate(new SQLException("disk full", "HY000", 90100), null).reason())
                .isEqualTo(StorageException.Reason.DISK_FULL);
        SQLException io = new SQLException("IO Exception: \"No space left on device\"", "HY000", 90028);
        assertThat(StorageException.findIn(new org.jooq.exception.DataAccessException("insert", io)))
                .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.DISK_FULL));
        assertThat(StorageException.fromIo(new FileSystemException("/usb/x", null, "No space left on device"), "/usb")
                .reason()).isEqualTo(StorageException.Reason.DISK_FULL);
        assertThat(StorageException.fromIo(new java.nio.file.AccessDeniedException("/usb/x"), "/usb").reason())
                .isEqualTo(StorageException.Reason.FOLDER_NOT_WRITABLE);
        assertThat(StorageException.findIn(new IllegalStateException("something else"))).isEmpty();
    }

    @Test
    void theProblemScreenExplainsInWordsAndOffersTheBackups() throws Exception {
        Files.delete(DatabaseSettings.h2File(folder));
        StorageException problem = ((Gate.Problem) gate.inspect()).problem();
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.askAnswer = "admin";
        dialogs.secretAnswer = TestServices.ADMIN_PASSWORD;
        AtomicInteger retried = new AtomicInteger();
        ProblemViewModel model = new ProblemViewModel(gate, TaskRunner.direct(), new Messages(Language.NL), dialogs,
                problem, retried::incrementAndGet);
        assertThat(model.text()).contains("ontbreekt").contains(DatabaseSettings.h2File(folder).toString())
                .doesNotContain("Exception").doesNotContain("at be.");
        assertThat(model.canRestore()).isTrue();
        model.load();
        assertThat(model.backups()).hasSize(1);
        assertThat(model.selectedProperty().get()).isNotNull();
        model.restoreSelected();
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("confirm:")).anyMatch(s -> s.startsWith("askSecret:"));
        assertThat(retried).hasValue(1);
        assertThat(markerAfterLogin()).isEqualTo("in-backup");
    }

    @Test
    void noProblemMessageIsLeftWithoutWords() throws IOException {
        Messages messages = new Messages(Language.NL);
        for (StorageException.Reason reason : StorageException.Reason.values()) {
            assertThat(messages.has(reason.messageKey())).as(reason.name()).isTrue();
        }
    }
}

package be.toppsy.desk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.AppGate;
import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.shell.Gate;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestGates;
import be.toppsy.desk.testing.TestServices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copied database file or backup shows nothing without the key, and a database from before
 * encryption is converted at the first start, with an (encrypted) backup first.
 */
class EncryptionAtRestTest {

    /** Stands for a resident's name: it must never appear in the bytes of a file on disk. */
    private static final String NAME = "Zoë Unieknaam-Vandenberghe";
    private static final String SARA_PASSWORD = "Zonnebloem-2026";

    @TempDir
    Path folder;
    @TempDir
    Path stolen;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");

    private static void addPerson(App.Services services) {
        services.accounts().createUser(new AccountService.NewUser(NAME, "sara", SARA_PASSWORD.toCharArray(),
                SARA_PASSWORD.toCharArray(), EnumSet.of(Role.SUPPORT_WORKER), Language.NL));
        services.settings().put("test.note", NAME + " heeft een afspraak");
    }

    private static boolean contains(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] unzipped(Path zip) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (var entry : file.stream().toList()) {
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(all);
                }
            }
        }
        return all.toByteArray();
    }

    @Test
    void withoutEncryptionTheNameWouldBeReadableInTheFile() throws Exception {
        // The check below would see a leak: an unencrypted database shows the name in its bytes.
        App.Services plain = TestServices.withAdmin(folder, clock);
        addPerson(plain);
        plain.database().close();
        assertThat(contains(Files.readAllBytes(DatabaseSettings.h2File(folder)), "Unieknaam")).isTrue();
    }

    @Test
    void aCopiedDatabaseFileAndItsBackupsShowNothingWithoutTheKey() throws Exception {
        AppGate gate = TestGates.firstRun(folder, clock);
        addPerson(gate.services());
        BackupStore.Backup backup = gate.services().features().stream()
                .filter(be.toppsy.desk.backup.BackupFeature.class::isInstance)
                .map(f -> ((be.toppsy.desk.backup.BackupFeature) f).service()).findFirst().orElseThrow().create();
        gate.close();

        Path copy = Files.copy(DatabaseSettings.h2File(folder), DatabaseSettings.h2File(stolen));
        byte[] bytes = Files.readAllBytes(copy);
        assertThat(contains(bytes, "Unieknaam")).isFalse();
        assertThat(contains(bytes, "sara")).isFalse();
        assertThat(contains(bytes, "app_user")).isFalse();
        byte[] backupBytes = unzipped(backup.path());
        assertThat(contains(backupBytes, "Unieknaam")).isFalse();
        assertThat(contains(Files.readAllBytes(folder.resolve(KeyVault.FILE_NAME)), "Unieknaam")).isFalse();

        assertThatThrownBy(() -> Database.open(DatabaseSettings.embeddedH2(stolen)))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.DAMAGED));
        assertThatThrownBy(() -> Database.open(DatabaseSettings.encryptedH2(stolen,
                DatabaseKey.generate(new SecureRandom())))).isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.WRONG_KEY));
    }

    @Test
    void aDatabaseFromBeforeEncryptionIsConvertedAtFirstStartAndEveryoneLogsInAsBefore() throws Exception {
        App.Services plain = TestServices.withAdmin(folder, clock);
        addPerson(plain);
        plain.database().close();

        AppGate gate = TestGates.gate(folder, clock);
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
        assertThat(DataState.inspect(new DataFolder(folder))).isEqualTo(DataState.ENCRYPTED);
        assertThat(contains(Files.readAllBytes(DatabaseSettings.h2File(folder)), "Unieknaam")).isFalse();
        assertThat(folder.resolve(PlainDatabaseConversion.WORK_FOLDER)).doesNotExist();
        BackupStore.Backup before = new BackupStore(new DataFolder(folder), null, clock).list().get(0);
        assertThat(before.kind()).isEqualTo(BackupStore.Kind.BEFORE_ENCRYPTION);
        assertThat(contains(unzipped(before.path()), "Unieknaam")).isFalse();

        // A staff member logs in with the password they always had; the data is all there.
        assertThat(gate.login("sara", SARA_PASSWORD.toCharArray())).isInstanceOf(LoginResult.Success.class);
        assertThat(gate.services().settings().get("test.note")).contains(NAME + " heeft een afspraak");
        assertThat(gate.recoveryCodeToShow()).as("not for a staff member").isEmpty();
        KeyVault vault = KeyVault.in(new DataFolder(folder), KeyVault.Strength.FAST_FOR_TESTS, clock);
        assertThat(vault.needsNewCopy("sara")).as("the first login renewed her copy").isFalse();
        assertThat(vault.needsNewCopy("admin")).isTrue();
        gate.close();

        // The first administrator to log in gets the recovery code.
        AppGate later = TestGates.restartAndLogin(folder, clock, "admin", TestServices.ADMIN_PASSWORD);
        assertThat(later.recoveryCodeToShow()).isPresent();
        later.close();
    }

    @Test
    void anInterruptedConversionIsSimplyDoneAgain() throws Exception {
        App.Services plain = TestServices.withAdmin(folder, clock);
        addPerson(plain);
        plain.database().close();
        // As if the last start stopped after writing a key file but before the encrypted file took its place.
        Files.writeString(folder.resolve(KeyVault.FILE_NAME), "format=1\nstate=ready\n");
        Files.createDirectories(folder.resolve(PlainDatabaseConversion.WORK_FOLDER));
        Files.writeString(folder.resolve(PlainDatabaseConversion.WORK_FOLDER).resolve("toppsy.mv.db"), "half");

        AppGate gate = TestGates.restartAndLogin(folder, clock, "sara", SARA_PASSWORD);
        assertThat(gate.services().settings().get("test.note")).isPresent();
        gate.close();
    }
}

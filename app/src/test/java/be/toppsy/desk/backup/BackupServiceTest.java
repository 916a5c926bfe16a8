package be.toppsy.desk.backup;

import static be.toppsy.desk.storage.jooq.Tables.APP_SETTING;
import static be.toppsy.desk.storage.jooq.Tables.APP_USER;
import static be.toppsy.desk.storage.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.toppsy.desk.AppGate;
import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.shell.Gate;
import be.toppsy.desk.storage.BackupStore;
import be.toppsy.desk.storage.StorageException;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestGates;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of the encrypted database: made, listed, kept, copied and restored. */
class BackupServiceTest {

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");
    private AppGate gate;
    private final List<Boolean> restored = new ArrayList<>();

    @BeforeEach
    void firstRun() {
        gate = TestGates.firstRun(folder, clock);
        gate.whenRestored(restored::add);
    }

    @AfterEach
    void close() {
        gate.close();
    }

    private BackupService backups() {
        return gate.opened().features().stream().filter(BackupFeature.class::isInstance)
                .map(f -> ((BackupFeature) f).service()).findFirst().orElseThrow();
    }

    private void createUser(String username) {
        gate.services().accounts().createUser(new AccountService.NewUser(username + " Test", username,
                "Tijdelijk-2026".toCharArray(), "Tijdelijk-2026".toCharArray(), EnumSet.of(Role.STAFF), Language.NL));
    }

    private void loginAgain(String password) {
        assertThat(gate.isOpen()).isFalse();
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
        assertThat(gate.login("admin", password.toCharArray())).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void backUpChangeRestoreAndTheEarlierStateIsBack() {
        createUser("tom");
        gate.services().settings().put("test.marker", "before");
        BackupStore.Backup backup = backups().create();
        clock.advance(Duration.ofMinutes(5));

        createUser("sara");
        gate.services().settings().put("test.marker", "after");
        backups().restore(backup);

        assertThat(restored).containsExactly(true);
        loginAgain(TestServices.ADMIN_PASSWORD);
        var dsl = gate.services().database().dsl();
        assertThat(dsl.select(APP_USER.USERNAME).from(APP_USER).fetch(APP_USER.USERNAME))
                .containsExactlyInAnyOrder("admin", "tom");
        assertThat(dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq("test.marker")).fetchOne(APP_SETTING.SETTING_VALUE)).isEqualTo("before");
        // The restore is in the restored database's audit trail, and the state before it is a backup itself.
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("BACKUP_RESTORED")
                .and(AUDIT_EVENT.ACTOR_NAME.eq("admin")))).isEqualTo(1);
        assertThat(backups().list()).extracting(BackupStore.Backup::kind)
                .contains(BackupStore.Kind.BEFORE_RESTORE, BackupStore.Kind.MANUAL);
    }

    @Test
    void theStateBeforeARestoreCanItselfBeRestored() {
        BackupStore.Backup empty = backups().create();
        clock.advance(Duration.ofMinutes(1));
        createUser("sara");
        backups().restore(empty);
        loginAgain(TestServices.ADMIN_PASSWORD);
        BackupStore.Backup before = backups().list().stream()
                .filter(b -> b.kind() == BackupStore.Kind.BEFORE_RESTORE).findFirst().orElseThrow();
        backups().restore(before);
        loginAgain(TestServices.ADMIN_PASSWORD);
        assertThat(gate.services().database().dsl().fetchCount(APP_USER, APP_USER.USERNAME.eq("sara"))).isEqualTo(1);
    }

    @Test
    void aRestoredBackupOpensWithThePasswordsOfItsTime() {
        BackupStore.Backup backup = backups().create();
        gate.services().accounts().changeOwnPassword(TestServices.ADMIN_PASSWORD.toCharArray(),
                "Later-gekozen-5".toCharArray(), "Later-gekozen-5".toCharArray());
        backups().restore(backup);
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
        assertThat(gate.login("admin", "Later-gekozen-5".toCharArray())).isInstanceOf(LoginResult.Refused.class);
        assertThat(gate.login("admin", TestServices.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void theListShowsDatesKindsAndSizesNewestFirstAndKeepsTheConfiguredNumber() {
        backups().setKeep(3);
        for (int i = 0; i < 5; i++) {
            backups().create();
            clock.advance(Duration.ofHours(1));
        }
        List<BackupStore.Backup> list = backups().list();
        assertThat(list).hasSize(3);
        assertThat(list.get(0).createdAt()).isAfter(list.get(1).createdAt());
        assertThat(list).allSatisfy(b -> {
            assertThat(b.size()).isPositive();
            assertThat(b.encrypted()).isTrue();
            assertThat(b.kind()).isEqualTo(BackupStore.Kind.MANUAL);
        });
        assertThat(list.get(0).createdAt()).isEqualTo(clock.instant().minus(Duration.ofHours(1)));
        assertThatThrownBy(() -> backups().setKeep(1)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsKey("keep"));
    }

    @Test
    void aNumberToKeepWhoseAuditLineFailsIsNotStoredAndNoBackupIsPruned() {
        backups().setKeep(5);
        for (int i = 0; i < 5; i++) {
            backups().create();
            clock.advance(Duration.ofHours(1));
        }
        // Refuse the new audit line at the database, as a full disk or a broken connection would.
        gate.services().database().dsl().execute("alter table audit_event add constraint refuse_keep_three"
                + " check (not (action = 'SETTING_CHANGED' and details = '3'))");

        assertThatThrownBy(() -> backups().setKeep(3)).isInstanceOf(org.jooq.exception.DataAccessException.class);

        assertThat(backups().keep()).isEqualTo(5);
        assertThat(backups().list()).hasSize(5);
    }

    @Test
    void theDailyBackupIsMadeWhenTheNewestIsOlderThanADay() {
        gate.maintenance();
        assertThat(backups().list()).singleElement().extracting(BackupStore.Backup::kind)
                .isEqualTo(BackupStore.Kind.DAILY);
        clock.advance(Duration.ofHours(23));
        gate.maintenance();
        assertThat(backups().list()).hasSize(1);
        clock.advance(Duration.ofHours(2));
        gate.maintenance();
        assertThat(backups().list()).hasSize(2);
    }

    @Test
    void aBackupIsCopiedToAnotherPlaceAndRestoredFromThere() throws Exception {
        BackupStore.Backup backup = backups().create();
        Path copy = backups().copy(backup, elsewhere);
        assertThat(copy).exists().hasSameBinaryContentAs(backup.path());
        createUser("sara");
        backups().restore(backups().check(copy));
        loginAgain(TestServices.ADMIN_PASSWORD);
        assertThat(gate.services().database().dsl().fetchCount(APP_USER, APP_USER.USERNAME.eq("sara"))).isZero();
    }

    @Test
    void copyingToAFullDiskSaysSoClearly() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full (Linux)");
        BackupStore.Backup backup = backups().create();
        // The copy is written beside its target first; here that goes to a device that is always full.
        Files.createSymbolicLink(elsewhere.resolve("usb.zip.part"), full);
        assertThatThrownBy(() -> backups().copy(backup, elsewhere.resolve("usb.zip")))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.DISK_FULL));
        assertThat(elsewhere.resolve("usb.zip")).doesNotExist();
    }

    @Test
    void aFileThatIsNotABackupIsRefusedBeforeAnythingChanges() throws Exception {
        Path notABackup = Files.writeString(elsewhere.resolve("toppsy-fake.zip"), "not a zip");
        assertThatThrownBy(() -> backups().check(notABackup)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.BACKUP_UNREADABLE));
        assertThat(gate.isOpen()).isTrue();
    }

    @Test
    void onlyAnAdministratorManagesBackups() {
        createUser("tom");
        gate.services().accounts().logout();
        gate.login("tom", "Tijdelijk-2026".toCharArray());
        assertThatThrownBy(() -> backups().create()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups().list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups().newRecoveryCode()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewRecoveryCodeReplacesTheOldOne() {
        String first = gate.recoveryCodeToShow().orElseThrow();
        String second = backups().newRecoveryCode();
        assertThat(second).isNotEqualTo(first);
        gate.close();
        gate.inspect();
        assertThatThrownBy(() -> gate.recover(first, "admin", "Hersteld-2026-q".toCharArray(),
                "Hersteld-2026-q".toCharArray())).isInstanceOf(ValidationException.class);
        assertThat(gate.recover(second, "admin", "Hersteld-2026-q".toCharArray(), "Hersteld-2026-q".toCharArray())
                .username()).isEqualTo("admin");
    }
}

package be.toppsy.desk;

import static be.toppsy.desk.storage.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.shell.Gate;
import be.toppsy.desk.storage.DatabaseSettings;
import be.toppsy.desk.storage.KeyVault;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestGates;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logins unlock the database key: each "restart" below is a new gate on the same folder, so the
 * database is closed and only the key file's copies can open it.
 */
class AppGateTest {

    private static final String ADMIN_PASSWORD = TestServices.ADMIN_PASSWORD;
    private static final String TOM_PASSWORD = "Tijdelijk-2026";

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");
    private AppGate gate;

    @AfterEach
    void close() {
        if (gate != null) {
            gate.close();
        }
    }

    private AppGate restart() {
        if (gate != null) {
            gate.close();
        }
        gate = TestGates.gate(folder, clock);
        assertThat(gate.inspect()).isInstanceOf(Gate.Login.class);
        return gate;
    }

    private LoginResult loginAfterRestart(String username, String password) {
        return restart().login(username, password.toCharArray());
    }

    private User createTom() {
        return gate.services().accounts().createUser(new AccountService.NewUser("Tom Peeters", "tom",
                TOM_PASSWORD.toCharArray(), TOM_PASSWORD.toCharArray(), EnumSet.of(Role.STAFF), Language.NL));
    }

    @Test
    void firstRunMakesAnEncryptedDatabaseThatOpensWithTheAdministratorsPassword() {
        gate = TestGates.firstRun(folder, clock);
        assertThat(folder.resolve(KeyVault.FILE_NAME)).exists();
        assertThat(DatabaseSettings.h2File(folder)).exists();
        assertThat(loginAfterRestart("admin", ADMIN_PASSWORD)).isInstanceOf(LoginResult.Success.class);
        assertThat(gate.isOpen()).isTrue();
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswerAndOpenNothing() {
        gate = TestGates.firstRun(folder, clock);
        assertThat(loginAfterRestart("admin", "Verkeerd-2026-x")).isInstanceOf(LoginResult.Refused.class);
        assertThat(gate.isOpen()).isFalse();
        assertThat(loginAfterRestart("niemand", ADMIN_PASSWORD)).isInstanceOf(LoginResult.Refused.class);
        assertThat(gate.isOpen()).isFalse();
    }

    @Test
    void repeatedFailuresAreThrottledAcrossRestartsAndGoToTheAuditTrailLater() {
        gate = TestGates.firstRun(folder, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(loginAfterRestart("admin", "Verkeerd-2026-x")).isInstanceOf(LoginResult.Refused.class);
        }
        // The fourth attempt, even with the right password and after a restart, must wait.
        assertThat(loginAfterRestart("admin", ADMIN_PASSWORD)).isInstanceOf(LoginResult.Throttled.class);
        assertThat(loginAfterRestart("onbekend", "Verkeerd-2026-x")).isInstanceOf(LoginResult.Refused.class);
        clock.advance(Duration.ofSeconds(6));
        assertThat(loginAfterRestart("admin", ADMIN_PASSWORD)).isInstanceOf(LoginResult.Success.class);

        var dsl = gate.services().database().dsl();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("LOGIN_FAILED")
                .and(AUDIT_EVENT.ACTOR_NAME.eq("admin")))).isEqualTo(3);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("LOGIN_THROTTLED"))).isEqualTo(1);
        // A name that is no account's is not kept (it may be a password typed in the wrong field).
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_NAME.eq("onbekend"))).isZero();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("LOGIN_FAILED")
                .and(AUDIT_EVENT.ACTOR_NAME.isNull()))).isEqualTo(1);
    }

    @Test
    void aPasswordChangeRewrapsTheKey() {
        gate = TestGates.firstRun(folder, clock);
        gate.services().accounts().changeOwnPassword(ADMIN_PASSWORD.toCharArray(), "Nieuw-wachtwoord-7".toCharArray(),
                "Nieuw-wachtwoord-7".toCharArray());
        assertThat(loginAfterRestart("admin", ADMIN_PASSWORD)).isInstanceOf(LoginResult.Refused.class);
        assertThat(loginAfterRestart("admin", "Nieuw-wachtwoord-7")).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void anAdministratorsResetGivesTheUserACopyForTheTemporaryPassword() {
        gate = TestGates.firstRun(folder, clock);
        User tom = createTom();
        gate.services().accounts().resetPassword(tom.id(), "Opnieuw-2026-z".toCharArray(),
                "Opnieuw-2026-z".toCharArray());
        assertThat(loginAfterRestart("tom", TOM_PASSWORD)).isInstanceOf(LoginResult.Refused.class);
        assertThat(loginAfterRestart("tom", "Opnieuw-2026-z")).isInstanceOfSatisfying(LoginResult.Success.class,
                s -> assertThat(s.user().mustChangePassword()).isTrue());
    }

    @Test
    void deactivatingRemovesTheUsersCopyAndReactivatingNeedsATemporaryPassword() {
        gate = TestGates.firstRun(folder, clock);
        User tom = createTom();
        assertThat(loginAfterRestart("tom", TOM_PASSWORD)).isInstanceOf(LoginResult.Success.class);
        loginAfterRestart("admin", ADMIN_PASSWORD);
        gate.services().accounts().deactivate(tom.id());
        assertThat(KeyVault.in(new be.toppsy.desk.storage.DataFolder(folder), KeyVault.Strength.FAST_FOR_TESTS, clock)
                .usersWithCopies()).containsExactly("admin");
        assertThat(loginAfterRestart("tom", TOM_PASSWORD)).isInstanceOf(LoginResult.Refused.class);

        loginAfterRestart("admin", ADMIN_PASSWORD);
        assertThatThrownBy(() -> gate.services().accounts().reactivate(tom.id(), new char[0], new char[0]))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsKey("password"));
        gate.services().accounts().reactivate(tom.id(), "Terug-2026-abc".toCharArray(), "Terug-2026-abc".toCharArray());
        assertThat(loginAfterRestart("tom", "Terug-2026-abc")).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void theRecoveryCodeShowsOnceAndOpensTheDatabaseWhenEveryPasswordIsLost() {
        gate = TestGates.firstRun(folder, clock);
        String code = gate.recoveryCodeToShow().orElseThrow();
        assertThat(gate.recoveryCodeToShow()).as("shown once").isEmpty();

        restart();
        assertThatThrownBy(() -> gate.recover("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "admin",
                "Hersteld-2026-q".toCharArray(), "Hersteld-2026-q".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsKey("code"));
        assertThat(gate.isOpen()).isFalse();
        assertThatThrownBy(() -> gate.recover(code, "niemand", "Hersteld-2026-q".toCharArray(),
                "Hersteld-2026-q".toCharArray()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsKey("username"));
        assertThat(gate.isOpen()).isFalse();

        User admin = gate.recover(code.toLowerCase().replace("-", ""), "admin", "Hersteld-2026-q".toCharArray(),
                "Hersteld-2026-q".toCharArray());
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(gate.services().session().current().username()).isEqualTo("admin");
        assertThat(gate.services().database().dsl().fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.ACTION.eq("RECOVERY_CODE_USED"))).isEqualTo(1);
        assertThat(loginAfterRestart("admin", ADMIN_PASSWORD)).isInstanceOf(LoginResult.Refused.class);
        assertThat(loginAfterRestart("admin", "Hersteld-2026-q")).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void theRecoveryCodeIsNotOfferedToAnyoneButAnAdministrator() {
        gate = TestGates.firstRun(folder, clock);
        createTom();
        gate.services().accounts().logout();
        gate.login("tom", TOM_PASSWORD.toCharArray());
        assertThat(gate.recoveryCodeToShow()).isEmpty();
    }

    @Test
    void aNewPcStartsFromABackupOfTheOldOneInsteadOfANewSetup(@TempDir Path newPc, @TempDir Path usb)
            throws Exception {
        gate = TestGates.firstRun(folder, clock);
        createTom();
        be.toppsy.desk.storage.BackupStore.Backup backup = gate.opened().features().stream()
                .filter(be.toppsy.desk.backup.BackupFeature.class::isInstance)
                .map(f -> ((be.toppsy.desk.backup.BackupFeature) f).service()).findFirst().orElseThrow().create();
        Path onStick = Files.copy(backup.path(), usb.resolve(backup.fileName()));
        gate.close();

        AppGate fresh = TestGates.gate(newPc, clock);
        assertThat(fresh.inspect()).isEqualTo(new Gate.Setup(false));
        be.toppsy.desk.testing.RecordingDialogs dialogs = new be.toppsy.desk.testing.RecordingDialogs();
        dialogs.fileAnswer = onStick;
        // The backup opens only with a password of its time (or its recovery code) before it replaces anything.
        dialogs.askAnswer = "tom";
        dialogs.secretAnswer = TOM_PASSWORD;
        java.util.concurrent.atomic.AtomicBoolean restored = new java.util.concurrent.atomic.AtomicBoolean();
        new be.toppsy.desk.shell.SetupViewModel(fresh, be.toppsy.desk.common.TaskRunner.direct(),
                new be.toppsy.desk.i18n.Messages(Language.NL), dialogs, (u, d) -> { }, () -> restored.set(true), false)
                .restoreBackup();
        assertThat(restored).isTrue();
        assertThat(fresh.inspect()).isInstanceOf(Gate.Login.class);
        assertThat(fresh.login("tom", TOM_PASSWORD.toCharArray())).isInstanceOf(LoginResult.Success.class);
        fresh.close();
    }

    @Test
    void anUnfinishedFirstRunStartsOverInsteadOfLockingEveryoneOut() throws Exception {
        gate = TestGates.gate(folder, clock);
        gate.inspect();
        assertThatThrownBy(() -> gate.setup("Anna", "admin", "kort".toCharArray(), "kort".toCharArray(), Language.NL))
                .isInstanceOf(ValidationException.class);
        assertThat(folder.resolve(KeyVault.FILE_NAME)).doesNotExist();
        // A key file left by a setup that crashed half-way:
        KeyVault half = KeyVault.in(new be.toppsy.desk.storage.DataFolder(folder), KeyVault.Strength.FAST_FOR_TESTS,
                clock);
        half.generate();
        half.writeNew(true, java.util.List.of());
        half.lock();
        AppGate again = TestGates.gate(folder, clock);
        assertThat(again.inspect()).isInstanceOf(Gate.Setup.class);
        assertThat(folder.resolve(KeyVault.FILE_NAME)).doesNotExist();
        again.close();
        assertThat(Files.list(folder.resolve("backups")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("unfinished-setup-"));
    }
}

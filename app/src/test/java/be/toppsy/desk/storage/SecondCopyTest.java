package be.toppsy.desk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.AppGate;
import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.shell.Gate;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestGates;
import be.toppsy.desk.testing.TestServices;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two copies of the application on one data folder. The first holds the folder's lock from start
 * to exit; the second, in another JVM, tries to start and to write the key file over and over while
 * the first logs in and out, receives wrong passwords, creates users and resets passwords. The
 * second is refused every time and writes nothing; no key copy is lost.
 */
class SecondCopyTest {

    private static final int SECOND_COPY_SECONDS = 10;

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aSecondCopyRacingTheFirstIsRefusedAndNoKeyCopyIsLost() throws Exception {
        AppGate gate = TestGates.firstRun(folder, clock);
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(TestGates.ADMIN, TestServices.ADMIN_PASSWORD);

        Process second = startSecondCopy();
        int round = 0;
        // The first copy works until the second gives up; after a logout it still holds the folder.
        while (second.isAlive() || round < 3) {
            gate.logout();
            assertThat(gate.login(TestGates.ADMIN, "Niet-het-wachtwoord-1".toCharArray()))
                    .isInstanceOf(LoginResult.Refused.class);
            assertThat(gate.login(TestGates.ADMIN, TestServices.ADMIN_PASSWORD.toCharArray()))
                    .isInstanceOf(LoginResult.Success.class);
            AccountService accounts = gate.services().accounts();
            String name = "gebruiker" + round;
            String password = "Eerste-wachtwoord-" + round;
            User user = accounts.createUser(new AccountService.NewUser("Gebruiker " + round, name,
                    password.toCharArray(), password.toCharArray(), EnumSet.of(Role.STAFF), Language.NL));
            String reset = "Nieuw-wachtwoord-" + round;
            accounts.resetPassword(user.id(), reset.toCharArray(), reset.toCharArray());
            passwords.put(name, reset);
            round++;
        }
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).as(output).contains("DONE").doesNotContain("NOT REFUSED");
        assertThat(second.exitValue()).isZero();
        gate.close();

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(KeyVault.FILE_NAME)))
                    .as("no temporary key files left").containsExactly(KeyVault.FILE_NAME);
        }
        KeyVault vault = KeyVault.in(new DataFolder(folder), KeyVault.Strength.FAST_FOR_TESTS, clock);
        assertThat(vault.isWhole()).isTrue();
        passwords.forEach((name, password) -> {
            assertThat(vault.unlock(name, password.toCharArray())).as("the key copy of %s", name).isTrue();
            vault.lock();
        });
        TestGates.restartAndLogin(folder, clock, TestGates.ADMIN, TestServices.ADMIN_PASSWORD).close();
    }

    private Process startSecondCopy() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", SecondCopy.class.getName(), folder.toString(),
                String.valueOf(SECOND_COPY_SECONDS)))
                .redirectErrorStream(true).directory(new File(".")).start();
    }

    /** The second copy: starts the gate and writes to the key file again and again; each must be refused. */
    public static final class SecondCopy {

        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[1]));
            int refused = 0;
            while (System.nanoTime() < until) {
                refused += refusedAtStart(folder) + refusedWrite(folder);
                Thread.sleep(25);
            }
            System.out.println("DONE refused " + refused);
        }

        private static int refusedAtStart(Path folder) {
            AppGate gate = TestGates.gate(folder, Clock.systemUTC());
            try {
                Gate.Start start = gate.inspect();
                System.out.println("NOT REFUSED at start: " + start);
                return 0;
            } catch (StorageException e) {
                return report(e);
            }
        }

        /** What a copy at the login screen wrote before: a failed attempt and a note for the audit trail. */
        private static int refusedWrite(Path folder) {
            KeyVault vault = KeyVault.in(new DataFolder(folder), KeyVault.Strength.FAST_FOR_TESTS, Clock.systemUTC());
            try {
                vault.recordFailure(TestGates.ADMIN);
                System.out.println("NOT REFUSED write");
                return 0;
            } catch (StorageException e) {
                return report(e);
            }
        }

        private static int report(StorageException e) {
            if (e.reason() != StorageException.Reason.IN_USE) {
                System.out.println("NOT REFUSED as in use: " + e.reason());
                return 0;
            }
            return 1;
        }
    }
}

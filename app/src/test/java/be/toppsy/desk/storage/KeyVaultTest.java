package be.toppsy.desk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.accounts.PasswordHasher;
import be.toppsy.desk.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key file: copies of the database key per password and under the recovery code. */
class KeyVaultTest {

    private static final char[] ANNA = "Beheer-2026-wachtwoord".toCharArray();
    private static final char[] TOM = "Tijdelijk-2026".toCharArray();

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");
    private KeyVault vault;
    private byte[] key;

    @BeforeEach
    void newVaultWithAnna() {
        vault = fresh();
        vault.generate();
        vault.writeNew(true, List.of());
        vault.keepOnly("anna", vault.add("anna", ANNA));
        vault.markReady();
        key = vault.key().bytes();
        vault.lock();
    }

    private KeyVault fresh() {
        return KeyVault.in(new DataFolder(folder), KeyVault.Strength.FAST_FOR_TESTS, clock);
    }

    @Test
    void theRightPasswordUnlocksTheDatabaseKey() {
        KeyVault later = fresh();
        assertThat(later.unlock("anna", ANNA)).isTrue();
        assertThat(later.key().bytes()).isEqualTo(key);
        assertThat(later.unlock(" ANNA ", ANNA)).as("names as the login normalises them").isTrue();
    }

    @Test
    void aWrongPasswordAndAnUnknownNameBothSimplyFail() {
        KeyVault later = fresh();
        assertThat(later.unlock("anna", "Verkeerd-2026".toCharArray())).isFalse();
        assertThat(later.isOpen()).isFalse();
        assertThat(later.unlock("niemand", ANNA)).isFalse();
        assertThat(later.isOpen()).isFalse();
    }

    @Test
    void aPasswordChangeKeepsOnlyTheNewCopy() {
        KeyVault later = fresh();
        later.unlock("anna", ANNA);
        String copy = later.add("anna", "Nieuw-wachtwoord-1".toCharArray());
        // Until the change is stored, both passwords work (a crash in between locks no one out).
        assertThat(fresh().unlock("anna", ANNA)).isTrue();
        assertThat(fresh().unlock("anna", "Nieuw-wachtwoord-1".toCharArray())).isTrue();
        later.keepOnly("anna", copy);
        assertThat(fresh().unlock("anna", ANNA)).isFalse();
        assertThat(fresh().unlock("anna", "Nieuw-wachtwoord-1".toCharArray())).isTrue();
    }

    @Test
    void anAdministratorsOpenKeyIsWrappedForAResetPasswordAndRemovedOnDeactivation() {
        KeyVault admin = fresh();
        admin.unlock("anna", ANNA);
        admin.keepOnly("tom", admin.add("tom", TOM));
        KeyVault tom = fresh();
        assertThat(tom.unlock("tom", TOM)).isTrue();
        assertThat(tom.key().bytes()).isEqualTo(key);
        admin.removeAll("tom");
        assertThat(fresh().unlock("tom", TOM)).isFalse();
        assertThat(fresh().unlock("anna", ANNA)).as("others keep theirs").isTrue();
    }

    @Test
    void aFailedChangeRemovesOnlyItsOwnCopy() {
        KeyVault admin = fresh();
        admin.unlock("anna", ANNA);
        String failed = admin.add("anna", "Mislukt-2026-x".toCharArray());
        admin.remove("anna", failed);
        assertThat(fresh().unlock("anna", ANNA)).isTrue();
        assertThat(fresh().unlock("anna", "Mislukt-2026-x".toCharArray())).isFalse();
    }

    @Test
    void theRecoveryCodeUnlocksAsTypedWithoutDashesOrWithLookAlikes() {
        KeyVault admin = fresh();
        admin.unlock("anna", ANNA);
        String code = admin.newRecoveryCode();
        assertThat(code).matches("([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(fresh().hasRecoveryCode()).isTrue();

        KeyVault lost = fresh();
        assertThat(lost.unlockWithRecoveryCode(code)).isTrue();
        assertThat(lost.key().bytes()).isEqualTo(key);
        String typed = code.replace("-", " ").toLowerCase().replace('0', 'o').replace('1', 'l');
        assertThat(fresh().unlockWithRecoveryCode(typed)).isTrue();
    }

    @Test
    void aWrongOrOldRecoveryCodeFails() {
        KeyVault admin = fresh();
        admin.unlock("anna", ANNA);
        String old = admin.newRecoveryCode();
        String renewed = admin.newRecoveryCode();
        assertThat(fresh().unlockWithRecoveryCode(old)).isFalse();
        assertThat(fresh().unlockWithRecoveryCode(renewed)).isTrue();
        assertThat(fresh().unlockWithRecoveryCode("ABCDE-ABCDE")).isFalse();
        assertThat(fresh().unlockWithRecoveryCode(renewed.substring(0, 34) + (renewed.endsWith("A") ? "B" : "A")))
                .isFalse();
    }

    @Test
    void theKeyFileHoldsTheKeyOnlyWrapped() throws Exception {
        KeyVault admin = fresh();
        admin.unlock("anna", ANNA);
        admin.newRecoveryCode();
        String file = Files.readString(folder.resolve(KeyVault.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(file).doesNotContain(HexFormat.of().formatHex(key))
                .doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(key))
                .doesNotContain(new String(ANNA));
    }

    @Test
    void failedAttemptsSurviveARestartAndTypedNamesAreNotStored() throws Exception {
        fresh().recordFailure("Sara");
        fresh().recordFailure("sara");
        KeyVault.Failures failures = fresh().failures("SARA");
        assertThat(failures.count()).isEqualTo(2);
        assertThat(failures.last()).isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));
        assertThat(Files.readString(folder.resolve(KeyVault.FILE_NAME))).doesNotContainIgnoringCase("sara");
        fresh().clearFailures("sara");
        assertThat(fresh().failures("sara").count()).isZero();
    }

    @Test
    void notesWrittenWhileClosedAreReadableOnlyWithTheKey() throws Exception {
        KeyVault closed = fresh();
        closed.addNote(new KeyVault.Note(clock.instant(), "Zoë-typed-name", "LOGIN_FAILED", "user", null, "closed"));
        assertThat(Files.readString(folder.resolve(KeyVault.FILE_NAME))).doesNotContain("Zoë-typed-name")
                .doesNotContain("LOGIN_FAILED");
        KeyVault open = fresh();
        open.unlock("anna", ANNA);
        List<KeyVault.Note> notes = open.takeNotes();
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.actorName()).isEqualTo("Zoë-typed-name");
            assertThat(n.action()).isEqualTo("LOGIN_FAILED");
            assertThat(n.at()).isEqualTo(clock.instant());
        });
        assertThat(open.takeNotes()).as("taken once").isEmpty();
    }

    @Test
    void aCopyMadeFromAnOldPasswordHashOpensWithThatPasswordAndAsksForRenewal() {
        String stored = new PasswordHasher(1_000).hash("Oud-wachtwoord-9".toCharArray());
        PasswordHasher.Parts parts = PasswordHasher.parse(stored).orElseThrow();
        KeyVault converting = KeyVault.in(new DataFolder(folder.resolve("other")), KeyVault.Strength.FAST_FOR_TESTS,
                clock);
        new DataFolder(folder.resolve("other")).ensureWritable();
        converting.generate();
        converting.writeNew(false, List.of(new KeyVault.ConvertedPassword("sara", parts.salt(), parts.iterations(),
                parts.hash())));
        converting.lock();
        assertThat(converting.unlock("sara", "Oud-wachtwoord-9".toCharArray())).isTrue();
        assertThat(converting.needsNewCopy("sara")).isTrue();
        converting.keepOnly("sara", converting.add("sara", "Oud-wachtwoord-9".toCharArray()));
        assertThat(converting.needsNewCopy("sara")).isFalse();
    }

    @Test
    void anUnfinishedSetupIsRecognised() {
        KeyVault setup = KeyVault.in(new DataFolder(folder.resolve("setup")), KeyVault.Strength.FAST_FOR_TESTS, clock);
        new DataFolder(folder.resolve("setup")).ensureWritable();
        setup.generate();
        setup.writeNew(true, List.of());
        assertThat(setup.isUnfinishedSetup()).isTrue();
        setup.markReady();
        assertThat(setup.isUnfinishedSetup()).isFalse();
    }
}

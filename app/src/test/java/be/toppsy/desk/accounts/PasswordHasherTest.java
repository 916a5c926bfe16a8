package be.toppsy.desk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theRightPasswordVerifies() {
        String stored = hasher.hash("Zonnebloem-2026".toCharArray());
        assertThat(hasher.verify("Zonnebloem-2026".toCharArray(), stored)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String stored = hasher.hash("Zonnebloem-2026".toCharArray());
        assertThat(hasher.verify("zonnebloem-2026".toCharArray(), stored)).isFalse();
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        String first = hasher.hash("Zonnebloem-2026".toCharArray());
        String second = hasher.hash("Zonnebloem-2026".toCharArray());
        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$1000$");
    }

    @Test
    void theStoredFormNeverContainsThePassword() {
        assertThat(hasher.hash("Zonnebloem-2026".toCharArray())).doesNotContain("Zonnebloem");
    }

    @Test
    void aDamagedHashIsRefusedNotAnError() {
        assertThat(hasher.verify("x".toCharArray(), "garbage")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha256$abc$!!$!!")).isFalse();
    }

    @Test
    void theDefaultIsSlowEnough() {
        assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(new PasswordHasher(2_000).needsRehash(hasher.hash("a".toCharArray()))).isTrue();
    }
}

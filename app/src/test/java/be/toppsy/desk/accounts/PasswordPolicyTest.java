package be.toppsy.desk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
        "kort1, sara, password.rule.tooShort",
        "alleenletters, sara, password.rule.letterAndDigit",
        "1234567890, sara, password.rule.letterAndDigit",
        "sara-2026-xyz, sara, password.rule.notUsername",
        "Zonnebloem-2026, sara, ''",
        "ÇokGüzel-2026, omer, ''",
    })
    void passwordsAreCheckedAgainstTheStatedRule(String password, String username, String expected) {
        assertThat(PasswordPolicy.check(password.toCharArray(), username).orElse("")).isEqualTo(expected);
    }
}

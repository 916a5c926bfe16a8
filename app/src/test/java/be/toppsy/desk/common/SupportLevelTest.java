package be.toppsy.desk.common;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SupportLevelTest {

    @ParameterizedTest
    @EnumSource(SupportLevel.class)
    void packCodeReadsBackAsTheSameLevel(SupportLevel level) {
        assertThat(SupportLevel.fromPackCode(level.packCode())).contains(level);
    }

    @Test
    void packCodesAreTheDutchWordsOfThePackFormat() {
        assertThat(SupportLevel.fromPackCode("verhoogd")).contains(SupportLevel.HEIGHTENED);
        assertThat(SupportLevel.fromPackCode("HEIGHTENED")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLevelHasBothNamesInEveryLanguage(Language language) {
        Messages messages = new Messages(language);
        for (SupportLevel level : SupportLevel.values()) {
            assertThat(messages.has(level.messageKey())).as(level.messageKey()).isTrue();
            assertThat(messages.has(level.supportKey())).as(level.supportKey()).isTrue();
            assertThat(messages.has("content.level.description." + level.name())).isTrue();
            assertThat(messages.has("residents.level.explain." + level.name())).isTrue();
        }
    }
}

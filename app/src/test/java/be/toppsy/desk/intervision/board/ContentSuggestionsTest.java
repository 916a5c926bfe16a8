package be.toppsy.desk.intervision.board;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.ContentLink;
import be.toppsy.desk.intervision.FakeContent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which guide chapters and lessons are suggested for a case. */
class ContentSuggestionsTest {

    private final List<ContentLink.ContentRef> all = new FakeContent().items;

    @Test
    void tagsCountMoreThanTheLevelAndChaptersComeBeforeLessons() {
        List<ContentSuggestions.Suggestion> found = ContentSuggestions.suggest(SupportLevel.HEIGHTENED,
                List.of("slaap"), all, Set.of());
        assertThat(found).extracting(s -> s.content().id()).containsExactly("g2", "m2-l1");
        assertThat(found.get(0).score()).isEqualTo(5);
    }

    @Test
    void contentForEveryLevelComesUpOnlyWhenATagMatches() {
        assertThat(ContentSuggestions.suggest(null, List.of("Zelfzorg"), all, Set.of()))
                .extracting(s -> s.content().id()).containsExactly("g5");
        assertThat(ContentSuggestions.suggest(SupportLevel.BASIC, List.of(), all, Set.of())).isEmpty();
    }

    @Test
    void aTagOfSeveralWordsMatchesWordsOfTheTitle() {
        assertThat(ContentSuggestions.suggest(null, List.of("tekenen van nood"), all, Set.of()))
                .extracting(s -> s.content().id()).containsExactly("g2");
    }

    @Test
    void attachedContentIsNotSuggestedAgainAndNoContentMeansNoSuggestions() {
        assertThat(ContentSuggestions.suggest(SupportLevel.INTENSIVE, List.of("crisis"), all,
                Set.of(ContentSuggestions.key("lesson", "m3-l2")))).isEmpty();
        assertThat(ContentSuggestions.suggest(SupportLevel.INTENSIVE, List.of("crisis"), List.of(), Set.of())).isEmpty();
    }
}

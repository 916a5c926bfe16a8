package be.toppsy.desk.content;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.ContentPacks;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.Destination;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search across the guide, lessons and glossary, without case or accents, with highlights. */
class ContentSearchTest {

    @TempDir
    static Path folder;
    private static App.Services services;
    private static ContentSearch search;
    private static ContentSearch defaultSearch;

    @BeforeAll
    static void setUp() {
        MutableClock clock = MutableClock.at("2026-11-20T09:00:00Z");
        services = TestServices.withAdmin(folder, clock);
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        search = new ContentSearch(ContentPacks.contentService(services, clock, ContentPacks.read("sample-pack")));
        defaultSearch = new ContentSearch(services.content());
    }

    @AfterAll
    static void tearDown() {
        services.database().close();
    }

    @Test
    void aTermIsFoundInTheGlossaryWithItsTitleHighlighted() {
        List<ContentSearch.Hit> hits = search.search("tolk", 10);
        assertThat(hits).first().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(ContentSearch.Kind.GLOSSARY);
            assertThat(hit.destination()).isEqualTo(new Destination.GlossaryTerm("tolk"));
            assertThat(hit.destination().areaId()).isEqualTo(ContentAreas.GUIDE);
            assertThat(hit.titleHighlights()).containsExactly(new ContentSearch.Range(0, 4));
        });
        assertThat(hits).extracting(ContentSearch.Hit::kind).contains(ContentSearch.Kind.LESSON);
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(search.search("PRAKTIJKVOORBEELD", 10)).extracting(ContentSearch.Hit::id).contains("g1");
        assertThat(defaultSearch.search("officiele", 10)).isNotEmpty();
        assertThat(ContentSearch.fold("Nguyễn Thị Mai Çelik")).isEqualTo("nguyen thi mai celik");
    }

    @Test
    void everyWordMustBeThereAndTheSnippetShowsWhere() {
        List<ContentSearch.Hit> hits = search.search("samir balie", 10);
        assertThat(hits).isNotEmpty();
        ContentSearch.Hit hit = hits.get(0);
        for (ContentSearch.Range r : hit.snippetHighlights()) {
            String marked = ContentSearch.fold(hit.snippet().substring(r.start(), r.end()));
            assertThat(marked).isIn("samir", "balie");
        }
        assertThat(search.search("samir zebra", 10)).isEmpty();
    }

    @Test
    void trainerNotesAreNotSearched() {
        assertThat(search.search("eigen voorbeeld", 10)).isEmpty();
    }

    @Test
    void resultsAreLimitedAndLessonsOpenInTheLearningArea() {
        List<ContentSearch.Hit> hits = defaultSearch.search("tolk", 5);
        assertThat(hits).hasSizeLessThanOrEqualTo(5);
        assertThat(defaultSearch.search("screening", 50)).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(ContentSearch.Kind.LESSON);
            assertThat(h.destination().areaId()).isEqualTo(ContentAreas.LEARNING);
            assertThat(h.destination()).isInstanceOf(Destination.Lesson.class);
        });
    }

    @Test
    void searchingTheWholeDefaultPackIsFastEnoughWhileTyping() {
        defaultSearch.search("warmup", 8);
        long start = System.nanoTime();
        for (String q : List.of("ve", "ver", "verw", "verwi", "verwij", "verwijz", "verwijze", "verwijzen")) {
            defaultSearch.search(q, 8);
        }
        long millisPerQuery = (System.nanoTime() - start) / 8 / 1_000_000;
        // Informative, not a timed assertion: typing stays responsive well below a frame or two.
        org.slf4j.LoggerFactory.getLogger(ContentSearchTest.class).info("Search took {} ms per query", millisPerQuery);
        assertThat(defaultSearch.search("verwijzen", 8)).isNotEmpty();
    }
}

package be.toppsy.desk.guide;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.ContentSearch;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.ContentPacks;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.Destination;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide reader: targets, previous/next, bookmarks per user, search while typing. */
class GuideViewModelTest {

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-20T09:00:00Z");
    private App.Services services;
    private ContentService content;
    private GuideService guide;

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder, clock);
        content = ContentPacks.contentService(services, clock, ContentPacks.read("sample-pack"));
        guide = new GuideService(services.database(), new BookmarkRepository(), content, services.session(), clock);
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private GuideViewModel model() {
        return new GuideViewModel(content, new ContentSearch(content), guide, TaskRunner.direct());
    }

    @Test
    void aTargetGivenBeforeLoadingOpensOnceLoaded() {
        GuideViewModel model = model();
        model.navigateTo(new Destination.GuideChapter("g2"));
        model.load();
        assertThat(model.pageProperty().get()).isEqualTo(GuideViewModel.Page.CHAPTER);
        assertThat(model.chapterProperty().get().id()).isEqualTo("g2");
        model.navigateTo(new Destination.GlossaryTerm("tolk"));
        assertThat(model.pageProperty().get()).isEqualTo(GuideViewModel.Page.GLOSSARY);
        assertThat(model.glossaryFocusProperty().get()).isEqualTo("tolk");
        model.navigateTo(new Destination.GuideChapter("g1"));
        assertThat(model.chapterProperty().get().id()).isEqualTo("g1");
    }

    @Test
    void previousAndNextFollowTheReadingOrder() {
        GuideViewModel model = model();
        model.load();
        assertThat(model.chapterProperty().get().id()).isEqualTo("g1");
        assertThat(model.previousChapter()).isEmpty();
        model.next();
        assertThat(model.chapterProperty().get().id()).isEqualTo("g2");
        assertThat(model.nextChapter()).isEmpty();
        assertThat(model.lessonsOfChapter()).extracting(l -> l.id()).containsExactly("m1-l2");
        model.previous();
        assertThat(model.chapterProperty().get().id()).isEqualTo("g1");
    }

    @Test
    void bookmarksArePerUser() {
        GuideViewModel model = model();
        model.load();
        model.toggleBookmark();
        assertThat(model.bookmarkedProperty().get()).isTrue();
        assertThat(model.bookmarks()).extracting(Bookmark::chapterId).containsExactly("g1");
        model.next();
        assertThat(model.bookmarkedProperty().get()).isFalse();

        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        TestServices.loginAsNewUser(services, "aicha", Role.STAFF);
        GuideViewModel other = model();
        other.load();
        assertThat(other.bookmarks()).isEmpty();
        assertThat(other.bookmarkedProperty().get()).isFalse();

        services.accounts().logout();
        services.accounts().login("tom", "Proef-wachtwoord-2026".toCharArray());
        GuideViewModel again = model();
        again.load();
        assertThat(again.bookmarkedProperty().get()).isTrue();
        again.toggleBookmark();
        assertThat(again.bookmarks()).isEmpty();
    }

    @Test
    void searchRunsWhileTypingFromTwoCharacters() {
        GuideViewModel model = model();
        model.load();
        model.queryProperty().set("t");
        assertThat(model.results()).isEmpty();
        model.queryProperty().set("tolk");
        assertThat(model.results()).isNotEmpty();
        assertThat(model.results().get(0).kind()).isEqualTo(ContentSearch.Kind.GLOSSARY);
        model.queryProperty().set("");
        assertThat(model.results()).isEmpty();
    }
}

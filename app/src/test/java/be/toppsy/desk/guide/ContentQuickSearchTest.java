package be.toppsy.desk.guide;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.SearchHit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content is part of the main window's quick search, for every user who may read it. */
class ContentQuickSearchTest {

    @TempDir
    Path folder;
    private App.Services services;

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    @Test
    void chaptersLessonsAndGlossaryAppearInTheQuickSearch() {
        services = TestServices.withAdmin(folder, MutableClock.at("2026-11-20T09:00:00Z"));
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        List<SearchHit> hits = services.features().stream().flatMap(f -> f.searchProviders().stream())
                .flatMap(p -> p.search("tolk", 8).stream()).toList();
        assertThat(hits).isNotEmpty();
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.category()).isEqualTo("Woordenlijst");
            assertThat(h.destination()).isEqualTo(new Destination.GlossaryTerm("tolk"));
        });
        assertThat(hits).anySatisfy(h -> assertThat(h.destination()).isInstanceOf(Destination.Lesson.class));

        services.accounts().logout();
        assertThat(services.features().stream().flatMap(f -> f.searchProviders().stream())
                .flatMap(p -> p.search("tolk", 8).stream())).isEmpty();
    }
}

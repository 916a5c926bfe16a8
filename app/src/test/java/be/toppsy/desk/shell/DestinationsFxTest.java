package be.toppsy.desk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.App;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.content.render.ContentLink;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.intervision.IntervisionFeature;
import be.toppsy.desk.intervision.board.IntervisionCase;
import be.toppsy.desk.residents.ResidentsFeature;
import be.toppsy.desk.residents.record.ResidentRef;
import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.DemoData;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.SearchHit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every kind of destination the quick search and the content links produce opens its area on the
 * right item, on the real main window with the demo data and the default pack.
 */
@ExtendWith(ApplicationExtension.class)
class DestinationsFxTest {

    /** A Markdown link with one of the pack's schemes, e.g. {@code [les](lesson:m1-l2)}. */
    private static final Pattern PACK_LINK = Pattern.compile("\\]\\(([a-z]+:[^)\\s]+)\\)");

    @TempDir
    static Path folder;
    private App.Services services;
    private MainWindow window;
    private ContentPack pack;

    @Start
    void start(Stage stage) {
        WaitForAsyncUtils.clearExceptions();
        services = TestServices.withAdmin(folder.resolve("db" + System.nanoTime()),
                MutableClock.at("2026-11-22T09:00:00Z"));
        services.loadDemoData();
        services.accounts().logout();
        assertThat(services.accounts().login("leen", DemoData.PASSWORD.toCharArray()))
                .isInstanceOf(LoginResult.Success.class);
        pack = services.content().pack().orElseThrow();
        window = new MainWindow(new MainViewModel(services.session(), services.accounts(), services.messages(),
                services.features(), services.tasks()), new QuickSearchViewModel(List.of(), services.tasks()), services.messages(),
                new NoActions());
        services.navigator().setTarget(window);
        FxTestSupport.show(stage, (javafx.scene.Parent) window.build());
    }

    @AfterEach
    void close() {
        services.database().close();
    }

    @Test
    void everyQuickSearchHitKindOpensItsItem(FxRobot robot) {
        ResidentRef resident = services.features().stream().filter(ResidentsFeature.class::isInstance)
                .map(ResidentsFeature.class::cast).findFirst().orElseThrow().service().searchVisible("", 1).get(0);
        IntervisionCase kase = services.features().stream().filter(IntervisionFeature.class::isInstance)
                .map(IntervisionFeature.class::cast).findFirst().orElseThrow().services().cases()
                .board().get(0).kase();
        List<Destination> found = new ArrayList<>();
        for (String query : List.of("tolk", "slaap", pack.chapters().get(0).title(), pack.modules().get(0).title(),
                resident.code(), kase.title())) {
            services.features().stream().flatMap(f -> f.searchProviders().stream())
                    .flatMap(p -> p.search(query, 50).stream()).map(SearchHit::destination).forEach(found::add);
        }
        Map<Class<?>, Destination> oneOfEach = oneOfEachKind(found.stream());

        assertThat(oneOfEach.keySet()).contains(Destination.Resident.class, Destination.IntervisionCase.class,
                Destination.GuideChapter.class, Destination.GlossaryTerm.class, Destination.Module.class,
                Destination.Lesson.class);
        oneOfEach.values().forEach(d -> assertOpens(robot, d));
    }

    @Test
    void everyContentLinkKindOpensItsItem(FxRobot robot) {
        Stream<String> markdown = Stream.concat(pack.chapters().stream().map(c -> c.markdown()),
                pack.lessons().stream().map(l -> l.markdown()));
        List<Destination> found = new ArrayList<>();
        markdown.forEach(text -> {
            Matcher m = PACK_LINK.matcher(text);
            while (m.find()) {
                ContentLink.parse(m.group(1)).destination().ifPresent(found::add);
            }
        });
        Map<Class<?>, Destination> oneOfEach = oneOfEachKind(found.stream());

        // The default pack links to no module page; the quick search test covers that kind.
        assertThat(oneOfEach.keySet()).contains(Destination.GuideChapter.class, Destination.GlossaryTerm.class,
                Destination.Lesson.class, Destination.Quiz.class, Destination.Scenario.class);
        oneOfEach.values().forEach(d -> assertOpens(robot, d));
    }

    private static Map<Class<?>, Destination> oneOfEachKind(Stream<Destination> destinations) {
        Map<Class<?>, Destination> first = new LinkedHashMap<>();
        destinations.forEach(d -> first.putIfAbsent(d.getClass(), d));
        return first;
    }

    private void assertOpens(FxRobot robot, Destination d) {
        robot.interact(() -> window.open(d));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.openAreaId()).as("area of %s", d).contains(d.areaId());
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows(robot, d));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(d + " did not open its item", e);
        }
    }

    /** Whether the open page shows the destination's item. */
    private boolean shows(FxRobot robot, Destination d) {
        if (d instanceof Destination.Resident r) {
            return text(robot, "#resident-code").equals(services.features().stream()
                    .filter(ResidentsFeature.class::isInstance).map(ResidentsFeature.class::cast).findFirst()
                    .orElseThrow().service().summary(r.id()).orElseThrow().code());
        } else if (d instanceof Destination.IntervisionCase c) {
            return robot.lookup("#iv-case-title").tryQuery().map(n -> ((TextField) n).getText()).orElse("")
                    .equals(services.features().stream().filter(IntervisionFeature.class::isInstance)
                            .map(IntervisionFeature.class::cast).findFirst().orElseThrow().services().cases()
                            .kase(c.id()).title());
        } else if (d instanceof Destination.GuideChapter c) {
            return text(robot, "#guide-chapter-title").equals(pack.chapter(c.id()).orElseThrow().title());
        } else if (d instanceof Destination.GlossaryTerm t) {
            return robot.lookup("#glossary-entry-" + t.id()).tryQuery().isPresent();
        } else if (d instanceof Destination.Module m) {
            return text(robot, "#module-title").equals(pack.module(m.id()).orElseThrow().title());
        } else if (d instanceof Destination.Lesson l) {
            return text(robot, "#lesson-title").startsWith(pack.lesson(l.id()).orElseThrow().title());
        } else if (d instanceof Destination.Quiz q) {
            return robot.lookup("#quiz-page").tryQuery().isPresent()
                    && robot.lookup("#crumb-module").tryQuery().map(n -> ((javafx.scene.control.Hyperlink) n)
                            .getText()).orElse("").contains(pack.module(q.moduleId()).orElseThrow().title());
        } else if (d instanceof Destination.Scenario s) {
            return text(robot, "#scenario-title").equals(pack.scenario(s.id()).orElseThrow().title());
        }
        throw new AssertionError("No check for " + d);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Label.class::isInstance).map(Node.class::cast)
                .map(n -> ((Label) n).getText()).orElse("");
    }

    private static final class NoActions implements MainWindow.Actions {
        @Override
        public void lock() {
            // Not part of this test: the main window needs the callbacks, nothing here locks.
        }

        @Override
        public void logout() {
            // As above.
        }

        @Override
        public void languageChanged(String openAreaId) {
            // As above.
        }

        @Override
        public void changePassword() {
            // As above.
        }
    }
}

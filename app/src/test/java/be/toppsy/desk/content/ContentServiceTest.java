package be.toppsy.desk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.audit.AuditEvent;
import be.toppsy.desk.audit.AuditFilter;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.content.pack.Problem;
import be.toppsy.desk.content.parse.ImportCheck;
import be.toppsy.desk.content.parse.PackArchive;
import be.toppsy.desk.content.parse.PackFiles;
import be.toppsy.desk.learning.LessonState;
import be.toppsy.desk.learning.ProgressService;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.ContentPacks;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing packs: refused when invalid or not newer, a newer version replaces the old one and keeps progress. */
class ContentServiceTest {

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-20T09:00:00Z");
    private App.Services services;
    private ContentService content;

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder.resolve("db"), clock);
        content = ContentPacks.contentService(services, clock, ContentPacks.read("sample-pack"));
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private Path samplePackVersion(String version) {
        Path copy = ContentPacks.copy("sample-pack", folder.resolve("pack-" + version));
        ContentPacks.setManifest(copy, "version", version);
        return copy;
    }

    @Test
    void theBundledPackIsActiveUntilAnotherIsImported() {
        ActivePack active = content.active().orElseThrow();
        assertThat(active.origin()).isEqualTo(ActivePack.Origin.BUNDLED);
        assertThat(active.pack().id()).isEqualTo("sample-pack");
        assertThat(content.history()).isEmpty();
    }

    @Test
    void theApplicationBundlesTheDefaultPack() {
        assertThat(services.content().active().orElseThrow().pack().id()).isEqualTo(ContentService.DEFAULT_PACK);
    }

    @Test
    void aNewerVersionReplacesTheActivePackAndIsKeptInTheDatabase() {
        ImportCheck check = content.importPack(samplePackVersion("0.2.0"));

        assertThat(check.verdict()).isEqualTo(ImportCheck.Verdict.NEWER_VERSION);
        ActivePack active = content.active().orElseThrow();
        assertThat(active.origin()).isEqualTo(ActivePack.Origin.IMPORTED);
        assertThat(active.pack().version().toString()).isEqualTo("0.2.0");
        assertThat(active.pack().files().exists("images/piramide.png")).isTrue();
        ContentService restarted = ContentPacks.contentService(services, clock, ContentPacks.read("sample-pack"));
        assertThat(restarted.active().orElseThrow().pack().version().toString()).isEqualTo("0.2.0");
        assertThat(services.audit().find(new AuditFilter(null, null, null, "CONTENT_PACK_IMPORTED", null, null, 10)))
                .singleElement().extracting(AuditEvent::details).asString().contains("version=0.2.0");
    }

    @Test
    void anUpgradeKeepsProgressOnLessonsThatStillExist() throws IOException {
        ProgressService progress = ContentPacks.progressService(services, content, clock);
        TestServices.loginAsNewUser(services, "sara", Role.SUPPORT_WORKER);
        progress.completeLesson("m1-l1", Duration.ofMinutes(4));
        progress.completeLesson("m1-l2", Duration.ofMinutes(5));
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());

        // Version 0.2.0 drops the second lesson and adds a third one.
        Path upgrade = samplePackVersion("0.2.0");
        ContentPacks.replace(upgrade, "modules/m1-voorbeeld/module.yaml", "  - lessons/02-tweede-les.md",
                "  - lessons/03-derde-les.md");
        Files.writeString(upgrade.resolve("modules/m1-voorbeeld/lessons/03-derde-les.md"),
                "---\nid: m1-l3\ntitle: De derde les\nlevels: [basis]\nminutes: 5\nchapters: [g1]\n---\n\nNieuw.\n");
        Files.delete(upgrade.resolve("modules/m1-voorbeeld/lessons/02-tweede-les.md"));
        ContentPacks.replace(upgrade, "guide/01-welkom.md", "lesson:m1-l1", "lesson:m1-l3");
        ContentPacks.replace(upgrade, "modules/m1-voorbeeld/lessons/01-eerste-les.md", "](guide:g1)", "](lesson:m1-l3)");
        // The trainer guide named the dropped lesson too: an import would be refused until it follows.
        assertThat(content.importPack(upgrade).verdict()).isEqualTo(ImportCheck.Verdict.INVALID);
        ContentPacks.replace(upgrade, "modules/m1-voorbeeld/trainer-guide.yaml", "lesson: m1-l2", "lesson: m1-l3");
        assertThat(content.importPack(upgrade).verdict()).isEqualTo(ImportCheck.Verdict.NEWER_VERSION);

        services.accounts().logout();
        services.accounts().login("sara", "Proef-wachtwoord-2026".toCharArray());
        ProgressService.Overview overview = progress.myProgress();
        assertThat(overview.progress().state("m1-l1")).isEqualTo(LessonState.COMPLETED);
        assertThat(overview.progress().state("m1-l3")).isEqualTo(LessonState.NOT_STARTED);
        assertThat(overview.module("m1").orElseThrow().lessonsCompleted()).isEqualTo(1);
        assertThat(overview.module("m1").orElseThrow().lessonsTotal()).isEqualTo(2);
    }

    @Test
    void anInvalidPackIsRefusedWithItsProblemsAndTheActivePackStays() throws IOException {
        Path bad = samplePackVersion("0.3.0");
        ContentPacks.replace(bad, "modules/m1-voorbeeld/quiz.yaml", "        correct: true\n        feedback: Juist.\n",
                "        correct: false\n        feedback: Juist.\n");

        ImportCheck check = content.importPack(bad);

        assertThat(check.verdict()).isEqualTo(ImportCheck.Verdict.INVALID);
        assertThat(check.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.QUIZ_NO_CORRECT);
            assertThat(p.file()).isEqualTo("modules/m1-voorbeeld/quiz.yaml");
            assertThat(p.line()).isEqualTo(4);
        });
        assertThat(content.active().orElseThrow().origin()).isEqualTo(ActivePack.Origin.BUNDLED);
        assertThat(content.history()).isEmpty();
    }

    @Test
    void theSameOrAnOlderVersionIsRefused() {
        assertThat(content.importPack(samplePackVersion("0.1.0")).verdict()).isEqualTo(ImportCheck.Verdict.NOT_NEWER);
        assertThat(content.importPack(samplePackVersion("0.0.9")).verdict()).isEqualTo(ImportCheck.Verdict.NOT_NEWER);
        assertThat(content.active().orElseThrow().origin()).isEqualTo(ActivePack.Origin.BUNDLED);
    }

    @Test
    void anotherPackMayReplaceTheActiveOne() {
        Path other = samplePackVersion("0.0.1");
        ContentPacks.setManifest(other, "id", "ander-pakket");
        ImportCheck check = content.check(other);
        assertThat(check.verdict()).isEqualTo(ImportCheck.Verdict.OTHER_PACK);
        assertThat(check.importable()).isTrue();
        content.importPack(other);
        assertThat(content.active().orElseThrow().pack().id()).isEqualTo("ander-pakket");
    }

    @Test
    void aZipWithThePackInAFolderIsImported() {
        Path zip = ContentPacks.zip(samplePackVersion("0.4.0"), folder.resolve("pakket.zip"), "sample-pack");
        assertThat(content.importPack(zip).verdict()).isEqualTo(ImportCheck.Verdict.NEWER_VERSION);
        assertThat(content.active().orElseThrow().pack().version().toString()).isEqualTo("0.4.0");
    }

    @Test
    void aFileThatIsNoPackIsRefusedClearly() throws IOException {
        Path notZip = Files.writeString(folder.resolve("pakket.zip"), "dit is geen zip");
        ImportCheck check = content.importPack(notZip);
        assertThat(check.verdict()).isEqualTo(ImportCheck.Verdict.UNREADABLE);
        assertThat(check.unreadableReason()).isEqualTo("content.import.unreadable.notZip");
        assertThat(content.check(Files.writeString(folder.resolve("pakket.txt"), "x")).unreadableReason())
                .isEqualTo("content.import.unreadable.type");
    }

    @Test
    void aNewerBundledPackWinsOverAnOlderImport() {
        content.importPack(samplePackVersion("0.2.0"));
        Path newerBundle = samplePackVersion("0.5.0");
        ContentService afterUpdate = ContentPacks.contentService(services, clock, readFolder(newerBundle));
        assertThat(afterUpdate.active().orElseThrow().origin()).isEqualTo(ActivePack.Origin.BUNDLED);
        assertThat(afterUpdate.active().orElseThrow().pack().version().toString()).isEqualTo("0.5.0");
    }

    @Test
    void theBundledPackCanBeMadeActiveAgain() {
        content.importPack(samplePackVersion("0.2.0"));
        long before = content.generation();
        content.useBundledPack();
        assertThat(content.active().orElseThrow().origin()).isEqualTo(ActivePack.Origin.BUNDLED);
        assertThat(content.generation()).isNotEqualTo(before);
    }

    @Test
    void onlyTrainersAndAdministratorsImport() {
        TestServices.loginAsNewUser(services, "tom", Role.STAFF, Role.TEAM_LEAD);
        Path pack = samplePackVersion("0.2.0");
        assertThatThrownBy(() -> content.importPack(pack)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> content.check(pack)).isInstanceOf(AccessDeniedException.class);
        assertThat(content.active()).isPresent();
    }

    @Test
    void theCatalogListsChaptersAndLessonsAndOpensThem() {
        java.util.List<Object> opened = new java.util.ArrayList<>();
        ContentCatalog catalog = new ContentCatalog(content, new be.toppsy.desk.ui.Navigator() {
            @Override
            public void open(String areaId) {
                opened.add(areaId);
            }

            @Override
            public void open(be.toppsy.desk.ui.Destination destination) {
                opened.add(destination);
            }
        });
        assertThat(catalog.chapters()).extracting(ContentCatalog.Entry::id).containsExactly("g1", "g2");
        assertThat(catalog.lessons()).extracting(ContentCatalog.Entry::destination)
                .containsExactly(new be.toppsy.desk.ui.Destination.Lesson("m1-l1"),
                        new be.toppsy.desk.ui.Destination.Lesson("m1-l2"));
        assertThat(catalog.forLevel(SupportLevel.HEIGHTENED)).extracting(ContentCatalog.Entry::id).contains("g1", "m1-l2")
                .doesNotContain("m1-l1");
        catalog.open(catalog.find("m1-l2").orElseThrow());
        catalog.open(catalog.find("g2").orElseThrow());
        assertThat(opened).containsExactly(new be.toppsy.desk.ui.Destination.Lesson("m1-l2"),
                new be.toppsy.desk.ui.Destination.GuideChapter("g2"));
    }

    private static PackFiles readFolder(Path path) {
        try {
            return PackArchive.readFolder(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

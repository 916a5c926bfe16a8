package be.toppsy.desk.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.audit.AuditEvent;
import be.toppsy.desk.audit.AuditFilter;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.render.DefaultCrisisContacts;
import be.toppsy.desk.content.render.HandoutConverter;
import be.toppsy.desk.content.parse.PackParser;
import be.toppsy.desk.content.pack.TrainerGuide;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.ExportService;
import be.toppsy.desk.reports.RenderedDocument;
import be.toppsy.desk.reports.ReportsFeature;
import be.toppsy.desk.reports.TrainerGuideBuilder;
import be.toppsy.desk.reports.TrainerGuideData;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.ContentPacks;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer guide of the sample pack's module, read from its file, printed and read back. */
class TrainerGuidePdfTest {

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-20T09:00:00Z");
    private App.Services services;
    private CourseModule module;
    private TrainerGuide guide;
    private final Messages messages = new Messages(Language.NL);

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder.resolve("db"), clock);
        ContentPack pack = PackParser.load(ContentPacks.read("sample-pack")).pack().orElseThrow();
        module = pack.module("m1").orElseThrow();
        guide = module.optionalTrainerGuide().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private ExportService exports() {
        return services.features().stream().filter(ReportsFeature.class::isInstance).map(ReportsFeature.class::cast)
                .findFirst().orElseThrow().exports();
    }

    private TrainerGuideData data() {
        return new HandoutConverter(messages, new DefaultCrisisContacts(messages)).trainerGuide(module, guide);
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theGuideIsReadFromTheModuleFolder() {
        assertThat(guide.totalMinutes()).isEqualTo(60);
        assertThat(guide.audience()).startsWith("Nieuwe medewerkers");
        assertThat(guide.materials()).hasSize(3);
        assertThat(guide.preparation()).contains("scenario:m1-s1");
        assertThat(guide.blocks()).extracting(TrainerGuide.Block::minutes).containsExactly(10, 20, 15, 15);
        assertThat(guide.blocks()).extracting(TrainerGuide.Block::lesson).containsExactly("", "m1-l1", "m1-l2", "");
        assertThat(guide.startOffsets()).containsExactly(0, 10, 30, 45);
        assertThat(guide.blocks().get(1).discussion()).hasSize(2);
    }

    @Test
    void aTrainerPrintsTheGuideWithTimetableActivitiesAndQuestions() throws IOException {
        TestServices.loginAsNewUser(services, "katrien", Role.TRAINER);
        RenderedDocument document = exports().build(new TrainerGuideBuilder(), data(), false);
        Path samples = Files.createDirectories(Path.of("target", "pdf-samples"));
        Files.write(samples.resolve("trainer-guide.pdf"), document.pdf());

        String text = text(document.pdf());
        assertThat(text).contains("Trainershandleiding: " + module.title())
                .contains("Nieuwe medewerkers van het onthaal").contains("60 minuten (1:00 uur)")
                .contains("Flip-over en stiften").contains("Voorbereiding").contains("Tijdschema")
                // Links print as their text.
                .contains("Lees beide lessen en speel de casusoefening een keer zelf").doesNotContain("scenario:m1-s1");
        for (TrainerGuide.Block block : guide.blocks()) {
            assertThat(text).contains(block.title());
            block.discussion().forEach(question -> assertThat(text).contains(question));
        }
        // The timetable's starts and each block's time and lesson.
        assertThat(text).contains("0:00").contains("0:10").contains("0:30").contains("0:45");
        assertThat(text).contains("0:10–0:30 · 20 minuten · les: De eerste les")
                .contains("0:30–0:45 · 15 minuten · les: De tweede les").contains("0:45–1:00 · 15 minuten");
        assertThat(text).contains("Gespreksvragen").contains("praktijkvoorbeeld");
        assertThat(document.suggestedFileName()).isEqualTo("trainershandleiding-voorbeeldmodule.pdf");
        // Course material, not personal data: no confidentiality mark.
        assertThat(text).doesNotContain("Vertrouwelijk");
    }

    @Test
    void everyModuleOfTheDefaultPackPrintsItsWholeGuide() throws IOException {
        TestServices.loginAsNewUser(services, "katrien", Role.TRAINER);
        ContentPack defaultPack = PackParser.load(ContentPacks.read("toppsy-default")).pack().orElseThrow();
        Path samples = Files.createDirectories(Path.of("target", "pdf-samples"));
        for (CourseModule each : defaultPack.modules()) {
            TrainerGuide itsGuide = each.optionalTrainerGuide().orElseThrow();
            TrainerGuideData itsData = new HandoutConverter(messages, new DefaultCrisisContacts(messages))
                    .trainerGuide(each, itsGuide);
            RenderedDocument document = exports().build(new TrainerGuideBuilder(), itsData, false);
            Files.write(samples.resolve("trainer-guide-" + each.id() + ".pdf"), document.pdf());
            String text = text(document.pdf());
            assertThat(text).as(each.id()).contains("Trainershandleiding: " + each.title())
                    .contains(itsGuide.totalMinutes() + " minuten");
            // Every block and its last discussion question made it to paper (none cut off at a page end).
            for (TrainerGuide.Block block : itsGuide.blocks()) {
                assertThat(text).as(each.id()).contains(block.title().replaceAll("\\s+", " "));
                block.discussion().forEach(q -> assertThat(text).as(each.id()).contains(q.replaceAll("\\s+", " ")));
            }
        }
    }

    @Test
    void aTeamLeadMayPrintItAStaffMemberMayNot() {
        TestServices.loginAsNewUser(services, "leen", Role.TEAM_LEAD);
        assertThat(exports().build(new TrainerGuideBuilder(), data(), false).pageCount()).isPositive();
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        assertThatThrownBy(() -> exports().build(new TrainerGuideBuilder(), data(), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void savingTheGuideIsAudited() throws IOException {
        TestServices.loginAsNewUser(services, "katrien", Role.TRAINER);
        RenderedDocument document = exports().build(new TrainerGuideBuilder(), data(), false);
        Path target = Files.createDirectories(folder.resolve("out")).resolve(document.suggestedFileName());
        exports().save(document, null, target);
        assertThat(target).exists();
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        List<AuditEvent> events = services.audit().find(new AuditFilter(null, null, null, "EXPORT", null, null, 10));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actorName()).isEqualTo("katrien");
            assertThat(e.details()).contains("kind=TRAINER_GUIDE").contains("names=false");
        });
    }

    @Test
    void theGuidePrintsInFrenchAndEnglishToo() {
        TestServices.loginAsNewUser(services, "katrien", Role.TRAINER);
        for (Language language : List.of(Language.FR, Language.EN)) {
            be.toppsy.desk.reports.ExportContext context = new be.toppsy.desk.reports.ExportContext(
                    be.toppsy.desk.reports.DocumentKind.TRAINER_GUIDE, false, new Messages(language), "Katrien",
                    java.time.LocalDateTime.of(2026, 11, 20, 9, 0));
            be.toppsy.desk.reports.pdf.DocumentModel model = new TrainerGuideBuilder().build(data(), context);
            assertThat(model.title()).isEqualTo(new Messages(language).get("reports.trainerGuide.title", module.title()));
            assertThat(model.blocks()).hasSizeGreaterThan(guide.blocks().size() * 2);
        }
    }
}

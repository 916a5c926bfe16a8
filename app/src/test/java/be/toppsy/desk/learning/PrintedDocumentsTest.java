package be.toppsy.desk.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.content.pack.Chapter;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.render.DefaultCrisisContacts;
import be.toppsy.desk.content.render.HandoutConverter;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.learning.team.PersonProgress;
import be.toppsy.desk.learning.team.TrainingDocuments;
import be.toppsy.desk.reports.CertificateBuilder;
import be.toppsy.desk.reports.CertificateData;
import be.toppsy.desk.reports.ExportService;
import be.toppsy.desk.reports.HandoutBuilder;
import be.toppsy.desk.reports.HandoutData;
import be.toppsy.desk.reports.ReportsFeature;
import be.toppsy.desk.reports.TrainingOverviewBuilder;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.testing.ContentPacks;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three printed documents from real data: the default pack and the demo team's progress on
 * H2, built into PDFs and read back.
 */
class PrintedDocumentsTest {

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-20T09:00:00Z");
    private App.Services services;
    private ProgressService progress;
    private ExportService exports;

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder.resolve("db"), clock);
        DemoData demo = services.accountsFeature().createDemoStaff();
        progress = ContentPacks.progressService(services, services.content(), clock);
        progress.loadDemoProgress(demo);
        exports = services.features().stream().filter(ReportsFeature.class::isInstance)
                .map(ReportsFeature.class::cast).findFirst().orElseThrow().exports();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private void loginAs(String username) {
        services.accounts().logout();
        services.accounts().login(username, DemoData.PASSWORD.toCharArray());
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "pdf-samples");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aUserPrintsTheCertificateOfTheirCompletedModuleOnly() {
        loginAs("sara");
        ContentPack pack = services.content().pack().orElseThrow();
        CourseModule first = pack.modules().get(0);
        CertificateData data = progress.myCertificate(first.id()).orElseThrow();
        assertThat(progress.myCertificate(pack.modules().get(2).id())).isEmpty();

        byte[] pdf = exports.build(new CertificateBuilder(), data, false).pdf();
        keep("certificate.pdf", pdf);
        String text = text(pdf);
        String displayName = services.session().current().displayName();
        assertThat(text).contains(displayName).contains(first.title())
                .contains(be.toppsy.desk.i18n.Formats.date(data.completedOn()));
        assertThat(data.completedOn()).isEqualTo(TrainingDocuments.date(progress.myProgress().module(first.id()).orElseThrow()
                .completedAt()));
    }

    @Test
    void aTeamLeadPrintsACertificateAndTheTeamOverviewAStaffMemberOnlyTheirOwn() {
        loginAs("leen");
        PersonProgress aicha = progress.teamOverview().stream().filter(p -> p.username().equals("aicha"))
                .findFirst().orElseThrow();
        String secondModule = aicha.modules().get(1).moduleId();
        CertificateData data = progress.certificateFor(aicha.userId(), secondModule).orElseThrow();
        assertThat(progress.certificateFor(aicha.userId(), aicha.modules().get(2).moduleId())).isEmpty();
        String certificate = text(exports.build(new CertificateBuilder(), data, false).pdf());
        assertThat(certificate).contains(aicha.displayName());

        byte[] team = exports.build(new TrainingOverviewBuilder(), progress.teamTrainingOverview(null), false).pdf();
        keep("training-team.pdf", team);
        assertThat(text(team)).contains(aicha.displayName()).contains("Katrien".substring(0, 3));
        String person = text(exports.build(new TrainingOverviewBuilder(),
                progress.teamTrainingOverview(aicha.userId()), false).pdf());
        assertThat(person).contains(aicha.displayName());

        loginAs("tom");
        assertThatThrownBy(() -> progress.teamTrainingOverview(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.certificateFor(aicha.userId(), secondModule))
                .isInstanceOf(AccessDeniedException.class);
        String own = text(exports.build(new TrainingOverviewBuilder(), progress.myTrainingOverview(), false).pdf());
        assertThat(own).contains(services.session().current().displayName())
                .doesNotContain(aicha.displayName());
    }

    @Test
    void aLessonHandoutKeepsCalloutsCrisisContactsAndSourcesButNotTrainerNotes() {
        loginAs("tom");
        ContentService content = services.content();
        ContentPack pack = content.pack().orElseThrow();
        Lesson lesson = pack.lessons().stream().filter(l -> l.id().equals("m3-l1")).findFirst().orElseThrow();
        HandoutConverter converter = new HandoutConverter(services.messages(),
                new DefaultCrisisContacts(services.messages()));
        HandoutData data = converter.lesson(lesson, pack.modules().stream()
                .filter(m -> m.id().equals(lesson.moduleId())).findFirst());
        byte[] pdf = exports.build(new HandoutBuilder(), data, false).pdf();
        keep("handout-lesson.pdf", pdf);
        String text = text(pdf);
        assertThat(text).contains("De crisisstappen").contains("Let op").contains("Praktijk").contains("Reflectie")
                .contains("In het centrum").contains("Bij crisis").contains("112").contains("1813")
                .contains("Bronnen").contains("Pigment vzw (2017)")
                // links as plain text, no Markdown left
                .contains("Zie ook suïcidaliteit.").doesNotContain("glossary:").doesNotContain("[!")
                .doesNotContain("**");
        assertThat(text).doesNotContain("Trainersnotitie").doesNotContain("in duo's de zeven crisisstappen");
    }

    @Test
    void aChapterHandoutHasItsSectionsAndNoTrainerNotes() {
        loginAs("tom");
        ContentPack pack = services.content().pack().orElseThrow();
        HandoutConverter converter = new HandoutConverter(services.messages(),
                new DefaultCrisisContacts(services.messages()));
        for (Chapter chapter : pack.chapters()) {
            HandoutData data = converter.chapter(chapter);
            byte[] pdf = exports.build(new HandoutBuilder(), data, false).pdf();
            if (chapter.number() == 1) {
                keep("handout-chapter.pdf", pdf);
            }
            String text = text(pdf);
            assertThat(text).contains(chapter.title().substring(0, Math.min(20, chapter.title().length())))
                    .contains("Bronnen").doesNotContain("Trainersnotitie").doesNotContain("](");
            assertThat(data.parts()).isNotEmpty();
        }
        assertThat(Optional.of(pack.chapters().get(0).markdown())).isPresent();
    }
}

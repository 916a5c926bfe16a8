package be.toppsy.desk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.audit.AuditEvent;
import be.toppsy.desk.audit.AuditFilter;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.RecordingDialogs;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {

    @TempDir
    Path folder;
    @TempDir
    Path out;
    private final MutableClock clock = MutableClock.at("2026-11-24T08:30:00Z");
    private App.Services services;

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private ExportService exports() {
        return services.features().stream().filter(ReportsFeature.class::isInstance).map(ReportsFeature.class::cast)
                .findFirst().orElseThrow().exports();
    }

    private List<AuditEvent> exportEvents() {
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        return services.audit().find(new AuditFilter(null, null, null, "EXPORT", null, null, 100));
    }

    @Test
    void aSavedExportIsAuditedWithKindAndNamesFlagButNeverNames() throws Exception {
        services = TestServices.withAdmin(folder, clock);
        TestServices.loginAsNewUser(services, "leen", Role.TEAM_LEAD);
        RenderedDocument document = exports().build(new MeetingPackBuilder(), SampleDocuments.meetingPack(5, 10), true);
        assertThat(PdfAssertions.text(document.pdf())).contains("Ömer Çelik").contains("leen Test");
        Path target = out.resolve(document.suggestedFileName());
        exports().save(document, null, target);

        assertThat(Files.exists(target)).isTrue();
        assertThat(document.suggestedFileName()).isEqualTo("teamoverleg-vleugel-a-en-b-2026-11-24.pdf");
        try (PDDocument saved = Loader.loadPDF(Files.readAllBytes(target))) {
            assertThat(saved.isEncrypted()).isFalse();
        }
        List<AuditEvent> events = exportEvents();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("document");
            assertThat(e.actorName()).isEqualTo("leen");
            assertThat(e.details()).contains("kind=MEETING_PACK").contains("names=true").contains("password=false");
            for (String name : SampleDocuments.NAMES) {
                assertThat(e.details()).doesNotContain(name);
            }
        });
    }

    @Test
    void buildingForThePreviewAloneIsNotAnExport() {
        services = TestServices.withAdmin(folder, clock);
        TestServices.loginAsNewUser(services, "leen", Role.TEAM_LEAD);
        exports().build(new MeetingPackBuilder(), SampleDocuments.meetingPack(2, 2), false);
        assertThat(exportEvents()).isEmpty();
    }

    @Test
    void aDocumentSavedWithAPasswordOpensOnlyWithIt() throws Exception {
        services = TestServices.withAdmin(folder, clock);
        TestServices.loginAsNewUser(services, "sara", Role.SUPPORT_WORKER);
        RenderedDocument document = exports().build(new ResidentSummaryBuilder(), SampleDocuments.residentSummary(), false);
        Path target = out.resolve("summary.pdf");
        exports().save(document, "Kapellen-2026", target);

        byte[] bytes = Files.readAllBytes(target);
        assertThatThrownBy(() -> Loader.loadPDF(bytes)).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(bytes, "fout-wachtwoord")).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument opened = Loader.loadPDF(bytes, "Kapellen-2026")) {
            assertThat(opened.getEncryption().getLength()).isEqualTo(256);
        }
        try (PDDocument opened = Loader.loadPDF(bytes, "Kapellen-2026")) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(opened)).contains("BW-1041")
                    .doesNotContain("Nguyễn");
        }
        assertThat(exportEvents()).singleElement().satisfies(e -> assertThat(e.details()).contains("password=true")
                .contains("names=false"));
    }

    @Test
    void aTooShortPasswordIsRefusedAndNothingIsWrittenOrAudited() {
        services = TestServices.withAdmin(folder, clock);
        TestServices.loginAsNewUser(services, "sara", Role.SUPPORT_WORKER);
        RenderedDocument document = exports().build(new ResidentSummaryBuilder(), SampleDocuments.residentSummary(), false);
        Path target = out.resolve("summary.pdf");
        assertThatThrownBy(() -> exports().save(document, "kort", target)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("password"));
        assertThat(Files.exists(target)).isFalse();
        assertThat(exportEvents()).isEmpty();
    }

    @Test
    void theKindsPermissionIsCheckedInTheService() {
        services = TestServices.withAdmin(folder, clock);
        assertThatThrownBy(() -> exports().build(new MeetingPackBuilder(), SampleDocuments.meetingPack(1, 1), false))
                .isInstanceOf(AccessDeniedException.class);
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        assertThatThrownBy(() -> exports().build(new ResidentSummaryBuilder(), SampleDocuments.residentSummary(), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(exports().mayIncludeNames(DocumentKind.MEETING_PACK)).isFalse();
        // A staff member may print a handout, without names of course.
        assertThat(exports().build(new HandoutBuilder(), SampleDocuments.handout(), false).pageCount()).isEqualTo(1);
    }

    @Test
    void documentsThatNeverCarryNamesRefuseToIncludeThem() {
        services = TestServices.withAdmin(folder, clock);
        TestServices.loginAsNewUser(services, "leen", Role.TEAM_LEAD);
        assertThat(exports().mayIncludeNames(DocumentKind.INTERVISION_REPORT)).isFalse();
        assertThat(exports().mayIncludeNames(DocumentKind.MEETING_PACK)).isTrue();
        assertThatThrownBy(() -> exports().build(new IntervisionReportBuilder(), SampleDocuments.intervision(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePreviewBuildsRendersAndSavesThroughTheDialogs() throws Exception {
        services = TestServices.withAdmin(folder, clock);
        TestServices.loginAsNewUser(services, "leen", Role.TEAM_LEAD);
        RecordingDialogs dialogs = new RecordingDialogs();
        PreviewViewModel preview = new PreviewViewModel(exports(), new MeetingPackBuilder(),
                SampleDocuments.meetingPack(3, 6), services.messages(), dialogs, TaskRunner.direct());
        assertThat(preview.namesAllowed()).isTrue();
        preview.load();
        assertThat(preview.pagesProperty().get()).hasSize(preview.documentProperty().get().pageCount());
        assertThat(preview.documentProperty().get().namesIncluded()).isFalse();
        preview.includeNamesProperty().set(true);
        assertThat(preview.documentProperty().get().namesIncluded()).isTrue();

        preview.passwordProperty().set("kort");
        dialogs.fileAnswer = out.resolve("pack.pdf");
        preview.save();
        assertThat(preview.errors().text("password")).contains("8");
        assertThat(Files.exists(dialogs.fileAnswer)).isFalse();

        preview.passwordProperty().set("");
        preview.save();
        assertThat(Files.exists(dialogs.fileAnswer)).isTrue();
        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).startsWith("info: Opgeslagen"));
    }

    @Test
    void thePreviewTellsWhatCouldNotBePrinted() {
        services = TestServices.withAdmin(folder, clock);
        TestServices.loginAsNewUser(services, "elif", Role.SUPPORT_WORKER);
        ResidentSummaryData base = SampleDocuments.residentSummary();
        ResidentSummaryData arabic = new ResidentSummaryData(new ResidentRef("BW-3001", "محمد"), base.unit(),
                base.supportLevel(), base.keyWorker(), base.arrivedOn(), base.purpose(), base.planGoals(),
                base.observations(), base.openActions(), base.referrals(), base.reviews(), base.sections());
        PreviewViewModel preview = new PreviewViewModel(exports(), new ResidentSummaryBuilder(), arabic,
                services.messages(), new RecordingDialogs(), TaskRunner.direct());
        preview.load();
        assertThat(preview.unprintableProperty().get()).isEmpty();
        preview.includeNamesProperty().set(true);
        assertThat(preview.unprintableProperty().get()).contains("محمد").contains("U+0645");
    }
}

package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.DocumentEngine;
import be.toppsy.desk.reports.pdf.FontLibrary;
import be.toppsy.desk.reports.pdf.Unprintable;
import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.MeetingPackData.Section;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document, read back with PDFBox as its reader would. */
class ReportBuildersTest {

    private static final FontLibrary FONTS = new FontLibrary();
    private static final Messages MESSAGES = new Messages(Language.NL);
    private final DocumentEngine engine = new DocumentEngine(FONTS);

    private <D> DocumentEngine.Layout render(DocumentBuilder<D> builder, D data, boolean names) {
        ExportContext context = new ExportContext(builder.kind(), names, MESSAGES, "Leen Claes",
                LocalDateTime.of(2026, 11, 24, 9, 30));
        return engine.render(builder.build(data, context));
    }

    @Test
    void meetingPackShowsEverySectionWithResidentsByCodeOnly() {
        DocumentEngine.Layout layout = render(new MeetingPackBuilder(), SampleDocuments.meetingPack(6, 20), false);
        String text = PdfAssertions.text(layout.pdf());
        assertThat(text).contains("Teamoverleg Vleugel A en B", "24/11/2026", "Aanwezigen", "Leen Claes (voorzitter)",
                "Agenda", "1. Opening en verslag vorig overleg", "1 dag", "Bewoners ter bespreking", "BW-1040", "BW-1045",
                "Slaapt slecht", "Open actie", "Acties over tijd", "Wachtende doorverwijzingen", "dagen",
                "C-2026-014", "Opleiding", "Werken met tolken", "3/5",
                "Geëxporteerd op 24/11/2026 09:30 door Leen Claes", "Vertrouwelijk");
        for (String name : SampleDocuments.NAMES) {
            assertThat(text).doesNotContain(name);
        }
        assertThat(text).doesNotContain("Çelik").doesNotContain("Nguyễn");
        PdfAssertions.keep("meeting-pack", layout.pdf());
    }

    @Test
    void meetingPackShowsNamesWhenChosen() {
        DocumentEngine.Layout layout = render(new MeetingPackBuilder(), SampleDocuments.meetingPack(10, 20), true);
        String text = PdfAssertions.text(layout.pdf());
        for (String name : SampleDocuments.NAMES) {
            assertThat(text).contains(name);
        }
        assertThat(text).contains("Ömer Çelik (BW-1040)");
        assertThat(layout.unprintable()).isEmpty();
        PdfAssertions.keep("meeting-pack-names", layout.pdf());
    }

    @Test
    void meetingPackHasOnlyTheChosenSections() {
        MeetingPackData all = SampleDocuments.meetingPack(3, 10);
        MeetingPackData some = new MeetingPackData(all.meetingDate(), all.team(), all.periodFrom(), all.periodTo(),
                all.attendees(), all.agenda(), all.residents(), all.openActions(), all.waitingReferrals(),
                all.intervisionCases(), all.training(), EnumSet.of(Section.AGENDA, Section.REFERRALS));
        String text = PdfAssertions.text(render(new MeetingPackBuilder(), some, false).pdf());
        assertThat(text).contains("Agenda", "Wachtende doorverwijzingen");
        assertThat(text).doesNotContain("Te laat").doesNotContain("Casussen voor de volgende intervisie")
                .doesNotContain("Slaapt slecht");
    }

    @Test
    void aLargeMeetingPackHasASanePageCountAndNumbersEveryPage() {
        DocumentEngine.Layout layout = render(new MeetingPackBuilder(), SampleDocuments.meetingPack(40, 200), false);
        assertThat(layout.pageCount()).isBetween(15, 60);
        List<String> pages = PdfAssertions.pageTexts(layout.pdf());
        assertThat(pages).hasSize(layout.pageCount());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("pagina " + (i + 1) + " van " + pages.size());
        }
        assertThat(PdfAssertions.notEmbeddedFonts(layout.pdf())).isEmpty();
        PdfAssertions.keep("meeting-pack-large", layout.pdf());
    }

    @Test
    void aNameNoFontCanShowIsReportedWithTheDocument() {
        MeetingPackData base = SampleDocuments.meetingPack(1, 1);
        MeetingPackData arabic = new MeetingPackData(base.meetingDate(), base.team(), base.periodFrom(), base.periodTo(),
                base.attendees(), base.agenda(), List.of(new MeetingPackData.ResidentForDiscussion(
                        new ResidentRef("BW-2001", "محمد الأحمد"), "Vleugel A", SupportLevel.BASIC, EnumSet.noneOf(MeetingPackData.Reason.class),
                        List.of())), List.of(), List.of(), List.of(), List.of(), MeetingPackData.Section.all());
        DocumentEngine.Layout withNames = render(new MeetingPackBuilder(), arabic, true);
        assertThat(withNames.unprintable()).extracting(Unprintable::text).containsExactly("محمد", "الأحمد");
        assertThat(PdfAssertions.text(withNames.pdf())).contains("[?] [?] (BW-2001)");
        assertThat(render(new MeetingPackBuilder(), arabic, false).unprintable()).isEmpty();
    }

    @Test
    void intervisionReportHasTheCasesPhasesConclusionAndActions() {
        DocumentEngine.Layout layout = render(new IntervisionReportBuilder(), SampleDocuments.intervision(), false);
        String text = PdfAssertions.text(layout.pdf());
        assertThat(text).contains("Intervisieverslag", "Incidentmethode", "Katrien Wouters", "Casus C-2026-014",
                "Hoe blijven we in contact", "Verhelderen", "Analyseren", "Adviezen", "Conclusie van de inbrenger",
                "informeel op te bouwen", "Actiepunten", "bespreekt met de voogd", "Geen actiepunten.", "Vertrouwelijk");
        PdfAssertions.keep("intervision-report", layout.pdf());
    }

    @Test
    void residentSummaryIsDeIdentifiedByDefaultAndItsFileNameNeverHasTheName() {
        ResidentSummaryData data = SampleDocuments.residentSummary();
        String text = PdfAssertions.text(render(new ResidentSummaryBuilder(), data, false).pdf());
        assertThat(text).contains("Opvolging BW-1041", "Begeleidingsplan", "Stabiel slaappatroon", "Observaties",
                "Open acties", "Doorverwijzingen", "CGG Vlaams-Brabant", "Evaluaties", "Overdracht naar LOI Leuven");
        assertThat(text).doesNotContain("Nguyễn");
        DocumentEngine.Layout named = render(new ResidentSummaryBuilder(), data, true);
        assertThat(PdfAssertions.text(named.pdf())).contains("Opvolging Nguyễn Thị Mai (BW-1041)");
        ExportContext context = new ExportContext(DocumentKind.RESIDENT_SUMMARY, true, MESSAGES, "x", LocalDateTime.of(2026, 11, 24, 9, 0));
        assertThat(new ResidentSummaryBuilder().fileName(data, context)).isEqualTo("opvolging-bw-1041-2026-11-24.pdf");
        PdfAssertions.keep("resident-summary", named.pdf());
    }

    @Test
    void residentSummaryShowsOnlyTheChosenSections() {
        ResidentSummaryData all = SampleDocuments.residentSummary();
        ResidentSummaryData plan = new ResidentSummaryData(all.resident(), all.unit(), all.supportLevel(), all.keyWorker(),
                all.arrivedOn(), all.purpose(), all.planGoals(), all.observations(), all.openActions(), all.referrals(),
                all.reviews(), EnumSet.of(ResidentSummaryData.Section.PLAN));
        String text = PdfAssertions.text(render(new ResidentSummaryBuilder(), plan, false).pdf());
        assertThat(text).contains("Begeleidingsplan").doesNotContain("Observaties").doesNotContain("Evaluaties")
                .doesNotContain("Referentiebegeleider");
    }

    @Test
    void certificateIsOnePageWithParticipantAndModuleAndIsNotMarkedConfidential() {
        DocumentEngine.Layout layout = render(new CertificateBuilder(), SampleDocuments.certificate(), false);
        assertThat(layout.pageCount()).isEqualTo(1);
        String text = PdfAssertions.text(layout.pdf());
        assertThat(text).contains("Certificaat", "Elif Yılmaz", "Psychosociale noden herkennen", "20/11/2026", "90%",
                "pagina 1 van 1").doesNotContain("Vertrouwelijk");
        PdfAssertions.keep("certificate", layout.pdf());
    }

    @Test
    void trainingOverviewListsEveryPersonAndModule() {
        DocumentEngine.Layout layout = render(new TrainingOverviewBuilder(), SampleDocuments.trainingOverview(), false);
        String text = PdfAssertions.text(layout.pdf());
        assertThat(text).contains("Opleidingsoverzicht Vleugel A en B", "Samenvatting", "Aïcha Benali", "Elif Yılmaz",
                "Stepped care in de opvang", "bezig", "niet gestart", "Modules afgerond");
        PdfAssertions.keep("training-overview", layout.pdf());
    }

    @Test
    void handoutPrintsHeadingsTextBulletsAndCallouts() {
        DocumentEngine.Layout layout = render(new HandoutBuilder(), SampleDocuments.handout(), false);
        String text = PdfAssertions.text(layout.pdf());
        assertThat(text).contains("Stress en slaapproblemen herkennen", "Signalen", "nachtmerries", "Let op",
                "medische dienst", "Tip", "Bron: TOPPSY-gids").doesNotContain("Vertrouwelijk");
        PdfAssertions.keep("handout", layout.pdf());
    }

    @Test
    void documentsAreInTheUsersLanguage() {
        ExportContext french = new ExportContext(DocumentKind.MEETING_PACK, false, new Messages(Language.FR), "Leen Claes",
                LocalDateTime.of(2026, 11, 24, 9, 30));
        DocumentEngine.Layout layout = engine.render(new MeetingPackBuilder().build(SampleDocuments.meetingPack(2, 4), french));
        assertThat(PdfAssertions.text(layout.pdf())).contains("Réunion d'équipe Vleugel A en B", "Ordre du jour",
                "page 1 sur " + layout.pageCount(), "Exporté le 24/11/2026 09:30 par Leen Claes", "Confidentiel");
    }

    static Stream<Arguments> everyDocument() {
        return Stream.of(Arguments.of(new MeetingPackBuilder(), SampleDocuments.meetingPack(5, 12)),
                Arguments.of(new IntervisionReportBuilder(), SampleDocuments.intervision()),
                Arguments.of(new ResidentSummaryBuilder(), SampleDocuments.residentSummary()),
                Arguments.of(new CertificateBuilder(), SampleDocuments.certificate()),
                Arguments.of(new TrainingOverviewBuilder(), SampleDocuments.trainingOverview()),
                Arguments.of(new HandoutBuilder(), SampleDocuments.handout()));
    }

    @ParameterizedTest
    @MethodSource("everyDocument")
    @SuppressWarnings({"rawtypes", "unchecked"})
    void everyDocumentEmbedsItsFontsAndNumbersItsPages(DocumentBuilder builder, Object data) {
        DocumentEngine.Layout layout = render(builder, data, false);
        assertThat(PdfAssertions.notEmbeddedFonts(layout.pdf())).isEmpty();
        List<String> pages = PdfAssertions.pageTexts(layout.pdf());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("pagina " + (i + 1) + " van " + pages.size());
        }
    }
}

package be.toppsy.desk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.intervision.IntervisionExports;
import be.toppsy.desk.intervision.IntervisionFeature;
import be.toppsy.desk.intervision.IntervisionServices;
import be.toppsy.desk.intervision.SessionState;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.residents.exports.ResidentExports;
import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.record.ResidentSummary;
import be.toppsy.desk.residents.ResidentsFeature;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.DemoData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three documents users reach from the application (team meeting pack, resident summary,
 * intervision session report), filled from every feature's demo data on a real H2 and read back.
 */
class DocumentSourcesTest {

    @TempDir
    static Path folder;
    private static final MutableClock CLOCK = MutableClock.at("2026-11-22T09:00:00Z");
    private static App.Services services;
    private static List<String> residentNames;

    @BeforeAll
    static void demo() {
        services = TestServices.withAdmin(folder, CLOCK);
        services.loadDemoData();
        login("leen");
        ResidentService residents = residents();
        residentNames = residents.searchVisible("", 200).stream()
                .map(r -> residents.summary(r.id(), true).map(ResidentSummary::name).orElse(null))
                .filter(Objects::nonNull).toList();
        assertThat(residentNames).hasSizeGreaterThan(20);
    }

    @AfterAll
    static void close() {
        services.database().close();
    }

    private static void login(String username) {
        services.accounts().logout();
        LoginResult result = services.accounts().login(username, DemoData.PASSWORD.toCharArray());
        assertThat(result).isInstanceOf(LoginResult.Success.class);
    }

    private static ResidentService residents() {
        return residentsFeature().service();
    }

    private static ResidentsFeature residentsFeature() {
        return services.features().stream().filter(ResidentsFeature.class::isInstance)
                .map(ResidentsFeature.class::cast).findFirst().orElseThrow();
    }

    private static ResidentExports exports() {
        return residentsFeature().exports().orElseThrow();
    }

    private static ExportService exportService() {
        return services.features().stream().filter(ReportsFeature.class::isInstance).map(ReportsFeature.class::cast)
                .findFirst().orElseThrow().exports();
    }

    private static IntervisionServices intervision() {
        return services.features().stream().filter(IntervisionFeature.class::isInstance)
                .map(IntervisionFeature.class::cast).findFirst().orElseThrow().services();
    }

    private static List<String> namesIn(String text) {
        return residentNames.stream().filter(text::contains).toList();
    }

    @Test
    void theTeamMeetingPackIsFilledFromTheTrackerIntervisionAndTrainingAndShowsCodesByDefault() {
        login("leen");
        LocalDate today = LocalDate.of(2026, 11, 22);
        MeetingPackData data = exports().meetingPack(today.plusDays(1), "Team Noord", today.minusDays(30), today,
                List.of("Leen", "Sara"), MeetingPackData.Section.all());
        assertThat(data.residents()).isNotEmpty();
        assertThat(data.residents()).anySatisfy(r -> assertThat(r.recentObservations()).isNotEmpty());
        assertThat(data.openActions()).isNotEmpty();
        assertThat(data.openActions()).anySatisfy(a -> assertThat(a.due()).isBefore(today));
        assertThat(data.waitingReferrals()).isNotEmpty();
        assertThat(data.intervisionCases()).isNotEmpty();
        assertThat(data.training()).isNotEmpty();

        RenderedDocument codes = exportService().build(new MeetingPackBuilder(), data, false);
        String text = PdfAssertions.text(codes.pdf());
        PdfAssertions.keep("sources-meeting-pack", codes.pdf());
        assertThat(text).contains("Team Noord").contains(data.residents().get(0).resident().code())
                .contains(data.waitingReferrals().get(0).resident().code())
                .contains(data.intervisionCases().get(0).caseCode().substring(0, 3))
                .contains(data.training().get(0).person());
        assertThat(namesIn(text)).isEmpty();

        RenderedDocument named = exportService().build(new MeetingPackBuilder(), data, true);
        assertThat(namesIn(PdfAssertions.text(named.pdf()))).isNotEmpty();
    }

    @Test
    void theMeetingPackLeavesOutSectionsNotChosen() {
        login("leen");
        LocalDate today = LocalDate.of(2026, 11, 22);
        MeetingPackData data = exports().meetingPack(today, "Team", today.minusDays(14), today, List.of(),
                EnumSet.of(MeetingPackData.Section.REFERRALS));
        assertThat(data.intervisionCases()).isEmpty();
        assertThat(data.training()).isEmpty();
        String text = PdfAssertions.text(exportService().build(new MeetingPackBuilder(), data, false).pdf());
        assertThat(text).contains(data.waitingReferrals().get(0).service());
    }

    @Test
    void aSupportWorkerMayNotMakeTheMeetingPack() {
        login("sara");
        LocalDate today = LocalDate.of(2026, 11, 22);
        MeetingPackData data = exports().meetingPack(today, "Team", today.minusDays(14), today, List.of(),
                MeetingPackData.Section.all());
        assertThatThrownBy(() -> exportService().build(new MeetingPackBuilder(), data, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theResidentSummaryIsDeidentifiedByDefaultAndHasTheChosenSections() {
        login("sara");
        ResidentService residents = residents();
        // Codes are random, so the list's order is too: pick a resident whose name is in Latin script,
        // which the embedded fonts print (an Arabic name prints as [?] and is reported; DocumentEngineTest).
        long id = residents.searchVisible("", 200).stream()
                .filter(r -> residents.records().file(r.id()).timeline().size() > 3
                        && !residents.records().file(r.id()).referrals().isEmpty()
                        && residents.summary(r.id(), true).orElseThrow().name().chars().allMatch(c -> c < 0x0250))
                .findFirst().orElseThrow().id();
        ResidentSummaryData data = exports().summary(id, "Overdracht", EnumSet.allOf(ResidentSummaryData.Section.class));
        String name = residents.summary(id, true).orElseThrow().name();
        assertThat(data.observations()).isNotEmpty();
        assertThat(data.referrals()).isNotEmpty();

        RenderedDocument codes = exportService().build(new ResidentSummaryBuilder(), data, false);
        PdfAssertions.keep("sources-resident-summary", codes.pdf());
        String text = PdfAssertions.text(codes.pdf());
        assertThat(text).contains(data.resident().code()).contains(data.referrals().get(0).service())
                .doesNotContain(name);
        assertThat(PdfAssertions.text(exportService().build(new ResidentSummaryBuilder(), data, true).pdf()))
                .contains(name);

        ResidentSummaryData profileOnly = exports().summary(id, "Doorverwijzing",
                EnumSet.of(ResidentSummaryData.Section.PROFILE));
        String shortText = PdfAssertions.text(exportService().build(new ResidentSummaryBuilder(), profileOnly, false)
                .pdf());
        assertThat(shortText).contains(data.resident().code())
                .doesNotContain(firstLine(data.observations().get(0).text()));
    }

    @Test
    void aStaffMemberWithoutNamesPermissionGetsNoNameEvenWhenAsking() {
        login("tom");
        assertThat(residents().summary(residents().searchVisible("", 5).get(0).id(), true)
                .map(ResidentSummary::name)).isEmpty();
    }

    @Test
    void theIntervisionReportComesFromTheSessionsMaterialWithoutResidentNames() {
        login("leen");
        IntervisionServices service = intervision();
        IntervisionSession done = service.sessions().sessions().stream().filter(s -> s.state() == SessionState.DONE)
                .filter(s -> !s.agenda().isEmpty()).findFirst().orElseThrow();
        IntervisionReportData data = new IntervisionExports(service).sessionReport(done.id());
        assertThat(data.date()).isEqualTo(done.heldOn());
        assertThat(data.cases()).isNotEmpty();
        assertThat(data.cases()).anySatisfy(c -> assertThat(c.phases()).isNotEmpty());
        assertThat(data.cases()).allSatisfy(c -> assertThat(c.caseCode()).startsWith("#"));

        RenderedDocument report = exportService().build(new IntervisionReportBuilder(), data, false);
        PdfAssertions.keep("sources-intervision-report", report.pdf());
        String text = PdfAssertions.text(report.pdf());
        assertThat(text).contains(data.method()).contains(data.cases().get(data.cases().size() - 1).caseCode()
                .substring(0, 2));
        assertThat(namesIn(text)).isEmpty();
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse(text);
        return line.length() > 30 ? line.substring(0, 30) : line;
    }
}

package be.toppsy.desk.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.audit.AuditFilter;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.learning.quiz.QuizScorer;
import be.toppsy.desk.learning.team.PersonProgress;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.ContentPacks;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress per user on a real database: own progress only, the team overview for leads, training hours. */
class ProgressServiceTest {

    private static final String PASSWORD = "Proef-wachtwoord-2026";

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-20T09:00:00Z");
    private App.Services services;
    private ProgressService progress;

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder.resolve("db"), clock);
        ContentService content = ContentPacks.contentService(services, clock, ContentPacks.read("sample-pack"));
        progress = ContentPacks.progressService(services, content, clock);
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private void loginAs(String username) {
        services.accounts().logout();
        services.accounts().login(username, PASSWORD.toCharArray());
    }

    @Test
    void openingALessonStartsItAndCompletingItKeepsTheFirstDate() {
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        LessonProgress opened = progress.openLesson("m1-l1");
        assertThat(opened.completed()).isFalse();
        clock.advance(Duration.ofMinutes(6));
        LessonProgress done = progress.completeLesson("m1-l1", Duration.ofMinutes(6));
        assertThat(done.completedAt()).isEqualTo(clock.instant().atOffset(done.completedAt().getOffset()));
        clock.advance(Duration.ofDays(1));
        LessonProgress again = progress.completeLesson("m1-l1", Duration.ofMinutes(2));
        assertThat(again.completedAt()).isEqualTo(done.completedAt());
        assertThat(again.secondsSpent()).isEqualTo(8 * 60);
        assertThat(progress.myProgress().progress().state("m1-l1")).isEqualTo(LessonState.COMPLETED);
    }

    @Test
    void aLessonLeftOpenAllNightCountsAtMostAnHour() {
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        progress.openLesson("m1-l2");
        progress.addTime("m1-l2", Duration.ofHours(9));
        progress.addTime("m1-l2", Duration.ofSeconds(-30));
        assertThat(progress.myProgress().progress().lessons().get("m1-l2").secondsSpent())
                .isEqualTo(ProgressService.MAX_SECONDS_PER_VISIT);
    }

    @Test
    void theQuizIsScoredFromTheAnswersAndCompletesTheModule() {
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        progress.completeLesson("m1-l1", Duration.ZERO);
        progress.completeLesson("m1-l2", Duration.ZERO);
        QuizScorer.Result first = progress.recordQuiz("m1", List.of(Set.of(1), Set.of(0), Set.of(0)), Duration.ofMinutes(3));
        assertThat(first.percent()).isEqualTo(33);
        assertThat(progress.myProgress().module("m1").orElseThrow().completed()).isFalse();
        QuizScorer.Result second = progress.recordQuiz("m1", List.of(Set.of(0), Set.of(0, 1), Set.of(0)), Duration.ZERO);
        assertThat(second.percent()).isEqualTo(100);
        ModuleStatus status = progress.myProgress().module("m1").orElseThrow();
        assertThat(status.completed()).isTrue();
        assertThat(status.attempts()).isEqualTo(2);
        assertThat(status.bestScore()).isEqualTo(100);
    }

    @Test
    void aScenarioRunIsStored() {
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        progress.recordScenario("m1-s1", List.of(Scenario.Quality.GOOD, Scenario.Quality.POOR), Duration.ofMinutes(4));
        ModuleStatus status = progress.myProgress().module("m1").orElseThrow();
        assertThat(status.scenariosDone()).isEqualTo(1);
        assertThat(progress.myProgress().progress().runs()).singleElement()
                .satisfies(r -> assertThat(r.goodCount()).isEqualTo(1));
    }

    @Test
    void staffSeeOnlyTheirOwnProgressAndNotTheTeam() {
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        progress.completeLesson("m1-l1", Duration.ofMinutes(5));
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        TestServices.loginAsNewUser(services, "aicha", Role.STAFF);

        assertThat(progress.myProgress().progress().lessons()).isEmpty();
        assertThatThrownBy(progress::teamOverview).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.exportTrainingHours(folder.resolve("x.csv")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void teamLeadsSeeEveryoneAndExportTrainingHours() throws Exception {
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        progress.completeLesson("m1-l1", Duration.ofMinutes(30));
        progress.completeLesson("m1-l2", Duration.ofMinutes(15));
        progress.recordQuiz("m1", List.of(Set.of(0), Set.of(0, 1), Set.of(0)), Duration.ofMinutes(15));
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        TestServices.loginAsNewUser(services, "leen", Role.STAFF, Role.TEAM_LEAD);

        List<PersonProgress> team = progress.teamOverview();
        assertThat(team).extracting(PersonProgress::username).containsExactly("leen", "tom");
        PersonProgress tom = team.get(1);
        assertThat(tom.modulesCompleted()).isEqualTo(1);
        assertThat(tom.totalSeconds()).isEqualTo(3600);

        Path csv = folder.resolve("uren.csv");
        assertThat(progress.exportTrainingHours(csv)).isEqualTo(2);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNaam;Gebruikersnaam;Module;");
        assertThat(text).contains("tom Test;tom;Module 1: Voorbeeldmodule;2;2;100;20/11/2026;1,00;0,17");
        assertThat(text).contains("tom Test;tom;Totaal;;;;;1,00;0,17");
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        assertThat(services.audit().find(new AuditFilter(null, null, null, "LEARNING_HOURS_EXPORTED", null, null, 5)))
                .singleElement().satisfies(e -> assertThat(e.actorName()).isEqualTo("leen"));
    }

    @Test
    void theCsvCannotSmuggleAFormulaIntoASpreadsheet() {
        TestServices.loginAsNewUser(services, "trainer", Role.TRAINER);
        services.accounts().logout();
        services.accounts().login("admin", TestServices.ADMIN_PASSWORD.toCharArray());
        services.accounts().createUser(new be.toppsy.desk.accounts.AccountService.NewUser("=HYPERLINK(\"x\";\"y\")",
                "evil", PASSWORD.toCharArray(), PASSWORD.toCharArray(), Set.of(Role.STAFF), be.toppsy.desk.i18n.Language.NL));
        loginAs("trainer");
        String csv = progress.trainingHoursCsv();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"");
    }

    @Test
    void continueLearningPointsAtTheNextLesson() {
        TestServices.loginAsNewUser(services, "tom", Role.STAFF);
        assertThat(progress.continueLearning()).map(c -> c.lesson().id()).contains("m1-l1");
        progress.completeLesson("m1-l1", Duration.ZERO);
        ProgressService.Continue next = progress.continueLearning().orElseThrow();
        assertThat(next.lesson().id()).isEqualTo("m1-l2");
        assertThat(next.state()).isEqualTo(LessonState.NOT_STARTED);
        assertThat(next.status().lessonsCompleted()).isEqualTo(1);
    }

    @Test
    void theDemoTeamHasProgressForTheOverview() {
        be.toppsy.desk.ui.DemoData demo = services.accountsFeature().createDemoStaff();
        ContentService realPack = services.content();
        ProgressService onDefaultPack = ContentPacks.progressService(services, realPack, clock);
        onDefaultPack.loadDemoProgress(demo);
        services.accounts().logout();
        services.accounts().login("leen", be.toppsy.desk.ui.DemoData.PASSWORD.toCharArray());
        List<PersonProgress> team = onDefaultPack.teamOverview();
        assertThat(team).filteredOn(p -> p.modulesCompleted() > 0).hasSizeGreaterThanOrEqualTo(4);
        assertThat(team).filteredOn(p -> p.username().equals("bram")).singleElement()
                .satisfies(p -> assertThat(p.totalSeconds()).isZero());
    }
}

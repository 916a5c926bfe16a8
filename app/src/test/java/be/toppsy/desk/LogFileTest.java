package be.toppsy.desk;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.intervision.board.CaseDraft;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.IntervisionFeature;
import be.toppsy.desk.intervision.board.CaseService;
import be.toppsy.desk.residents.plan.ActionRequest;
import be.toppsy.desk.residents.observations.Concern;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.observations.NewObservation;
import be.toppsy.desk.residents.observations.ObservationCategory;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.ResidentsFeature;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.storage.LogFile;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import be.toppsy.desk.ui.FxTaskRunner;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxToolkit;

/**
 * The log file in the data folder: it is written, and it never holds resident data, also not when
 * the database refuses a statement with the resident's values in its error message.
 */
class LogFileTest {

    private static final String GIVEN = "Zoë";
    private static final String FAMILY = "Testnaam-Kabongo";
    private static final String PHRASE = "vertelde aan de balie over de nachtmerries";

    @TempDir
    Path folder;
    private App.Services services;
    private ResidentService residents;
    private CaseService intervision;
    private FxTaskRunner tasks;
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = (Logger) LoggerFactory.getLogger("be.toppsy");
    private Level rootLevel;
    private Level ourLevel;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        // The application's levels (INFO), and our own code at its most talkative.
        rootLevel = root.getLevel();
        ourLevel = ours.getLevel();
        root.setLevel(Level.INFO);
        ours.setLevel(Level.DEBUG);
        LogFile.attach(folder);
        services = TestServices.withAdmin(folder, MutableClock.at("2026-03-10T09:00:00Z"));
        residents = feature(ResidentsFeature.class).service();
        intervision = feature(IntervisionFeature.class).services().cases();
        tasks = new FxTaskRunner();
        TestServices.loginAsNewUser(services, "sara", Role.SUPPORT_WORKER, Role.TEAM_LEAD, Role.STAFF);
    }

    @AfterEach
    void tearDown() {
        tasks.close();
        services.database().close();
        LogFile.detach();
        root.setLevel(rootLevel);
        ours.setLevel(ourLevel);
    }

    private <F> F feature(Class<F> type) {
        return services.features().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private ResidentDraft zoe() {
        return new ResidentDraft(GIVEN, FAMILY, 1994, Gender.FEMALE, "B", "14", LocalDate.of(2026, 2, 1),
                List.of("Lingala", "Frans"), true, false, null, null, null, ResidentState.PRESENT, null, false);
    }

    /** Runs work the way the application does and returns what the default failure path was told. */
    private Throwable failInTheBackground(Callable<?> work) throws Exception {
        CompletableFuture<Throwable> noticed = new CompletableFuture<>();
        tasks.setUserNotice(noticed::complete);
        tasks.run(work, result -> noticed.completeExceptionally(new AssertionError("expected a failure")));
        return noticed.get(10, TimeUnit.SECONDS);
    }

    private String logText() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve(LogFile.FOLDER))) {
            return files.map(file -> {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void theLogIsWrittenToARollingFileInTheDataFolder() throws IOException {
        assertThat(folder.resolve(LogFile.FOLDER).resolve(LogFile.FILE_NAME)).exists();
        assertThat(logText()).contains("Database ready in");
    }

    @Test
    void noResidentNameOrObservationTextEndsUpInTheLogFile() throws Exception {
        long zoe = residents.records().create(zoe(), SupportLevel.HEIGHTENED);
        residents.observations().addObservation(new NewObservation(zoe, ObservationCategory.SLEEP, "Zoë " + PHRASE + ".",
                Concern.MEDIUM, true));
        residents.addActionFor(new ActionRequest(zoe, "Gesprek: " + PHRASE, null, LocalDate.of(2026, 3, 20),
                PreventionTier.TERTIARY, null));
        residents.referrals().proposeReferral(zoe, null, "CGG Test", "Zoë " + PHRASE, Set.of(), null);
        assertThat(residents.searchVisible(FAMILY, 5)).hasSize(1);
        assertThat(residents.searchVisible("zoe testnaam", 5)).hasSize(1);

        // A refusal with the name in the input: the intervision board does not take a resident's name.
        Throwable refused = failInTheBackground(() -> intervision.createCase(new CaseDraft(null,
                "Zoë " + FAMILY + " " + PHRASE, PHRASE, "Wat nu?", SupportLevel.HEIGHTENED, List.of(), zoe)));
        assertThat(refused).isInstanceOf(be.toppsy.desk.common.ValidationException.class);

        // The database refuses a statement and names the values in its message (as H2 does for a unique key).
        services.database().dsl().execute("create unique index ux_log_test on resident (family_name)");
        Throwable failed = failInTheBackground(() -> residents.records().create(zoe(), SupportLevel.BASIC));
        assertThat(failed).isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThat(messages(failed)).as("the raw messages do carry the value").contains(FAMILY);

        String log = logText();
        assertThat(log).contains("Background task failed").contains("ValidationException")
                .contains("org.jooq.exception.").contains("(error 23505)");
        assertThat(log).doesNotContain(FAMILY).doesNotContain(GIVEN + " " + FAMILY).doesNotContain(PHRASE)
                .doesNotContain("nachtmerries");
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}

package be.toppsy.desk.intervision;

import be.toppsy.desk.App;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.accounts.PasswordHasher;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.board.CaseView;
import be.toppsy.desk.intervision.board.CaseViewModel;
import be.toppsy.desk.intervision.methods.Produces;
import be.toppsy.desk.intervision.runner.ManualTicker;
import be.toppsy.desk.intervision.runner.RunnerView;
import be.toppsy.desk.intervision.runner.RunnerViewModel;
import be.toppsy.desk.intervision.runner.Step;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.storage.DataFolder;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.DatabaseSettings;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.RecordingDialogs;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Developer tool (test scope): a PNG of the session runner part-way through the first session
 * that is not done, on a data folder made by {@code ScreenshotTool} (which loads the demo data).
 * It starts that session, so use a copy of the folder.
 *
 * <pre>
 * DISPLAY=:103 ./mvnw -q -pl app exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=be.toppsy.desk.intervision.IntervisionScreens \
 *   -Dexec.args="/tmp/copy-of-data leen Demo-2026-toppsy 5 /tmp/runner.png"
 * </pre>
 * Arguments: dataDir username password stepIndex out.png
 */
public final class IntervisionScreens extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Path dataDir = Path.of(args.get(0));
        boolean caseForm = args.get(3).equals("case");
        int stepIndex = caseForm ? 0 : Integer.parseInt(args.get(3));
        File out = new File(args.get(4));
        DataFolder folder = new DataFolder(dataDir).ensureWritable();
        Database database = Database.open(DatabaseSettings.forDataFolder(folder));
        Messages messages = new Messages(Language.NL);
        MutableClock clock = new MutableClock(Instant.now(), ZoneId.systemDefault());
        App.Services services = App.wire(database, folder, messages, TaskRunner.direct(), new PasswordHasher(),
                Clock.systemDefaultZone(), new RecordingDialogs());
        if (!(services.accounts().login(args.get(1), args.get(2).toCharArray()) instanceof LoginResult.Success)) {
            throw new IllegalStateException("Login failed");
        }
        IntervisionServices service = IntervisionServices.create(database, services.audit(), services.session(),
                services.accounts(), services.settings(), FollowUpLink.notAvailable(), ContentLink.notAvailable(), clock);
        if (caseForm) {
            showCaseForm(stage, service, messages, database, out);
            return;
        }
        ManualTicker ticker = new ManualTicker();
        RunnerViewModel model = new RunnerViewModel(service.runs(), TaskRunner.direct(), messages, clock, ticker);
        IntervisionSession session = service.sessions().sessions().stream().filter(s -> s.state() != SessionState.DONE)
                .findFirst().orElseThrow();
        model.load(session.id());
        model.start();
        model.goTo(stepIndex);
        Step step = model.stepProperty().get();
        if (step.produces() == Produces.ACTIONS) {
            model.conclusionProperty().set("Ik geef eerlijk aan wat we niet weten, en spreek een vast moment per week "
                    + "af om samen naar nieuws over de procedure te kijken.");
            model.actions().titleProperty().set("Vast wekelijks moment aan het onthaal afspreken");
            model.actions().ownerProperty().set(model.actions().staff().stream().filter(p -> p.name().startsWith("Elif"))
                    .findFirst().orElse(null));
            model.actions().dueProperty().set(be.toppsy.desk.i18n.Formats.date(clock.instant().atZone(clock.getZone())
                    .toLocalDate().plusDays(14)));
            model.actions().add();
        } else {
            model.turns().nextTurn();
            model.noteProperty().set("Eerlijk zeggen wat we niet weten, en toch een vast moment geven.\n"
                    + "De onzekerheid niet alleen dragen: collega's aan het onthaal afwisselen.\n"
                    + "Uitleg over de procedure laten geven door de juridische dienst, met een tolk.");
        }
        clock.advance(Duration.ofSeconds(7 * 60 + 43));
        model.countdown().update();
        snapshot(stage, new Scene(new RunnerView(model, messages, x -> { }, () -> { }).build(), 1440, 900), database,
                out);
    }

    /** A new case typed badly: a possible name in the title, too long a situation, no question. */
    private void showCaseForm(Stage stage, IntervisionServices service, Messages messages, Database database,
            File out) {
        CaseViewModel model = new CaseViewModel(service.cases(), service.access(), TaskRunner.direct(), messages);
        javafx.scene.Parent view = new CaseView(model, messages, new Pages() {
            @Override
            public void board() {
            }

            @Override
            public void openCase(long caseId) {
            }

            @Override
            public void newCase() {
            }

            @Override
            public void sessions() {
            }

            @Override
            public void openSession(long sessionId) {
            }

            @Override
            public void editSession(Long sessionId) {
            }

            @Override
            public void run(long sessionId) {
            }

            @Override
            public void methods() {
            }

            @Override
            public void themes() {
            }

            @Override
            public void openContent(String kind, String contentId) {
            }
        }).build();
        model.startNew();
        model.titleProperty().set("Gesprek met Ahmed over العربية en tiếng Việt");
        model.situationProperty().set("Een lange beschrijving. ".repeat(440));
        model.tagsProperty().set("tolk, slaap");
        model.save();
        model.save();
        snapshot(stage, new Scene(view, 1440, 900), database, out);
    }

    private static void snapshot(Stage stage, Scene scene, Database database, File out) {
        App.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(2500));
        pause.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            } finally {
                database.close();
                Platform.exit();
            }
        });
        pause.play();
    }
}

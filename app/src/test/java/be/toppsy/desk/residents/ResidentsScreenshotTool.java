package be.toppsy.desk.residents;

import be.toppsy.desk.residents.observations.ObservationCategory;
import be.toppsy.desk.residents.observations.QuickObservationView;
import be.toppsy.desk.residents.observations.QuickObservationViewModel;
import be.toppsy.desk.residents.page.ResidentPageView;
import be.toppsy.desk.residents.page.ResidentPageViewModel;
import be.toppsy.desk.App;
import be.toppsy.desk.accounts.PasswordHasher;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.storage.DataFolder;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.DatabaseSettings;
import be.toppsy.desk.ui.FxDialogService;
import be.toppsy.desk.ui.FxTaskRunner;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Developer tool (test scope): a PNG of the quick observation dialog ("quick") or of the crisis
 * panel after a crisis observation ("crisis"), on a data folder made by the ScreenshotTool.
 * Arguments: dataDir username password quick|crisis|badinput out.png
 */
public final class ResidentsScreenshotTool extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        DataFolder folder = new DataFolder(Path.of(args.get(0))).ensureWritable();
        Database database = Database.open(DatabaseSettings.forDataFolder(folder));
        Messages messages = new Messages(Language.NL);
        FxTaskRunner tasks = new FxTaskRunner();
        App.Services services = App.wire(database, folder, messages, tasks, new PasswordHasher(),
                Clock.systemDefaultZone(), new FxDialogService(() -> stage, messages));
        services.accounts().login(args.get(1), args.get(2).toCharArray());
        ResidentService service = services.features().stream().filter(f -> f instanceof ResidentsFeature)
                .map(f -> ((ResidentsFeature) f).service()).findFirst().orElseThrow();
        if (args.get(3).equals("badinput")) {
            ResidentPageViewModel page = new ResidentPageViewModel(service, tasks, messages);
            page.startNew();
            Scene scene = new Scene(new ResidentPageView(page, messages, new be.toppsy.desk.testing.RecordingDialogs(),
                    services.navigator(), () -> { }, r -> { }, id -> { }).build(), 1100, 1000);
            App.applyTheme(scene);
            stage.setScene(scene);
            stage.show();
            page.record().givenNamesProperty().set("   ");
            page.record().familyNameProperty().set("الأحمد");
            page.record().birthYearProperty().set("1890");
            page.record().arrivalProperty().set("31/02/2026");
            page.record().strengthsProperty().set("Sterk netwerk. ".repeat(700));
            page.record().saveRecord(id -> { });
            PauseTransition later = new PauseTransition(Duration.millis(1500));
            later.setOnFinished(e -> {
                page.record().arrivalProperty().set("01/02/2026");
                page.record().saveRecord(id -> { });
            });
            later.play();
            snapshot(scene, args.get(4), database, 3500);
            return;
        }
        QuickObservationViewModel model = new QuickObservationViewModel(service, tasks, messages);
        boolean crisis = args.get(3).equals("crisis");
        Scene scene = new Scene(new QuickObservationView(model, messages, services.navigator(), () -> { }).build(),
                600, crisis ? 760 : 600);
        App.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
        if (crisis) {
            model.preset(service.records().pick("Zoë", 1).get(0));
            model.categoryProperty().set(ObservationCategory.SUICIDAL);
            model.textProperty().set("Zei aan de balie dat ze er niet meer wil zijn. Collega bleef bij haar.");
            model.save();
        } else {
            model.queryProperty().set("nguy");
            model.categoryProperty().set(ObservationCategory.SLEEP);
            model.textProperty().set("Slaapt slecht volgens kamergenoot; zit 's nachts vaak in de leefruimte.");
        }
        snapshot(scene, args.get(4), database, 2500);
    }

    private static void snapshot(Scene scene, String out, Database database, long millis) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        pause.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(out));
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

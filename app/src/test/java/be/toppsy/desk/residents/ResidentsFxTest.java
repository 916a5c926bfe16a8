package be.toppsy.desk.residents;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.observations.ObservationCategory;
import be.toppsy.desk.residents.observations.QuickObservationView;
import be.toppsy.desk.residents.observations.QuickObservationViewModel;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.residents.record.TimelineEntry;
import be.toppsy.desk.residents.record.TimelineKind;
import be.toppsy.desk.residents.today.TodayView;
import be.toppsy.desk.residents.today.TodayViewModel;
import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.RecordingDialogs;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.Navigator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Quick entry, the crisis panel, the resident page and Today, as staff would use them. */
@ExtendWith(ApplicationExtension.class)
class ResidentsFxTest {

    @TempDir
    static Path folder;
    private ResidentsFixture f;
    private Stage stage;
    private long zoe;
    private final List<Object> navigated = new ArrayList<>();
    private final Navigator navigator = new Navigator() {
        @Override
        public void open(String areaId) {
            navigated.add(areaId);
        }

        @Override
        public void open(Destination destination) {
            navigated.add(destination);
        }
    };
    private boolean closed;

    @Start
    void start(Stage stage) {
        // Failures of earlier test classes' background work are theirs, not ours.
        WaitForAsyncUtils.clearExceptions();
        this.stage = stage;
        f = new ResidentsFixture(folder.resolve("db" + System.nanoTime()));
        zoe = f.resident("Zoë", "Kabongo", 40, SupportLevel.HEIGHTENED);
        f.residents.plan().addAction(zoe, "Taalles zoeken", f.id("sara"), f.today().minusDays(2), PreventionTier.PRIMARY);
        f.residents.referrals().proposeReferral(zoe, null, "CGG Andante", "Slaapproblemen", Set.of(), null);
        FxTestSupport.show(stage, new StackPane());
    }

    @AfterEach
    void close() {
        f.services.database().close();
    }

    private QuickObservationViewModel showQuickEntry(FxRobot robot) {
        QuickObservationViewModel model = new QuickObservationViewModel(f.residents, f.services.tasks(),
                f.services.messages());
        robot.interact(() -> FxTestSupport.show(stage, (javafx.scene.Parent) new QuickObservationView(model,
                f.services.messages(), navigator, () -> closed = true).build()));
        return model;
    }

    @Test
    void aMedewerkerWritesAnObservationInThreeFields(FxRobot robot) throws Exception {
        f.as("tom");
        showQuickEntry(robot);
        robot.clickOn("#quick-resident").write("zo");
        ListView<?> matches = robot.lookup("#quick-resident-matches").queryListView();
        // The picker searches once typing pauses.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> matches.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#quick-resident-matches .list-cell").nth(0).queryAs(Node.class));
        assertThat(robot.lookup("#quick-resident-chosen").queryAs(Label.class).getText()).contains("Zoë Kabongo");
        robot.clickOn("#quick-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("categorie") || t.contains("Kies waarover"));
        @SuppressWarnings("unchecked")
        ComboBox<ObservationCategory> category = robot.lookup("#quick-category").queryAs(ComboBox.class);
        robot.interact(() -> category.setValue(ObservationCategory.SLEEP));
        robot.clickOn("#quick-text").write("Slaapt slecht.");
        robot.clickOn("#quick-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(closed).isTrue();
        assertThat(f.residents.observations().myRecentObservations(5)).singleElement().satisfies(o -> {
            assertThat(o.body()).isEqualTo("Slaapt slecht.");
            assertThat(o.authorName()).isEqualTo("Tom Peeters");
        });
    }

    @Test
    void aSuicidalStatementShowsTheCrisisStepsAndContacts(FxRobot robot) {
        f.as("tom");
        QuickObservationViewModel model = showQuickEntry(robot);
        robot.interact(() -> {
            model.preset(f.residents.records().pick("zoe", 1).get(0));
            model.categoryProperty().set(ObservationCategory.SUICIDAL);
        });
        robot.clickOn("#quick-text").write("Wil er niet meer zijn.");
        robot.clickOn("#quick-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#crisis-panel").tryQuery()).isPresent();
        assertThat(closed).isFalse();
        assertThat(robot.lookup("#crisis-flag").queryAs(Label.class).getText()).contains("medische dienst");
        assertThat(robot.lookup("#crisis-contacts .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("112", "1813", "106", "0800 32 123");
        robot.clickOn("#crisis-guide");
        assertThat(navigated).containsExactly(new Destination.GuideChapter("g4"));
        assertThat(closed).isTrue();
    }

    @Test
    void theResidentPageShowsTheTimelineAndKeepsWhatWasTypedOnAnError(FxRobot robot) {
        f.as("sara");
        ResidentsPage page = new ResidentsPage(f.residents, f.services.tasks(), f.services.messages(),
                new RecordingDialogs(), navigator, row -> { }, () -> { });
        robot.interact(() -> {
            FxTestSupport.show(stage, page);
            page.navigateTo(new Destination.Resident(zoe));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#resident-code").queryAs(Label.class).getText()).startsWith("BW-");
        assertThat(robot.lookup("#resident-name").queryAs(Label.class).getText()).isEqualTo("Zoë Kabongo");
        ListView<?> timeline = robot.lookup("#resident-timeline").queryListView();
        assertThat(timeline.getItems()).hasSizeGreaterThanOrEqualTo(2);
        robot.clickOn("#timeline-kind-ACTION");
        assertThat(timeline.getItems()).noneMatch(e -> ((TimelineEntry) e).kind() == TimelineKind.ACTION);

        robot.clickOn("#tab-record");
        TextField year = robot.lookup("#resident-birth-year").queryAs(TextField.class);
        javafx.scene.control.Button save = robot.lookup("#resident-save").queryButton();
        robot.interact(() -> year.setText("negentig"));
        // The button sits below a long form; fire it as a click would.
        robot.interact(save::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("getal"));
        assertThat(year.getText()).isEqualTo("negentig");

        robot.interact(() -> year.setText("1991"));
        robot.interact(save::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.residents.records().file(zoe).resident().birthYear()).isEqualTo(1991);
    }

    @Test
    void ctrlShiftOOpensTheObservationDialogFromTheMainWindow(FxRobot robot) {
        f.as("tom");
        be.toppsy.desk.shell.MainWindow window = new be.toppsy.desk.shell.MainWindow(
                new be.toppsy.desk.shell.MainViewModel(f.services.session(), f.services.accounts(),
                        f.services.messages(), f.services.features(), f.services.tasks()),
                new be.toppsy.desk.shell.QuickSearchViewModel(List.of(), f.services.tasks()), f.services.messages(),
                new be.toppsy.desk.shell.MainWindow.Actions() {
                    @Override
                    public void lock() {
                    }

                    @Override
                    public void logout() {
                    }

                    @Override
                    public void languageChanged(String openAreaId) {
                    }

                    @Override
                    public void changePassword() {
                    }
                });
        robot.interact(() -> {
            javafx.scene.Scene scene = FxTestSupport.show(stage, window.build());
            window.installShortcuts(scene);
            window.openFirst();
        });
        // A medewerker has no "Vandaag"; the start page comes first, then the residents list.
        assertThat(window.areaIds()).startsWith("start").contains("residents", "socialmap").doesNotContain("today");
        robot.clickOn("#nav-residents");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.O).release(javafx.scene.input.KeyCode.O,
                javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#quick-resident").tryQuery()).isPresent();
        robot.interact(() -> ((Stage) robot.lookup("#quick-resident").query().getScene().getWindow()).close());
    }

    @Test
    void todayComesFirstForStaffWithResidentsInTheirCare(FxRobot robot) {
        f.as("sara");
        be.toppsy.desk.shell.MainViewModel model = new be.toppsy.desk.shell.MainViewModel(f.services.session(),
                f.services.accounts(), f.services.messages(), f.services.features(), f.services.tasks());
        assertThat(model.areas()).extracting(be.toppsy.desk.ui.Area::id).startsWith("today", "start");
    }

    @Test
    void todayListsTheOverdueActionAndOpensTheResident(FxRobot robot) {
        f.as("sara");
        TodayViewModel model = new TodayViewModel(f.residents, f.services.tasks(), f.services.messages());
        robot.interact(() -> FxTestSupport.show(stage, (javafx.scene.Parent) new TodayView(model,
                f.services.messages(), navigator, () -> { }).build()));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink link = robot.lookup("#today-overdue-actions .hyperlink").queryAs(Hyperlink.class);
        assertThat(link.getText()).endsWith("Zoë Kabongo");
        robot.clickOn(link);
        assertThat(navigated).containsExactly(new Destination.Resident(zoe));
        assertThat(robot.lookup("#today-quiet .hyperlink").queryAllAs(Hyperlink.class)).hasSize(1);
    }
}

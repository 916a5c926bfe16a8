package be.toppsy.desk.intervision;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.intervision.board.CaseColumn;
import be.toppsy.desk.intervision.board.IntervisionCase;
import be.toppsy.desk.intervision.runner.ManualTicker;
import be.toppsy.desk.intervision.runner.RunnerView;
import be.toppsy.desk.intervision.runner.RunnerViewModel;
import be.toppsy.desk.intervision.runner.RunnerWindow;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.intervision.sessions.SessionMaterial;
import be.toppsy.desk.testing.FxTestSupport;
import be.toppsy.desk.testing.RecordingDialogs;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.Navigator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The board, a new case and running a session, on screen (Monocle). Drag and drop goes through the card's menu. */
@ExtendWith(ApplicationExtension.class)
class IntervisionUiTest {

    @TempDir
    static Path folder;
    private IntervisionFixture f;
    private StackPane root;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        f = new IntervisionFixture(folder.resolve("db" + System.nanoTime()));
        root = new StackPane();
        FxTestSupport.show(stage, root);
    }

    @AfterEach
    void close() {
        f.services.database().close();
    }

    private IntervisionView area(FxRobot robot) {
        Navigator navigator = new Navigator() {
            @Override
            public void open(String areaId) {
                opened.add(areaId);
            }

            @Override
            public void open(Destination destination) {
                opened.add(destination.areaId() + "/" + destination);
            }
        };
        IntervisionView[] view = new IntervisionView[1];
        robot.interact(() -> {
            view[0] = new IntervisionView(f.iv, TaskRunner.direct(), f.services.messages(), new RecordingDialogs(),
                    f.clock, () -> navigator, ManualTicker::new);
            root.getChildren().setAll(view[0].build());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    private static boolean columnHolds(FxRobot robot, CaseColumn column, long caseId) {
        VBox cards = robot.lookup("#iv-column-" + column.name()).queryAs(VBox.class);
        return cards.getChildren().stream().map(Node::getId).anyMatch(("iv-card-" + caseId)::equals);
    }

    @Test
    void theBoardShowsCasesInColumnsFiltersThemAndMovesThem(FxRobot robot) {
        f.as("sara");
        IntervisionCase mine = f.kase("Jonge man trekt zich terug", SupportLevel.HEIGHTENED, "slaap");
        f.as("tom");
        IntervisionCase other = f.kase("Conflict op de gang", SupportLevel.BASIC, "conflict");
        f.as("sara");
        area(robot);

        assertThat(columnHolds(robot, CaseColumn.BROUGHT_IN, mine.id())).isTrue();
        assertThat(columnHolds(robot, CaseColumn.BROUGHT_IN, other.id())).isTrue();
        // Sara may move her own card, not Tom's.
        assertThat(robot.lookup("#iv-card-menu-" + mine.id()).tryQuery()).isPresent();
        assertThat(robot.lookup("#iv-card-menu-" + other.id()).tryQuery()).isEmpty();

        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> tags = robot.lookup("#iv-filter-tag")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> tags.setValue("conflict"));
        assertThat(columnHolds(robot, CaseColumn.BROUGHT_IN, mine.id())).isFalse();
        assertThat(columnHolds(robot, CaseColumn.BROUGHT_IN, other.id())).isTrue();
        robot.clickOn("#iv-filter-clear");
        assertThat(columnHolds(robot, CaseColumn.BROUGHT_IN, mine.id())).isTrue();

        // What a drop on a column does, through the card's menu (drag and drop is unreliable headless).
        MenuButton menu = robot.lookup("#iv-card-menu-" + mine.id()).queryAs(MenuButton.class);
        MenuItem toChosen = menu.getItems().stream().filter(i -> ("iv-move-" + mine.id() + "-CHOSEN").equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(toChosen::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columnHolds(robot, CaseColumn.CHOSEN, mine.id())).isTrue();
        assertThat(columnHolds(robot, CaseColumn.BROUGHT_IN, mine.id())).isFalse();
        assertThat(robot.lookup("#iv-board-message").queryAs(Label.class).getText()).contains("Op de agenda");
        assertThat(f.cases.kase(mine.id()).column()).isEqualTo(CaseColumn.CHOSEN);
    }

    @Test
    void aNewCaseWarnsOnceAboutAPossibleNameAndThenLandsOnTheBoard(FxRobot robot) {
        f.followUp.available = false;
        f.as("sara");
        area(robot);
        robot.clickOn("#iv-new-case");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#iv-case-title").write("Gesprek met Ahmed");
        robot.interact(() -> robot.lookup("#iv-case-question").queryAs(TextArea.class)
                .setText("Hoe reageer ik als hij niet komt?"));
        robot.interact(() -> robot.lookup("#iv-case-tags").queryAs(TextField.class).setText("slaap, #Stress"));
        robot.clickOn("#iv-case-save");
        WaitForAsyncUtils.waitForFxEvents();
        Label warning = robot.lookup("#iv-case-title-warning").queryAs(Label.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("Ahmed");
        assertThat(f.cases.board()).isEmpty();
        // Changed to a description without a name: saved at once.
        robot.interact(() -> robot.lookup("#iv-case-title").queryAs(TextField.class)
                .setText("Jonge man komt niet naar afspraken"));
        robot.clickOn("#iv-case-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.cases.board()).singleElement().satisfies(card -> {
            assertThat(card.kase().title()).isEqualTo("Jonge man komt niet naar afspraken");
            assertThat(card.kase().tags()).containsExactly("slaap", "stress");
        });
        assertThat(robot.lookup("#iv-case-message").queryAs(Label.class).getText()).contains("op het bord");
        // Without the tracker the form says so instead of offering a search.
        assertThat(robot.lookup("#iv-case-resident").queryAs(Label.class).getText()).contains("nog niet beschikbaar");
        assertThat(robot.lookup("#iv-case-resident-query").query().getParent().isVisible()).isFalse();
    }

    @Test
    void theRunnerWindowHidesWhileTheScreenIsLockedAndComesBackForTheSameUser(FxRobot robot) {
        f.as("leen");
        IntervisionCase c = f.kase("Casus", SupportLevel.BASIC);
        IntervisionSession s = f.session(f.today(), List.of(c.id()), "");
        ManualTicker ticker = new ManualTicker();
        RunnerViewModel model = new RunnerViewModel(f.runs, TaskRunner.direct(), f.services.messages(), f.clock,
                ticker);
        javafx.scene.Scene main = root.getScene();
        javafx.scene.Parent mainRoot = main.getRoot();
        Stage[] runner = new Stage[1];
        int[] closed = {0};
        robot.interact(() -> {
            runner[0] = RunnerWindow.open(main.getWindow(), new RunnerView(model, f.services.messages(), x -> { },
                    () -> runner[0].close()).build(), "Runner", model, () -> closed[0]++);
            model.load(s.id());
            model.start();
        });
        assertThat(runner[0].isShowing()).isTrue();
        assertThat(ticker.running()).isTrue();

        robot.interact(() -> main.setRoot(new StackPane(new Label("vergrendeld"))));
        assertThat(runner[0].isShowing()).isFalse();
        assertThat(ticker.running()).isFalse();
        assertThat(closed[0]).isZero();

        robot.interact(() -> main.setRoot(mainRoot));
        assertThat(runner[0].isShowing()).isTrue();
        assertThat(ticker.running()).isTrue();

        robot.interact(() -> runner[0].close());
        assertThat(closed[0]).isEqualTo(1);
    }

    @Test
    void aFacilitatorRunsASessionFromStartToFinish(FxRobot robot) {
        f.as("sara");
        IntervisionCase c = f.kase("Jonge man trekt zich terug", SupportLevel.HEIGHTENED, "slaap");
        f.as("leen");
        IntervisionSession s = f.session(f.today(), List.of(c.id()), "");
        ManualTicker ticker = new ManualTicker();
        RunnerViewModel model = new RunnerViewModel(f.runs, TaskRunner.direct(), f.services.messages(), f.clock,
                ticker);
        robot.interact(() -> {
            root.getChildren().setAll(new RunnerView(model, f.services.messages(), x -> { }, () -> { }).build());
            model.load(s.id());
        });
        robot.clickOn("#iv-runner-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#iv-runner-phase").queryAs(Label.class).getText())
                .isEqualTo("Terugblik op de actiepunten");
        assertThat(robot.lookup("#iv-runner-remaining").queryAs(Label.class).getText()).isEqualTo("10:00");
        robot.interact(() -> {
            f.clock.advance(Duration.ofSeconds(90));
            ticker.tick();
        });
        assertThat(robot.lookup("#iv-runner-remaining").queryAs(Label.class).getText()).isEqualTo("08:30");

        robot.clickOn("#iv-runner-next");
        assertThat(robot.lookup("#iv-runner-phase").queryAs(Label.class).getText()).isEqualTo("Casus en vraag");
        assertThat(robot.lookup("#iv-runner-speaker").queryAs(Label.class).getText()).contains("sara Test");
        robot.interact(() -> robot.lookup("#iv-runner-note").queryAs(TextArea.class)
                .setText("De vraag gaat over de eigen rol."));
        robot.clickOn("#iv-runner-next");
        robot.clickOn("#iv-runner-next");
        robot.clickOn("#iv-runner-next");
        robot.clickOn("#iv-runner-next");
        assertThat(robot.lookup("#iv-runner-listens").query().isVisible()).isTrue();
        String firstTurn = robot.lookup("#iv-runner-speaker").queryAs(Label.class).getText();
        robot.clickOn("#iv-runner-next-turn");
        assertThat(robot.lookup("#iv-runner-speaker").queryAs(Label.class).getText()).isNotEqualTo(firstTurn);
        robot.clickOn("#iv-runner-next");
        assertThat(robot.lookup("#iv-runner-phase").queryAs(Label.class).getText())
                .isEqualTo("Conclusie en actiepunten");

        robot.interact(() -> {
            robot.lookup("#iv-runner-conclusion").queryAs(TextArea.class).setText("Ik blijf contact zoeken.");
            model.actions().ownerProperty().set(model.actions().staff().stream().filter(p -> p.id() == f.id("sara")).findFirst()
                    .orElseThrow());
        });
        robot.clickOn("#iv-runner-action-title").write("Wekelijks gesprek");
        robot.clickOn("#iv-runner-action-due").write("24/03/2026");
        robot.clickOn("#iv-runner-action-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#iv-runner-actions").queryAs(VBox.class).getChildren()).hasSize(1);
        assertThat(robot.lookup("#iv-runner-message").queryAs(Label.class).getText()).contains("toegevoegd");

        robot.clickOn("#iv-runner-next");
        assertThat(robot.lookup("#iv-runner-finish").query().isVisible()).isTrue();
        robot.clickOn("#iv-runner-finish");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#iv-runner-message").queryAs(Label.class).getText()).contains("afgesloten");

        assertThat(f.sessions.session(s.id()).state()).isEqualTo(SessionState.DONE);
        assertThat(f.cases.kase(c.id()).column()).isEqualTo(CaseColumn.ACTIONS_RUNNING);
        SessionMaterial done = f.sessions.material(s.id());
        assertThat(done.session().agenda().get(0).conclusion()).isEqualTo("Ik blijf contact zoeken.");
        assertThat(done.notes()).anySatisfy(n -> assertThat(n.note()).isEqualTo("De vraag gaat over de eigen rol."));
        assertThat(done.notes()).anySatisfy(n -> {
            assertThat(n.stepKey()).isEqualTo("p1");
            assertThat(n.secondsUsed()).isEqualTo(90);
        });
    }

    /** A task runner that keeps the work until the test runs it (off the FX thread) and delivers the result. */
    private static final class HeldTasks implements TaskRunner {
        private final List<Callable<Runnable>> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                T result = work.call();
                return () -> onSuccess.accept(result);
            });
        }

        @Override
        public void reportFailure(Throwable failure) {
            throw new AssertionError(failure);
        }

        void finish(FxRobot robot) throws Exception {
            for (Callable<Runnable> work : held) {
                Runnable deliver = work.call();
                robot.interact(deliver);
            }
            held.clear();
        }
    }

    private List<Node> homeCards(FxRobot robot, HeldTasks tasks) {
        IntervisionFeature feature = new IntervisionFeature(f.iv, tasks, f.services.messages(), new RecordingDialogs(),
                f.clock);
        List<Node> cards = new ArrayList<>();
        robot.interact(() -> cards.addAll(feature.homeCards()));
        return cards;
    }

    @Test
    void theStartCardLoadsOnceInTheBackgroundAndFillsInWhenTheResultArrives(FxRobot robot) throws Exception {
        f.as("leen");
        IntervisionCase c = f.kase("Casus voor volgende week", SupportLevel.BASIC);
        f.session(f.today().plusDays(7), List.of(c.id()), "");
        HeldTasks tasks = new HeldTasks();

        List<Node> cards = homeCards(robot, tasks);
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).isVisible()).isFalse();
        assertThat(tasks.held).hasSize(1);

        tasks.finish(robot);
        assertThat(cards.get(0).isVisible()).isTrue();
        assertThat(((VBox) cards.get(0)).getChildren()).filteredOn(Label.class::isInstance)
                .extracting(n -> ((Label) n).getText())
                .anyMatch(text -> text.contains("Team A"));
    }

    @Test
    void theStartCardStaysHiddenWhenThereIsNothingForTheUser(FxRobot robot) throws Exception {
        f.as("tom");
        HeldTasks tasks = new HeldTasks();

        List<Node> cards = homeCards(robot, tasks);
        tasks.finish(robot);

        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).isVisible()).isFalse();
    }
}

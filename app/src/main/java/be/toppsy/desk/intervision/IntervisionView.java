package be.toppsy.desk.intervision;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.board.BoardView;
import be.toppsy.desk.intervision.board.BoardViewModel;
import be.toppsy.desk.intervision.board.CaseView;
import be.toppsy.desk.intervision.board.CaseViewModel;
import be.toppsy.desk.intervision.board.ThemesView;
import be.toppsy.desk.intervision.board.ThemesViewModel;
import be.toppsy.desk.intervision.methods.MethodsView;
import be.toppsy.desk.intervision.methods.MethodsViewModel;
import be.toppsy.desk.intervision.runner.RunnerView;
import be.toppsy.desk.intervision.runner.RunnerViewModel;
import be.toppsy.desk.intervision.runner.RunnerWindow;
import be.toppsy.desk.intervision.runner.Ticker;
import be.toppsy.desk.intervision.sessions.SessionEditorView;
import be.toppsy.desk.intervision.sessions.SessionEditorViewModel;
import be.toppsy.desk.intervision.sessions.SessionsView;
import be.toppsy.desk.intervision.sessions.SessionsViewModel;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Navigable;
import be.toppsy.desk.ui.Navigator;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The intervision area: tabs for the board, the sessions, the methods and (team leads) the
 * themes, and the page shown under them. Targets: "board", "case:12", "case:new", "sessions",
 * "session:3", "session-new", "run:3", "methods", "method:4", "themes".
 */
final class IntervisionView extends BorderPane implements Navigable, Pages {

    private final IntervisionServices services;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Clock clock;
    private final Supplier<Navigator> navigator;
    private final Supplier<Ticker> tickers;
    private final StackPane content = new StackPane();
    private final ToggleGroup tabs = new ToggleGroup();
    private ToggleButton boardTab;
    private ToggleButton sessionsTab;
    private ToggleButton methodsTab;
    private ToggleButton themesTab;
    private Stage runner;

    private java.util.function.LongConsumer report;

    IntervisionView withReport(java.util.function.LongConsumer report) {
        this.report = report;
        return this;
    }

    @Override
    public void report(long sessionId) {
        if (report != null) {
            report.accept(sessionId);
        }
    }

    @Override
    public boolean reportAvailable() {
        return report != null;
    }

    IntervisionView(IntervisionServices services, TaskRunner tasks, Messages messages, DialogService dialogs, Clock clock,
            Supplier<Navigator> navigator, Supplier<Ticker> tickers) {
        this.services = services;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.clock = clock;
        this.navigator = navigator;
        this.tickers = tickers;
    }

    Parent build() {
        boardTab = tab("iv-tab-board", "iv.tab.board", "mdi2v-view-column-outline", this::board);
        sessionsTab = tab("iv-tab-sessions", "iv.tab.sessions", "mdi2c-calendar-multiple", this::sessions);
        methodsTab = tab("iv-tab-methods", "iv.tab.methods", "mdi2f-format-list-numbered", this::methods);
        themesTab = tab("iv-tab-themes", "iv.tab.themes", "mdi2c-chart-bar", this::themes);
        HBox bar = new HBox(4, boardTab, sessionsTab, methodsTab);
        if (services.access().mayManage()) {
            bar.getChildren().add(themesTab);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("iv-tabs");
        setTop(bar);
        setCenter(content);
        getStyleClass().add("iv-area");
        board();
        return this;
    }

    private ToggleButton tab(String id, String key, String icon, Runnable action) {
        ToggleButton tab = new ToggleButton(messages.get(key), Icons.of(icon, 16));
        tab.setId(id);
        tab.setToggleGroup(tabs);
        tab.getStyleClass().add("iv-tab");
        tab.setOnAction(e -> {
            if (!tab.isSelected()) {
                tab.setSelected(true);
            }
            action.run();
        });
        return tab;
    }

    private void show(ToggleButton tab, Node page) {
        tab.setSelected(true);
        content.getChildren().setAll(page);
    }

    @Override
    public void navigateTo(Destination destination) {
        if (destination instanceof Destination.IntervisionCase c) {
            openCase(c.id());
        } else if (destination instanceof Destination.IntervisionSession s) {
            openSession(s.id());
        }
    }

    @Override
    public void board() {
        show(boardTab, new BoardView(new BoardViewModel(services.cases(), services.access(), tasks, messages), messages, this).build());
    }

    @Override
    public void openCase(long caseId) {
        CaseViewModel model = new CaseViewModel(services.cases(), services.access(), tasks, messages);
        show(boardTab, new CaseView(model, messages, this).build());
        model.load(caseId);
    }

    @Override
    public void newCase() {
        CaseViewModel model = new CaseViewModel(services.cases(), services.access(), tasks, messages);
        show(boardTab, new CaseView(model, messages, this).build());
        model.startNew();
    }

    @Override
    public void sessions() {
        show(sessionsTab, new SessionsView(new SessionsViewModel(services.sessions(), services.access(), tasks, messages), messages, this, dialogs)
                .buildList());
    }

    @Override
    public void openSession(long sessionId) {
        show(sessionsTab, new SessionsView(new SessionsViewModel(services.sessions(), services.access(), tasks, messages), messages, this, dialogs)
                .buildSession(sessionId));
    }

    @Override
    public void editSession(Long sessionId) {
        SessionEditorViewModel model = new SessionEditorViewModel(services.sessions(), services.methods(),
                services.cases(), services.access(), tasks, messages);
        show(sessionsTab, new SessionEditorView(model, messages, this).build(sessionId));
    }

    @Override
    public void run(long sessionId) {
        if (runner != null && runner.isShowing()) {
            runner.toFront();
            return;
        }
        RunnerViewModel model = new RunnerViewModel(services.runs(), tasks, messages, clock, tickers.get());
        Stage[] stage = new Stage[1];
        Parent view = new RunnerView(model, messages, kindAndId -> openContent(kindAndId[0], kindAndId[1]), () -> {
            if (stage[0] != null) {
                stage[0].close();
            }
        }).build();
        stage[0] = RunnerWindow.open(getScene() == null ? null : getScene().getWindow(), view,
                messages.get("iv.runner.windowTitle"), model, () -> {
                    runner = null;
                    openSession(sessionId);
                });
        runner = stage[0];
        model.load(sessionId);
    }

    @Override
    public void methods() {
        showMethods(null);
    }

    private void showMethods(Long methodId) {
        show(methodsTab, new MethodsView(new MethodsViewModel(services.methods(), services.access(), tasks, messages), messages).build(methodId));
    }

    @Override
    public void themes() {
        if (!services.access().mayManage()) {
            board();
            return;
        }
        show(themesTab, new ThemesView(new ThemesViewModel(services.cases(), tasks, messages), messages).build());
    }

    @Override
    public void openContent(String kind, String contentId) {
        Navigator nav = navigator.get();
        if (nav == null) {
            dialogs.showInfo(messages.get("iv.content.title"), messages.get("iv.content.cannotOpen"));
            return;
        }
        if (runner != null && runner.isShowing()) {
            runner.setFullScreen(false);
            runner.toBack();
        }
        if (ContentLink.ContentRef.LESSON.equals(kind)) {
            nav.open(new Destination.Lesson(contentId));
        } else {
            nav.open(new Destination.GuideChapter(contentId));
        }
    }
}

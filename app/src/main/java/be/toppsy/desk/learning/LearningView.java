package be.toppsy.desk.learning;

import be.toppsy.desk.learning.quiz.QuizPage;
import be.toppsy.desk.learning.quiz.QuizViewModel;
import be.toppsy.desk.learning.quiz.ScenarioPage;
import be.toppsy.desk.learning.quiz.ScenarioViewModel;
import be.toppsy.desk.learning.trainer.TrainerDeck;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.render.ContentRenderer;
import be.toppsy.desk.content.ContentUi;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.render.NavigableRoot;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.content.pack.ScenarioGraph;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.learning.LearningViewModel.Kind;
import be.toppsy.desk.learning.LearningViewModel.Route;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Icons;
import java.time.Clock;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The learning area: the modules with the user's progress, a module's lessons, quiz and
 * scenarios, and the lesson, quiz and scenario pages themselves. One view, one page at a time.
 */
public final class LearningView {

    /** Starts trainer mode for a deck (only offered to users with the trainer permission). */
    public interface Presenter {
        void present(TrainerDeck deck, Node owner);
    }

    private final LearningViewModel model;
    private final ProgressService progress;
    private final ContentUi ui;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Clock clock;
    private final boolean trainer;
    private final Presenter presenter;
    private final ContentRenderer renderer;
    private final ScrollPane scroll = new ScrollPane();
    private final HBox breadcrumb = new HBox(6);
    private LessonViewModel openLesson;
    private LearningPrints prints;

    public LearningView(LearningViewModel model, ProgressService progress, ContentUi ui, TaskRunner tasks, Clock clock,
            boolean trainer, Presenter presenter) {
        this.model = model;
        this.progress = progress;
        this.ui = ui;
        this.messages = ui.messages();
        this.tasks = tasks;
        this.clock = clock;
        this.trainer = trainer;
        this.presenter = presenter;
        this.renderer = ui.renderer();
    }

    /** Adds the PDF buttons (certificate, own overview, lesson handout). */
    LearningView withPrints(LearningPrints prints) {
        this.prints = prints;
        return this;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.setId("learning-view");
        root.getStyleClass().add("learning");
        breadcrumb.getStyleClass().add("breadcrumb");
        breadcrumb.setAlignment(Pos.CENTER_LEFT);
        root.setTop(breadcrumb);
        scroll.setFitToWidth(true);
        scroll.setId("learning-scroll");
        scroll.getStyleClass().addAll("edge-to-edge", "reader-scroll");
        root.setCenter(scroll);
        model.routeProperty().addListener((obs, o, r) -> show());
        model.stateProperty().addListener((obs, o, s) -> show());
        model.overviewProperty().addListener((obs, o, ov) -> {
            LearningViewModel.Kind kind = model.routeProperty().get().kind();
            if (kind == LearningViewModel.Kind.OVERVIEW || kind == LearningViewModel.Kind.MODULE) {
                show();
            }
        });
        show();
        model.load();
        return new NavigableRoot(root, model::navigateTo, model::refreshIfChanged, () -> {
            leaveLesson();
            renderer.hidePopup();
        });
    }

    private ContentRenderer.Options options() {
        return new ContentRenderer.Options(model.pack(), trainer);
    }

    private void show() {
        renderer.hidePopup();
        leaveLesson();
        switch (model.stateProperty().get()) {
            case LOADING -> setPage(centered(new ProgressIndicator()));
            case EMPTY -> setPage(centered(hint(messages.get("learning.empty"))));
            case READY -> {
                LearningViewModel.Route route = model.routeProperty().get();
                ContentPack pack = model.pack();
                switch (route.kind()) {
                    case OVERVIEW -> setPage(overviewPage(pack));
                    case MODULE -> setPage(modulePage(pack.module(route.id()).orElseThrow()));
                    case LESSON -> setPage(lessonPage(pack, pack.lesson(route.id()).orElseThrow()));
                    case QUIZ -> setPage(new QuizPage(new QuizViewModel(progress, tasks, clock,
                            pack.module(route.id()).orElseThrow(), messages.get("learning.quiz.chooseFirst"),
                            model::reloadProgress), renderer, options(), messages, this::backToModule,
                            trainer ? () -> present(TrainerDeck.forQuiz(pack.module(route.id()).orElseThrow())) : null)
                            .build());
                    case SCENARIO -> setPage(new ScenarioPage(new ScenarioViewModel(progress, tasks, clock,
                            pack.scenario(route.id()).orElseThrow(), model::reloadProgress), renderer, options(),
                            messages, this::backToModule,
                            trainer ? () -> present(TrainerDeck.forScenario(pack.scenario(route.id()).orElseThrow()))
                                    : null).build());
                }
            }
        }
        fillBreadcrumb();
    }

    private void setPage(Node page) {
        scroll.setContent(page);
        scroll.setVvalue(0);
    }

    private void leaveLesson() {
        if (openLesson != null) {
            openLesson.leave();
            openLesson = null;
        }
    }

    private void backToModule() {
        model.currentModule().ifPresentOrElse(m -> go(new Route(Kind.MODULE, m.id())), () -> go(Route.OVERVIEW));
    }

    private void go(Route target) {
        model.open(target);
    }

    private void present(TrainerDeck deck) {
        presenter.present(deck, scroll);
    }

    private void fillBreadcrumb() {
        breadcrumb.getChildren().clear();
        LearningViewModel.Route route = model.routeProperty().get();
        Hyperlink modules = crumb(messages.get("learning.modules"), Route.OVERVIEW);
        modules.setId("crumb-modules");
        breadcrumb.getChildren().add(modules);
        if (route.kind() == LearningViewModel.Kind.OVERVIEW || model.pack() == null) {
            return;
        }
        model.currentModule().ifPresent(m -> {
            breadcrumb.getChildren().add(separator());
            Hyperlink module = crumb(messages.get("learning.module.short", m.number(), m.title()),
                    new Route(Kind.MODULE, m.id()));
            module.setId("crumb-module");
            breadcrumb.getChildren().add(module);
        });
        String current = switch (route.kind()) {
            case LESSON -> model.lesson(route.id()).map(Lesson::title).orElse("");
            case QUIZ -> messages.get("learning.quiz");
            case SCENARIO -> model.pack().scenario(route.id()).map(Scenario::title).orElse("");
            default -> "";
        };
        if (!current.isEmpty()) {
            breadcrumb.getChildren().add(separator());
            Label label = new Label(current);
            label.getStyleClass().add("breadcrumb-current");
            breadcrumb.getChildren().add(label);
        }
    }

    private Hyperlink crumb(String text, Route target) {
        Hyperlink link = new Hyperlink(text);
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.setOnAction(e -> {
            link.setVisited(false);
            go(target);
        });
        return link;
    }

    private static Label separator() {
        Label label = new Label("›");
        label.getStyleClass().add("hint");
        return label;
    }

    // ---- overview -------------------------------------------------------------------------------

    private Node overviewPage(ContentPack pack) {
        ProgressService.Overview overview = model.overviewProperty().get();
        long modulesDone = overview.modules().stream().filter(ModuleStatus::completed).count();
        int lessonsDone = overview.modules().stream().mapToInt(ModuleStatus::lessonsCompleted).sum();
        Label summary = new Label(messages.get("learning.overview.summary", modulesDone, pack.modules().size(),
                lessonsDone, pack.lessons().size(), duration(overview.totalSeconds())));
        summary.setId("learning-summary");
        summary.getStyleClass().add("learning-summary");
        summary.setWrapText(true);
        FlowPane cards = new FlowPane(16, 16);
        cards.getStyleClass().add("card-flow");
        for (CourseModule module : pack.modules()) {
            cards.getChildren().add(moduleCard(module, overview.module(module.id()).orElseThrow()));
        }
        VBox page = new VBox(14, title(messages.get("learning.modules")), hint(messages.get("learning.overview.intro")),
                summary, cards);
        if (prints != null) {
            Button overviewPdf = prints.button("learning-overview-pdf", "learning.pdf.overview", () -> { });
            overviewPdf.setOnAction(e -> prints.myOverview(overviewPdf));
            page.getChildren().add(2, overviewPdf);
        }
        if (!pack.manifest().official()) {
            page.getChildren().add(hint(messages.get("learning.notOfficial", pack.manifest().title())));
        }
        page.getStyleClass().add("page");
        return page;
    }

    private Node moduleCard(CourseModule module, ModuleStatus status) {
        Label kicker = new Label(messages.get("learning.module.number", module.number()));
        kicker.getStyleClass().add("reader-kicker");
        Label title = new Label(module.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label question = new Label(module.question());
        question.getStyleClass().add("module-question");
        question.setWrapText(true);
        ProgressBar bar = new ProgressBar(status.fraction());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("module-progress");
        Label state = new Label(statusText(module, status));
        state.getStyleClass().add(status.completed() ? "success-text" : "hint");
        state.setWrapText(true);
        Button open = new Button(messages.get(status.started() ? "learning.module.continue" : "learning.module.start"));
        open.setId("open-module-" + module.id());
        open.getStyleClass().add(status.completed() ? "flat" : "accent");
        open.setOnAction(e -> go(new Route(Kind.MODULE, module.id())));
        VBox card = new VBox(8, kicker, title, renderer.levelBadges(List.of(module.level()), options()), question, bar,
                state, open);
        if (prints != null && status.completed()) {
            Button certificate = prints.button("certificate-" + module.id(), "learning.pdf.certificate", () -> { });
            certificate.setOnAction(e -> prints.myCertificate(certificate, module.id()));
            card.getChildren().add(certificate);
        }
        card.getStyleClass().addAll("card", "module-card");
        card.setId("module-card-" + module.id());
        return card;
    }

    private String statusText(CourseModule module, ModuleStatus status) {
        String lessons = messages.get("learning.module.lessonsDone", status.lessonsCompleted(), status.lessonsTotal());
        String quiz = !status.hasQuiz() ? "" : status.bestScore() < 0 ? messages.get("learning.module.quizNotDone")
                : messages.get("learning.module.quizBest", status.bestScore(), module.passMark());
        String text = quiz.isEmpty() ? lessons : messages.get("learning.module.lessonsAndQuiz", lessons, quiz);
        if (status.completed()) {
            return messages.get("learning.module.completedOn", Formats.date(status.completedAt()), text);
        }
        return text;
    }

    // ---- module -------------------------------------------------------------------------------

    private Node modulePage(CourseModule module) {
        ProgressService.Overview overview = model.overviewProperty().get();
        ModuleStatus status = overview.module(module.id()).orElseThrow();
        Label kicker = new Label(messages.get("learning.module.number", module.number()));
        kicker.getStyleClass().add("reader-kicker");
        Label title = new Label(module.title());
        title.getStyleClass().add("reader-title");
        title.setId("module-title");
        title.setWrapText(true);
        Label question = new Label(module.question());
        question.getStyleClass().add("reader-summary");
        question.setWrapText(true);
        Label description = new Label(module.description());
        description.setWrapText(true);
        ProgressBar bar = new ProgressBar(status.fraction());
        bar.setPrefWidth(320);
        Label state = new Label(statusText(module, status));
        state.setId("module-status");
        state.getStyleClass().add(status.completed() ? "success-text" : "hint");
        state.setWrapText(true);
        HBox progressRow = new HBox(12, bar, state);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        if (prints != null && status.completed()) {
            Button certificate = prints.button("module-certificate", "learning.pdf.certificate", () -> { });
            certificate.setOnAction(e -> prints.myCertificate(certificate, module.id()));
            progressRow.getChildren().add(certificate);
        }
        if (prints != null && trainer && module.optionalTrainerGuide().isPresent()) {
            Button guide = prints.button("module-trainer-guide", "learning.pdf.trainerGuide", () -> { });
            guide.setOnAction(e -> prints.trainerGuide(guide, module));
            guide.setMinWidth(Region.USE_PREF_SIZE);
            progressRow.getChildren().add(guide);
        }

        VBox lessons = new VBox(6);
        lessons.getStyleClass().add("lesson-list");
        for (Lesson lesson : module.lessons()) {
            lessons.getChildren().add(lessonRow(lesson, overview.progress().state(lesson.id())));
        }
        VBox page = new VBox(12, kicker, title, renderer.levelBadges(List.of(module.level()), options()), question,
                description, progressRow, sectionTitle(messages.get("learning.lessons")), lessons);
        module.optionalQuiz().ifPresent(quiz -> {
            page.getChildren().add(sectionTitle(messages.get("learning.quiz")));
            String best = status.bestScore() < 0 ? messages.get("learning.module.quizNotDone")
                    : messages.get(status.attempts() == 1 ? "learning.quiz.bestOfOne" : "learning.quiz.bestOf",
                            status.bestScore(), status.attempts());
            Label info = new Label(messages.get("learning.quiz.info", quiz.questions().size(), module.passMark(), best));
            info.setWrapText(true);
            Button start = new Button(messages.get("learning.quiz.start"), Icons.of("mdi2h-help-circle-outline", 16));
            start.setId("start-quiz-" + module.id());
            start.getStyleClass().add("accent");
            start.setOnAction(e -> go(new Route(Kind.QUIZ, module.id())));
            HBox row = row(Icons.of(status.quizPassed() ? "mdi2c-check-circle" : "mdi2c-circle-outline", 20), info,
                    start, trainer ? presentButton("present-quiz-" + module.id(),
                            () -> present(TrainerDeck.forQuiz(module))) : null);
            page.getChildren().add(row);
        });
        if (!module.scenarios().isEmpty()) {
            page.getChildren().add(sectionTitle(messages.get("learning.scenarios")));
            for (Scenario scenario : module.scenarios()) {
                boolean done = overview.progress().runs().stream().anyMatch(r -> r.scenarioId().equals(scenario.id()));
                Label name = new Label(scenario.title());
                name.getStyleClass().add("lesson-row-title");
                name.setWrapText(true);
                Label meta = hint(messages.get("learning.scenario.meta", ScenarioGraph.depth(scenario)));
                Button start = new Button(messages.get("learning.scenario.start"), Icons.of("mdi2s-sign-direction", 16));
                start.setId("start-scenario-" + scenario.id());
                start.setOnAction(e -> go(new Route(Kind.SCENARIO, scenario.id())));
                page.getChildren().add(row(Icons.of(done ? "mdi2c-check-circle" : "mdi2c-circle-outline", 20),
                        new VBox(2, name, meta), start, trainer ? presentButton("present-scenario-" + scenario.id(),
                                () -> present(TrainerDeck.forScenario(scenario))) : null));
            }
        }
        page.getStyleClass().addAll("page", "reader-page");
        return page;
    }

    private Node lessonRow(Lesson lesson, LessonState state) {
        String icon = switch (state) {
            case COMPLETED -> "mdi2c-check-circle";
            case STARTED -> "mdi2p-progress-clock";
            case NOT_STARTED -> "mdi2c-circle-outline";
        };
        Hyperlink title = new Hyperlink(lesson.title());
        title.setId("lesson-link-" + lesson.id());
        title.getStyleClass().add("lesson-row-title");
        title.setWrapText(true);
        title.setOnAction(e -> go(new Route(Kind.LESSON, lesson.id())));
        Label meta = hint(messages.get("learning.lesson.meta", lesson.minutes(), messages.get(state.messageKey())));
        VBox text = new VBox(2, title, meta);
        return row(Icons.of(icon, 20), text, null, trainer ? presentButton("present-lesson-" + lesson.id(),
                () -> present(TrainerDeck.forLesson(lesson, model.pack()))) : null);
    }

    private HBox row(Node icon, Node text, Node action, Node trainerAction) {
        icon.getStyleClass().add("row-icon");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(12, icon, text);
        if (text instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        if (action != null) {
            row.getChildren().add(action);
        }
        if (trainerAction != null) {
            row.getChildren().add(trainerAction);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("lesson-row");
        return row;
    }

    private Button presentButton(String id, Runnable action) {
        return presentButton(messages, id, action);
    }

    /** The trainer's "present" button on a row or page. */
    static Button presentButton(Messages messages, String id, Runnable action) {
        Button present = new Button(messages.get("learning.trainer.present"), Icons.of("mdi2p-projector-screen", 16));
        present.setId(id);
        present.getStyleClass().add("flat");
        present.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        present.setOnAction(e -> action.run());
        return present;
    }

    // ---- lesson -------------------------------------------------------------------------------

    private Node lessonPage(ContentPack pack, Lesson lesson) {
        LessonViewModel lessonModel = new LessonViewModel(progress, tasks, clock, pack, lesson, model::reloadProgress);
        openLesson = lessonModel;
        return new LessonPage(lessonModel, ui, options(), prints,
                trainer ? () -> present(TrainerDeck.forLesson(lesson, pack)) : null, this::go).build();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String duration(int seconds) {
        int minutes = Math.round(seconds / 60f);
        return minutes < 60 ? messages.get("learning.duration.minutes", minutes)
                : messages.get("learning.duration.hours", minutes / 60, minutes % 60);
    }

    public static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("reader-title");
        label.setWrapText(true);
        return label;
    }

    static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static Node centered(Node node) {
        StackPane pane = new StackPane(node);
        pane.getStyleClass().add("page");
        pane.setAlignment(Pos.TOP_CENTER);
        return pane;
    }
}

package be.toppsy.desk.learning;

import be.toppsy.desk.learning.team.TeamOverviewView;
import be.toppsy.desk.learning.team.TeamOverviewViewModel;
import be.toppsy.desk.learning.trainer.TrainerDeck;
import be.toppsy.desk.learning.trainer.TrainerModeView;
import be.toppsy.desk.learning.trainer.TrainerModeViewModel;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.ContentAreas;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.ContentUi;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.ReportsFeature;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.DemoData;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Feature;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Navigator;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** E-learning: modules, lessons, quizzes, scenarios, trainer mode, the team overview, "continue" on the start page. */
public final class LearningFeature implements Feature {

    private final ProgressService progress;
    private final ContentService content;
    private final ContentUi ui;
    private final Session session;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Navigator navigator;
    private final DialogService dialogs;
    private final Messages messages;
    private final LearningPrints prints;

    public LearningFeature(ProgressService progress, ContentService content, ContentUi ui, Session session,
            TaskRunner tasks, Clock clock, Navigator navigator, DialogService dialogs, Messages messages,
            ReportsFeature reports) {
        this.progress = progress;
        this.content = content;
        this.ui = ui;
        this.session = session;
        this.tasks = tasks;
        this.clock = clock;
        this.navigator = navigator;
        this.dialogs = dialogs;
        this.messages = messages;
        this.prints = new LearningPrints(reports, progress, ui, tasks, dialogs, messages);
    }

    @Override
    public List<Area> areas() {
        return List.of(
                new Area(ContentAreas.LEARNING, Area.SECTION_LEARNING, "learning.nav", "mdi2s-school",
                        Permission.CONTENT_READ, () -> new LearningView(new LearningViewModel(progress, content, tasks),
                                progress, ui, tasks, clock, session.has(Permission.TRAINER_MODE), this::present).withPrints(prints).build()),
                new Area(ContentAreas.LEARNING_TEAM, Area.SECTION_LEARNING, "learning.team.nav",
                        "mdi2a-account-group-outline", Permission.LEARNING_TEAM_OVERVIEW,
                        () -> new TeamOverviewView(new TeamOverviewViewModel(progress, content, tasks, messages),
                                messages, dialogs).withPrints(prints).build()));
    }

    private void present(TrainerDeck deck, Node owner) {
        TrainerModeViewModel model = new TrainerModeViewModel(deck, session);
        new TrainerModeView(model, ui.renderer(), content.pack().orElseThrow(), messages)
                .show(owner.getScene() == null ? null : owner.getScene().getWindow());
    }

    /** "Continue where I stopped": the lesson to read next, filled in the background. */
    @Override
    public List<Node> homeCards() {
        if (!session.has(Permission.CONTENT_READ)) {
            return List.of();
        }
        Label title = new Label(messages.get("learning.continue.title"), Icons.of("mdi2s-school", 18));
        title.getStyleClass().add("card-title");
        Label lesson = new Label(messages.get("learning.continue.loading"));
        lesson.setWrapText(true);
        lesson.setId("continue-lesson");
        Label module = new Label();
        module.getStyleClass().add("hint");
        module.setWrapText(true);
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        Button go = new Button(messages.get("learning.continue.button"));
        go.setId("continue-learning");
        go.getStyleClass().add("accent");
        go.setDisable(true);
        VBox card = new VBox(8, title, lesson, module, bar, go);
        card.getStyleClass().addAll("card", "continue-card");
        card.setId("continue-card");
        tasks.run(() -> content.pack().isPresent() ? progress.continueLearning() : java.util.Optional.<ProgressService.Continue>empty(),
                next -> {
                    if (next.isEmpty()) {
                        lesson.setText(messages.get("learning.continue.allDone"));
                        bar.setProgress(1);
                        go.setText(messages.get("learning.continue.modules"));
                        go.setDisable(false);
                        go.setOnAction(e -> navigator.open(new Destination.LearningOverview()));
                        return;
                    }
                    ProgressService.Continue c = next.get();
                    lesson.setText(messages.get(c.state() == LessonState.NOT_STARTED ? "learning.continue.start"
                            : "learning.continue.resume", c.lesson().title()));
                    module.setText(messages.get("learning.continue.module", c.module().number(), c.module().title(),
                            c.status().lessonsCompleted(), c.status().lessonsTotal()));
                    bar.setProgress(c.status().fraction());
                    go.setDisable(false);
                    go.setOnAction(e -> navigator.open(new Destination.Lesson(c.lesson().id())));
                }, error -> lesson.setText(messages.get("learning.continue.none")));
        return List.of(card);
    }

    @Override
    public void loadDemoData(DemoData demo) {
        if (content.pack().isPresent()) {
            progress.loadDemoProgress(demo);
        }
    }
}

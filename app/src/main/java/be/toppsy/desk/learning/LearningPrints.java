package be.toppsy.desk.learning;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.ContentUi;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.CertificateBuilder;
import be.toppsy.desk.reports.DocumentBuilder;
import be.toppsy.desk.reports.HandoutBuilder;
import be.toppsy.desk.reports.ReportsFeature;
import be.toppsy.desk.reports.TrainerGuideBuilder;
import be.toppsy.desk.reports.TrainingOverviewBuilder;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Icons;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Window;

/**
 * The printed documents of e-learning: a certificate, a training overview, a lesson handout, a
 * module's trainer guide. The
 * data is read off the JavaFX thread (the services check who may see it), then the preview opens.
 */
public final class LearningPrints {

    private final ReportsFeature reports;
    private final ProgressService progress;
    private final ContentUi ui;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    LearningPrints(ReportsFeature reports, ProgressService progress, ContentUi ui, TaskRunner tasks,
            DialogService dialogs, Messages messages) {
        this.reports = reports;
        this.progress = progress;
        this.ui = ui;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** A button with the PDF icon. */
    public Button button(String id, String textKey, Runnable action) {
        Button button = new Button(messages.get(textKey), Icons.of("mdi2f-file-pdf-box", 16));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    void myCertificate(Node owner, String moduleId) {
        open(owner, () -> progress.myCertificate(moduleId), new CertificateBuilder());
    }

    public void certificateFor(Node owner, long userId, String moduleId) {
        open(owner, () -> progress.certificateFor(userId, moduleId), new CertificateBuilder());
    }

    void myOverview(Node owner) {
        open(owner, () -> Optional.of(progress.myTrainingOverview()), new TrainingOverviewBuilder());
    }

    /** The team's overview, or one member's when {@code userId} is given. */
    public void teamOverview(Node owner, Long userId) {
        open(owner, () -> Optional.of(progress.teamTrainingOverview(userId)), new TrainingOverviewBuilder());
    }

    void lesson(Node owner, ContentPack pack, Lesson lesson) {
        reports.preview(window(owner), new HandoutBuilder(), ui.handouts().lesson(lesson,
                pack.modules().stream().filter(m -> m.id().equals(lesson.moduleId())).findFirst()));
    }

    /** The module's trainer guide (trainers and team leads: the export checks the trainer-mode permission). */
    void trainerGuide(Node owner, CourseModule module) {
        module.optionalTrainerGuide().ifPresent(guide -> reports.preview(window(owner), new TrainerGuideBuilder(),
                ui.handouts().trainerGuide(module, guide)));
    }

    private <D> void open(Node owner, Callable<Optional<D>> data, DocumentBuilder<D> builder) {
        tasks.run(data, result -> result.ifPresentOrElse(d -> reports.preview(window(owner), builder, d),
                () -> dialogs.showInfo(messages.get("learning.pdf.title"), messages.get("learning.pdf.notCompleted"))),
                error -> dialogs.showException(messages.get("learning.pdf.title"), messages.get("learning.pdf.failed"),
                        error));
    }

    private static Window window(Node owner) {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}

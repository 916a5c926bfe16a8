package be.toppsy.desk.learning;

import be.toppsy.desk.content.render.ContentLink;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.render.ContentRenderer;
import be.toppsy.desk.content.ContentUi;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Icons;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson page: kicker, title, levels and guide chapters, goals, the lesson's text, "completed"
 * and the way to the previous and next lesson (or the module's quiz after the last one).
 */
final class LessonPage {

    private final LessonViewModel lessonModel;
    private final ContentUi ui;
    private final ContentRenderer.Options options;
    private final Messages messages;
    private final LearningPrints prints;
    private final Runnable present;
    private final Consumer<LearningViewModel.Route> go;

    /** {@code prints} and {@code present} may be null (no PDF button, not a trainer). */
    LessonPage(LessonViewModel lessonModel, ContentUi ui, ContentRenderer.Options options, LearningPrints prints,
            Runnable present, Consumer<LearningViewModel.Route> go) {
        this.lessonModel = lessonModel;
        this.ui = ui;
        this.options = options;
        this.messages = ui.messages();
        this.prints = prints;
        this.present = present;
        this.go = go;
    }

    Node build() {
        ContentPack pack = lessonModel.pack();
        Lesson lesson = lessonModel.lesson();
        CourseModule module = lessonModel.module();
        Label kicker = new Label(messages.get("learning.lesson.kicker", module.number(), module.title(),
                lessonModel.positionInModule(), module.lessons().size()));
        kicker.getStyleClass().add("reader-kicker");
        Label title = new Label(lesson.title());
        title.getStyleClass().add("reader-title");
        title.setId("lesson-title");
        title.setWrapText(true);

        HBox meta = new HBox(10, ui.renderer().levelBadges(lesson.levels(), options),
                LearningView.hint(messages.get("learning.lesson.minutes", lesson.minutes())));
        meta.setAlignment(Pos.CENTER_LEFT);
        for (String chapterId : lesson.chapters()) {
            pack.chapter(chapterId).ifPresent(c -> {
                Hyperlink link = new Hyperlink(messages.get("learning.lesson.chapter", c.number()),
                        Icons.of("mdi2b-book-open-page-variant", 14));
                link.setOnAction(e -> ui.links().open(new ContentLink(ContentLink.Kind.GUIDE, c.id())));
                meta.getChildren().add(link);
            });
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        meta.getChildren().add(spacer);
        if (prints != null) {
            Button print = prints.button("lesson-print", "learning.pdf.print", () -> { });
            print.setOnAction(e -> prints.lesson(print, pack, lesson));
            meta.getChildren().add(print);
        }
        if (present != null) {
            meta.getChildren().add(LearningView.presentButton(messages, "lesson-present", present));
        }

        VBox page = new VBox(12, kicker, title, meta);
        if (!lesson.goals().isEmpty()) {
            VBox goals = new VBox(4);
            goals.getStyleClass().add("lesson-goals");
            goals.setId("lesson-goals");
            Label heading = new Label(messages.get("learning.lesson.goals"), Icons.of("mdi2t-target", 16));
            heading.getStyleClass().add("callout-title");
            goals.getChildren().add(heading);
            for (String goal : lesson.goals()) {
                Label g = new Label("• " + goal);
                g.setWrapText(true);
                goals.getChildren().add(g);
            }
            page.getChildren().add(goals);
        }
        page.getChildren().add(ui.renderer().renderBody(lesson.markdown(), lesson.title(), options));

        Button complete = new Button();
        complete.setId("lesson-complete");
        complete.textProperty().bind(javafx.beans.binding.Bindings.when(lessonModel.completedProperty())
                .then(messages.get("learning.lesson.completed")).otherwise(messages.get("learning.lesson.complete")));
        complete.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> Icons.of(
                lessonModel.completedProperty().get() ? "mdi2c-check-circle" : "mdi2c-check", 16),
                lessonModel.completedProperty()));
        complete.disableProperty().bind(lessonModel.completedProperty());
        complete.getStyleClass().add("accent");
        complete.setOnAction(e -> lessonModel.complete());

        HBox pager = new HBox(10);
        pager.getStyleClass().add("reader-pager");
        pager.setAlignment(Pos.CENTER_LEFT);
        lessonModel.previous().ifPresent(p -> pager.getChildren().add(navButton("lesson-previous",
                messages.get("learning.lesson.previous"), "mdi2c-chevron-left", () -> go.accept(new LearningViewModel.Route(LearningViewModel.Kind.LESSON, p.id())))));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        pager.getChildren().addAll(gap, complete);
        boolean lastOfModule = lessonModel.positionInModule() == module.lessons().size();
        if (lastOfModule && module.optionalQuiz().isPresent()) {
            pager.getChildren().add(navButton("lesson-to-quiz", messages.get("learning.lesson.toQuiz"),
                    "mdi2h-help-circle-outline", () -> go.accept(new LearningViewModel.Route(LearningViewModel.Kind.QUIZ, module.id()))));
        } else {
            lessonModel.next().ifPresent(n -> pager.getChildren().add(navButton("lesson-next",
                    messages.get("learning.lesson.next"), "mdi2c-chevron-right", () -> go.accept(new LearningViewModel.Route(LearningViewModel.Kind.LESSON, n.id())))));
        }
        page.getChildren().add(pager);
        page.getStyleClass().addAll("page", "reader-page");
        lessonModel.open();
        return page;
    }

    private static Button navButton(String id, String text, String icon, Runnable action) {
        Button button = new Button(text, Icons.of(icon, 16));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}

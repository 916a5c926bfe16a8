package be.toppsy.desk.learning.quiz;

import be.toppsy.desk.content.render.ContentRenderer;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.learning.LearningView;
import be.toppsy.desk.ui.Icons;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/** The quiz page: one question at a time with feedback on every option, then the score. */
public final class QuizPage {

    private final QuizViewModel model;
    private final ContentRenderer renderer;
    private final ContentRenderer.Options options;
    private final Messages messages;
    private final Runnable back;
    private final Runnable present;
    private final VBox page = new VBox(14);
    private final List<ButtonBase> optionControls = new ArrayList<>();

    public QuizPage(QuizViewModel model, ContentRenderer renderer, ContentRenderer.Options options, Messages messages,
            Runnable back, Runnable present) {
        this.model = model;
        this.renderer = renderer;
        this.options = options;
        this.messages = messages;
        this.back = back;
        this.present = present;
    }

    public Node build() {
        page.getStyleClass().addAll("page", "reader-page", "quiz-page");
        page.setId("quiz-page");
        model.indexProperty().addListener((obs, o, i) -> show());
        model.checkedProperty().addListener((obs, o, c) -> show());
        model.finishedProperty().addListener((obs, o, f) -> show());
        show();
        return page;
    }

    private void show() {
        page.getChildren().clear();
        Label title = LearningView.title(model.quiz().title().isBlank()
                ? messages.get("learning.quiz.titleOf", model.module().title()) : model.quiz().title());
        title.setId("quiz-title");
        HBox header = new HBox(12, title);
        header.setAlignment(Pos.CENTER_LEFT);
        if (present != null) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button presentButton = new Button(messages.get("learning.trainer.present"),
                    Icons.of("mdi2p-projector-screen", 16));
            presentButton.setId("quiz-present");
            presentButton.getStyleClass().add("flat");
            presentButton.setOnAction(e -> present.run());
            header.getChildren().addAll(spacer, presentButton);
        }
        page.getChildren().add(header);
        if (model.finishedProperty().get()) {
            showResult();
        } else {
            showQuestion();
        }
    }

    private void showQuestion() {
        Quiz.Question question = model.question();
        int number = model.indexProperty().get() + 1;
        Label position = new Label(messages.get("learning.quiz.position", number, model.questionCount(),
                model.rightSoFarProperty().get()));
        position.setId("quiz-progress");
        position.getStyleClass().add("hint");
        ProgressBar bar = new ProgressBar((double) (number - 1) / model.questionCount());
        bar.setPrefWidth(320);
        TextFlow text = renderer.renderInline(question.text(), options);
        text.getStyleClass().add("quiz-question");
        text.setId("quiz-question");
        Label kind = LearningView.hint(messages.get(question.kind() == Quiz.Kind.SINGLE
                ? "learning.quiz.single" : "learning.quiz.multiple"));
        page.getChildren().addAll(new HBox(12, bar, position), text, kind);

        optionControls.clear();
        boolean checked = model.checkedProperty().get();
        List<QuizViewModel.OptionFeedback> feedback = model.feedback();
        VBox optionsBox = new VBox(8);
        optionsBox.getStyleClass().add("quiz-options");
        List<QuizViewModel.ShownOption> shown = model.options();
        for (int i = 0; i < shown.size(); i++) {
            Quiz.Option option = shown.get(i).option();
            // Node ids name the option, not its place: the order changes with every attempt.
            int optionId = shown.get(i).id();
            ButtonBase control = question.kind() == Quiz.Kind.SINGLE ? new RadioButton() : new CheckBox();
            control.setId("quiz-option-" + optionId);
            control.getStyleClass().add("quiz-option-control");
            TextFlow label = renderer.renderInline(option.text(), options);
            label.getStyleClass().add("quiz-option-text");
            HBox.setHgrow(label, Priority.ALWAYS);
            int index = i;
            control.setOnAction(e -> {
                model.toggle(index);
                sync();
            });
            // After checking the choice stays readable (not greyed out) but can no longer change.
            control.setMouseTransparent(checked);
            control.setFocusTraversable(!checked);
            HBox row = new HBox(8, control, label);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("quiz-option");
            row.setOnMouseClicked(e -> {
                if (!checked && e.getTarget() != control) {
                    model.toggle(index);
                    sync();
                }
            });
            VBox box = new VBox(6, row);
            if (checked) {
                QuizViewModel.OptionFeedback f = feedback.get(i);
                box.getStyleClass().add(f.correct() ? "quiz-option-correct" : f.chosen() ? "quiz-option-wrong"
                        : "quiz-option-neutral");
                String verdictKey = f.correct() ? (f.chosen() ? "learning.quiz.option.rightChosen"
                        : "learning.quiz.option.rightMissed") : (f.chosen() ? "learning.quiz.option.wrongChosen"
                        : "learning.quiz.option.wrongLeft");
                Label verdict = new Label(messages.get(verdictKey), Icons.of(f.correct()
                        ? "mdi2c-check-circle" : f.chosen() ? "mdi2c-close-circle" : "mdi2m-minus-circle-outline", 16));
                verdict.getStyleClass().add("quiz-verdict");
                TextFlow why = renderer.renderInline(f.feedback(), options);
                why.getStyleClass().add("quiz-feedback");
                why.setId("quiz-feedback-" + optionId);
                box.getChildren().addAll(verdict, why);
            }
            box.getStyleClass().add("quiz-option-box");
            optionsBox.getChildren().add(box);
            optionControls.add(control);
        }
        page.getChildren().add(optionsBox);
        sync();

        Label message = new Label();
        message.setId("quiz-message");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        page.getChildren().add(message);

        if (checked) {
            Label overall = new Label(messages.get(model.answeredRight() ? "learning.quiz.right" : "learning.quiz.wrong"));
            overall.setId("quiz-answer-verdict");
            overall.getStyleClass().add(model.answeredRight() ? "success-text" : "form-message");
            overall.getStyleClass().add("quiz-overall");
            page.getChildren().add(overall);
            if (!question.explanation().isBlank()) {
                VBox explanation = new VBox(4, new Label(messages.get("learning.quiz.explanation")),
                        renderer.renderInline(question.explanation(), options));
                explanation.getStyleClass().add("quiz-explanation");
                page.getChildren().add(explanation);
            }
        }
        Button check = new Button(messages.get("learning.quiz.check"));
        check.setId("quiz-check");
        check.getStyleClass().add("accent");
        check.setDefaultButton(!checked);
        check.setOnAction(e -> model.check());
        check.setVisible(!checked);
        check.setManaged(!checked);
        Button next = new Button(messages.get(model.isLastQuestion() ? "learning.quiz.finish" : "learning.quiz.next"),
                Icons.of("mdi2c-chevron-right", 16));
        next.setId("quiz-next");
        next.getStyleClass().add("accent");
        next.setDefaultButton(checked);
        next.setVisible(checked);
        next.setManaged(checked);
        next.setOnAction(e -> model.next());
        page.getChildren().add(new HBox(10, check, next));
    }

    private void sync() {
        for (int i = 0; i < optionControls.size() && i < model.choices().size(); i++) {
            ButtonBase control = optionControls.get(i);
            boolean on = model.choices().get(i).get();
            if (control instanceof RadioButton r) {
                r.setSelected(on);
            } else if (control instanceof CheckBox c) {
                c.setSelected(on);
            }
        }
    }

    private void showResult() {
        QuizScorer.Result result = model.resultProperty().get();
        Label score = new Label(messages.get("learning.quiz.score", result.correct(), result.total(), result.percent()));
        score.setId("quiz-score");
        score.getStyleClass().add("quiz-score");
        boolean passed = model.passed();
        Label verdict = new Label(messages.get(passed ? "learning.quiz.passed" : "learning.quiz.notPassed",
                model.module().passMark()), Icons.of(passed ? "mdi2t-trophy-outline" : "mdi2r-refresh", 20));
        verdict.setId("quiz-verdict");
        verdict.getStyleClass().add(passed ? "success-text" : "hint");
        verdict.setWrapText(true);
        Button again = new Button(messages.get("learning.quiz.again"), Icons.of("mdi2r-refresh", 16));
        again.setId("quiz-restart");
        again.setOnAction(e -> model.restart());
        Button module = new Button(messages.get("learning.backToModule"));
        module.setId("quiz-back");
        module.setOnAction(e -> back.run());
        page.getChildren().addAll(score, verdict, new HBox(10, again, module));
    }
}

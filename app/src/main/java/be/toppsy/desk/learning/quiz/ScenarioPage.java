package be.toppsy.desk.learning.quiz;

import be.toppsy.desk.content.render.ContentRenderer;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.learning.LearningView;
import be.toppsy.desk.ui.Icons;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A scenario exercise: the situation, a decision, its feedback, the next step, and a summary at the end. */
public final class ScenarioPage {

    private final ScenarioViewModel model;
    private final ContentRenderer renderer;
    private final ContentRenderer.Options options;
    private final Messages messages;
    private final Runnable back;
    private final Runnable present;
    private final VBox page = new VBox(14);

    public ScenarioPage(ScenarioViewModel model, ContentRenderer renderer, ContentRenderer.Options options, Messages messages,
            Runnable back, Runnable present) {
        this.model = model;
        this.renderer = renderer;
        this.options = options;
        this.messages = messages;
        this.back = back;
        this.present = present;
    }

    public Node build() {
        page.getStyleClass().addAll("page", "reader-page", "scenario-page");
        page.setId("scenario-page");
        model.stepProperty().addListener((obs, o, s) -> show());
        model.chosenProperty().addListener((obs, o, c) -> show());
        show();
        return page;
    }

    private void show() {
        page.getChildren().clear();
        Scenario scenario = model.scenario();
        Label title = LearningView.title(scenario.title());
        title.setId("scenario-title");
        HBox header = new HBox(12, title);
        header.setAlignment(Pos.CENTER_LEFT);
        if (present != null) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button presentButton = new Button(messages.get("learning.trainer.present"),
                    Icons.of("mdi2p-projector-screen", 16));
            presentButton.setId("scenario-present");
            presentButton.getStyleClass().add("flat");
            presentButton.setOnAction(e -> present.run());
            header.getChildren().addAll(spacer, presentButton);
        }
        page.getChildren().addAll(header, renderer.levelBadges(List.of(scenario.level()), options));
        VBox situation = new VBox(6, sectionLabel(messages.get("learning.scenario.situation")),
                renderer.render(scenario.situation(), options));
        situation.getStyleClass().add("scenario-situation");
        page.getChildren().add(situation);

        int stepNumber = 1;
        for (ScenarioViewModel.Decision d : model.path()) {
            if (d.step() == model.stepProperty().get()) {
                break;
            }
            Label past = new Label(messages.get("learning.scenario.pastDecision", stepNumber++,
                    d.choice().text(), messages.get(ChoiceQuality.messageKey(d.choice().quality()))));
            past.getStyleClass().addAll("scenario-past", ChoiceQuality.styleClass(d.choice().quality()));
            past.setWrapText(true);
            page.getChildren().add(past);
        }

        Scenario.Step step = model.stepProperty().get();
        if (model.endedProperty().get()) {
            showEnd(step);
            return;
        }
        VBox stepBox = new VBox(10, sectionLabel(messages.get("learning.scenario.step", stepNumber)),
                renderer.render(step.text(), options));
        stepBox.getStyleClass().add("scenario-step");
        stepBox.setId("scenario-step");
        Scenario.Choice chosen = model.chosenProperty().get();
        List<ScenarioViewModel.ShownChoice> shown = model.choices();
        for (int i = 0; i < shown.size(); i++) {
            Scenario.Choice choice = shown.get(i).choice();
            Button button = new Button(choice.text());
            // The id names the choice, not its place: the order changes with every run.
            button.setId("scenario-choice-" + shown.get(i).id());
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("scenario-choice");
            int index = i;
            button.setOnAction(e -> model.choose(index));
            if (chosen != null) {
                button.setDisable(choice != chosen);
                if (choice == chosen) {
                    button.getStyleClass().addAll("scenario-choice-taken", ChoiceQuality.styleClass(choice.quality()));
                }
            }
            stepBox.getChildren().add(button);
        }
        page.getChildren().add(stepBox);
        if (chosen != null) {
            Label quality = new Label(messages.get(ChoiceQuality.messageKey(chosen.quality())), Icons.of(switch (chosen.quality()) {
                case GOOD -> "mdi2t-thumb-up-outline";
                case PARTIAL -> "mdi2s-scale-balance";
                case POOR -> "mdi2a-alert-circle-outline";
            }, 18));
            quality.getStyleClass().addAll("scenario-quality", ChoiceQuality.styleClass(chosen.quality()));
            quality.setId("scenario-quality");
            VBox feedback = new VBox(6, quality, renderer.render(chosen.feedback(), options));
            feedback.getStyleClass().addAll("scenario-feedback", ChoiceQuality.styleClass(chosen.quality()));
            feedback.setId("scenario-feedback");
            Button next = new Button(messages.get("learning.scenario.next"), Icons.of("mdi2c-chevron-right", 16));
            next.setId("scenario-next");
            next.getStyleClass().add("accent");
            next.setDefaultButton(true);
            next.setOnAction(e -> model.proceed());
            page.getChildren().addAll(feedback, next);
        } else {
            page.getChildren().add(LearningView.hint(messages.get("learning.scenario.choose")));
        }
    }

    private void showEnd(Scenario.Step end) {
        VBox ending = new VBox(8, sectionLabel(messages.get("learning.scenario.ending")),
                renderer.render(end.text(), options));
        ending.getStyleClass().add("scenario-ending");
        ending.setId("scenario-ending");
        Label summary = new Label(messages.get("learning.scenario.summary", model.goodChoices(), model.path().size()));
        summary.setId("scenario-summary");
        summary.getStyleClass().add("quiz-score");
        VBox decisions = new VBox(8);
        int n = 1;
        for (ScenarioViewModel.Decision d : model.path()) {
            Label choice = new Label(messages.get("learning.scenario.pastDecision", n++, d.choice().text(),
                    messages.get(ChoiceQuality.messageKey(d.choice().quality()))));
            choice.setWrapText(true);
            choice.getStyleClass().addAll("scenario-past", ChoiceQuality.styleClass(d.choice().quality()));
            decisions.getChildren().add(choice);
        }
        Button again = new Button(messages.get("learning.scenario.again"), Icons.of("mdi2r-refresh", 16));
        again.setId("scenario-restart");
        again.setOnAction(e -> model.restart());
        Button module = new Button(messages.get("learning.backToModule"));
        module.setId("scenario-back");
        module.setOnAction(e -> back.run());
        page.getChildren().addAll(ending, summary, decisions, new HBox(10, again, module));
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}

package be.toppsy.desk.intervision.runner;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.Ui;
import be.toppsy.desk.intervision.board.ActionPoint;
import be.toppsy.desk.intervision.board.ActionPointRow;
import be.toppsy.desk.intervision.board.AttachedContent;
import be.toppsy.desk.intervision.board.CaseMaterial;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the runner's current step produces, under its instruction: the review of earlier action
 * points, the agenda to choose a case, the situation, the attached chapters and lessons, or the
 * presenter's conclusion with the action points.
 */
final class RunnerPhaseContent {

    private final RunnerViewModel model;
    private final Messages messages;
    private final Consumer<String[]> openContent;

    RunnerPhaseContent(RunnerViewModel model, Messages messages, Consumer<String[]> openContent) {
        this.model = model;
        this.messages = messages;
        this.openContent = openContent;
    }

    /** The nodes for the current step; empty when it produces nothing to show. */
    List<Node> build() {
        Step step = model.stepProperty().get();
        if (step == null) {
            return List.of();
        }
        CaseMaterial c = model.currentCaseProperty().get();
        return switch (step.produces()) {
            case REVIEW -> review();
            case CASE_CHOICE -> caseChoice();
            case SITUATION -> c == null ? List.of() : List.of(Ui.section(messages.get("iv.runner.situation")),
                    Ui.wrapped(c.situation().isBlank() ? messages.get("iv.runner.noSituation") : c.situation(),
                            "iv-runner-text"));
            case CONTENT_LINKS -> content(c);
            case ACTIONS -> actions(c);
            default -> List.of();
        };
    }

    private List<Node> review() {
        VBox box = new VBox(8);
        box.setId("iv-runner-review");
        box.getChildren().add(Ui.section(messages.get("iv.runner.review.title")));
        if (model.actions().review().isEmpty()) {
            box.getChildren().add(Forms.hint(messages.get("iv.runner.review.none")));
        }
        for (ActionPoint p : model.actions().review()) {
            TextField note = new TextField(p.reviewNote());
            note.setPromptText(messages.get("iv.runner.review.notePrompt"));
            Node row = ActionPointRow.build(p, messages, model.today(), model.mayRunProperty().get()
                    ? state -> model.actions().reviewPoint(p, state, note.getText()) : null);
            box.getChildren().addAll(row, note);
        }
        return List.of(box);
    }

    private List<Node> caseChoice() {
        VBox box = new VBox(6, Ui.section(messages.get("iv.runner.agenda")));
        for (CaseMaterial c : model.agenda()) {
            Button choose = new Button(messages.get("iv.runner.choose"));
            choose.setId("iv-runner-choose-" + c.caseId());
            choose.setOnAction(e -> model.chooseCase(c));
            boolean current = model.currentCaseProperty().get() == c;
            Label title = Ui.wrapped(messages.get("iv.runner.caseChoice", c.title(), c.presenter().name()),
                    current ? "iv-card-title" : "iv-card-line");
            HBox row = new HBox(8, Ui.levelBadge(c.level(), messages), title, Ui.spacer(), choose);
            row.setAlignment(Pos.CENTER_LEFT);
            choose.setDisable(current);
            box.getChildren().add(row);
        }
        return List.of(box);
    }

    private List<Node> content(CaseMaterial c) {
        VBox box = new VBox(6, Ui.section(messages.get("iv.runner.content")));
        if (c == null || c.content().isEmpty()) {
            box.getChildren().add(Forms.hint(messages.get("iv.runner.content.none")));
        } else {
            for (AttachedContent a : c.content()) {
                Button open = new Button(a.title(), Icons.of("mdi2b-book-open-page-variant-outline", 16));
                open.getStyleClass().add("flat");
                open.setOnAction(e -> openContent.accept(new String[] {a.kind(), a.contentId()}));
                box.getChildren().add(open);
            }
        }
        return List.of(box);
    }

    private List<Node> actions(CaseMaterial c) {
        if (c == null) {
            return List.of();
        }
        TextArea conclusion = new TextArea();
        conclusion.setId("iv-runner-conclusion");
        conclusion.setWrapText(true);
        conclusion.setPrefRowCount(3);
        conclusion.setPromptText(messages.get("iv.runner.conclusion.prompt"));
        conclusion.textProperty().bindBidirectional(model.conclusionProperty());

        VBox list = new VBox(6);
        list.setId("iv-runner-actions");
        for (ActionPoint p : model.actions().caseActions()) {
            Button remove = new Button(null, Icons.of("mdi2d-delete-outline", 14));
            remove.getStyleClass().addAll("flat", "danger");
            remove.setAccessibleText(messages.get("iv.runner.action.remove"));
            remove.setOnAction(e -> model.actions().delete(p));
            remove.setVisible(p.planActionId() == null);
            HBox row = new HBox(6, ActionPointRow.build(p, messages, model.today(), null), remove);
            HBox.setHgrow(row.getChildren().get(0), Priority.ALWAYS);
            list.getChildren().add(row);
        }
        if (model.actions().caseActions().isEmpty()) {
            list.getChildren().add(Forms.hint(messages.get("iv.runner.action.none")));
        }

        TextField title = new TextField();
        title.setId("iv-runner-action-title");
        title.setPromptText(messages.get("iv.runner.action.title"));
        title.textProperty().bindBidirectional(model.actions().titleProperty());
        ComboBox<Person> owner = new ComboBox<>(model.actions().staff());
        owner.setId("iv-runner-action-owner");
        owner.setPromptText(messages.get("iv.runner.action.owner"));
        Ui.texts(owner, Person::name, "");
        owner.valueProperty().bindBidirectional(model.actions().ownerProperty());
        TextField due = new TextField();
        due.setId("iv-runner-action-due");
        due.setPromptText(messages.get("format.date"));
        due.setPrefColumnCount(9);
        due.textProperty().bindBidirectional(model.actions().dueProperty());
        CheckBox toPlan = new CheckBox(messages.get("iv.runner.action.toPlan"));
        toPlan.setId("iv-runner-action-plan");
        toPlan.selectedProperty().bindBidirectional(model.actions().toPlanProperty());
        toPlan.setVisible(c.toPlanPossible());
        toPlan.setManaged(c.toPlanPossible());
        Button add = new Button(messages.get("iv.runner.action.add"), Icons.of("mdi2p-plus", 14));
        add.setId("iv-runner-action-add");
        add.setOnAction(e -> model.actions().add());
        HBox form = new HBox(8,
                Forms.field(messages.get("iv.runner.action.title"), title, model.errorOf("actionTitle")),
                Forms.field(messages.get("iv.runner.action.owner"), owner, model.errorOf("actionOwner")),
                Forms.field(messages.get("iv.runner.action.due"), due, model.errorOf("actionDue")));
        HBox.setHgrow(form.getChildren().get(0), Priority.ALWAYS);
        form.setAlignment(Pos.TOP_LEFT);
        VBox addBox = new VBox(6, form, new HBox(12, toPlan, add), Forms.errorLabel(model.errorOf("actionToPlan")));
        addBox.getStyleClass().add("iv-runner-addaction");
        return List.of(Ui.section(messages.get("iv.runner.conclusion")), conclusion,
                Ui.section(messages.get("iv.runner.actions")), list, addBox);
    }
}

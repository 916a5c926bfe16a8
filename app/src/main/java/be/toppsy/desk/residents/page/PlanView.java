package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Navigator;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The support plan tab: actions with owner, due date and tier; closing asks for a result. */
final class PlanView {

    private final ResidentPageViewModel page;
    private final PlanViewModel model;
    private final Messages messages;
    private final DialogService dialogs;

    PlanView(ResidentPageViewModel page, Messages messages, DialogService dialogs) {
        this.page = page;
        this.model = page.plan();
        this.messages = messages;
        this.dialogs = dialogs;
    }

    Node build(ResidentFile f) {
        TableView<PlanAction> table = new TableView<>();
        table.setId("plan-table");
        table.getItems().setAll(f.actions());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.action"), PlanAction::title));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.owner"),
                a -> a.ownerName() == null ? "–" : a.ownerName()));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.due"), a -> a.dueDate() == null ? "–"
                : a.isOverdue(page.today()) ? messages.get("residents.col.overdue", Formats.date(a.dueDate()))
                : Formats.date(a.dueDate())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.state"),
                a -> messages.get(a.state().messageKey())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.tier"),
                a -> a.tier() == null ? "–" : messages.get(a.tier().messageKey())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.result"), a -> a.result() == null
                ? ResidentsUi.origin(a, messages) : a.result()));
        table.setPrefHeight(240);
        table.setPlaceholder(new Label(messages.get("residents.plan.empty")));
        Button done = new Button(messages.get("residents.plan.done"), Icons.of("mdi2c-check", 16));
        done.setId("plan-done");
        Button cancel = new Button(messages.get("residents.plan.cancel"));
        done.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        cancel.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        done.setOnAction(e -> close(table.getSelectionModel().getSelectedItem(), ActionState.DONE));
        cancel.setOnAction(e -> close(table.getSelectionModel().getSelectedItem(), ActionState.CANCELLED));
        Label error = Forms.errorLabel(model.actionError("result"));
        VBox box = new VBox(10, table, new HBox(8, done, cancel), error);
        if (page.canEdit()) {
            ComboBox<User> owner = ResidentsUi.choice("plan-owner", List.of(), User::displayName,
                    messages.get("residents.plan.noOwner"));
            Runnable fill = () -> {
                List<User> items = new ArrayList<>();
                items.add(null);
                items.addAll(page.colleagues());
                owner.getItems().setAll(items);
            };
            fill.run();
            page.colleagues().addListener((ListChangeListener<User>) c -> fill.run());
            owner.valueProperty().bindBidirectional(model.actionOwnerProperty());
            ComboBox<PreventionTier> tier = ResidentsUi.choice("plan-tier", List.of(PreventionTier.values()),
                    t -> messages.get(t.messageKey()), messages.get("residents.plan.noTier"));
            tier.valueProperty().bindBidirectional(model.actionTierProperty());
            Button add = new Button(messages.get("residents.plan.add"));
            add.setId("plan-add");
            add.setOnAction(e -> model.addAction());
            Label title = new Label(messages.get("residents.plan.newTitle"));
            title.getStyleClass().add("section-title");
            FlowPane row = new FlowPane(10, 8,
                    Forms.field(messages.get("residents.plan.owner"), owner, model.actionError("owner")),
                    Forms.field(messages.get("residents.plan.due"), ResidentsUi.dateField("plan-due",
                            model.actionDueProperty(), messages), model.actionError("due")),
                    Forms.field(messages.get("residents.plan.tier"), tier, model.actionError("tier")));
            box.getChildren().addAll(title, Forms.field(messages.get("residents.plan.title"),
                    ResidentsUi.textField("plan-title", model.actionTitleProperty(), 40), model.actionError("title")),
                    row, add);
        }
        box.getStyleClass().add("tab-body");
        return box;
    }

    private void close(PlanAction action, ActionState state) {
        if (action == null) {
            return;
        }
        dialogs.ask(messages.get("residents.plan.resultTitle"), messages.get("residents.plan.resultQuestion",
                action.title()), "").ifPresent(result -> model.closeAction(action, state, result));
    }
}

package be.toppsy.desk.residents.retention;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The retention page in the administration section: codes, dates and counts; never names or free text. */
public final class RetentionView {

    private final RetentionViewModel model;
    private final Messages messages;

    public RetentionView(RetentionViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        VBox page = new VBox(14, Forms.title(messages.get("residents.retention.title")),
                Forms.hint(messages.get("residents.retention.intro")));
        page.getStyleClass().addAll("page", "retention-page");

        TextField months = new TextField();
        months.setId("retention-months");
        months.setPrefColumnCount(4);
        months.textProperty().bindBidirectional(model.monthsProperty());
        Button saveMonths = new Button(messages.get("action.save"));
        saveMonths.setId("retention-months-save");
        saveMonths.setOnAction(e -> model.saveMonths());
        saveMonths.disableProperty().bind(model.busyProperty());
        HBox monthsRow = new HBox(10, months, saveMonths);
        monthsRow.setAlignment(Pos.CENTER_LEFT);
        VBox monthsField = Forms.field(messages.get("residents.retention.months"), monthsRow,
                model.errorOf("months"));

        Label summary = new Label();
        summary.setId("retention-summary");
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        TableView<RetentionCandidate> table = new TableView<>(model.rows());
        table.setId("retention-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(messages.get("residents.retention.col.code"), RetentionCandidate::code));
        table.getColumns().add(column(messages.get("residents.retention.col.departure"), model::departure));
        table.getColumns().add(column(messages.get("residents.retention.col.state"), model::state));
        table.getColumns().add(column(messages.get("residents.retention.col.counts"), model::counts));
        double[] widths = {100, 130, 240, 760};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setPlaceholder(new Label(messages.get("residents.retention.empty")));
        table.setPrefHeight(320);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> model.selectedProperty().set(c));
        model.selectedProperty().addListener((obs, old, c) -> {
            if (c == null) {
                table.getSelectionModel().clearSelection();
            }
        });

        Button anonymise = button("retention-anonymise", "residents.retention.anonymise.button",
                "mdi2i-incognito", model::anonymiseSelected);
        anonymise.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> model.selectedProperty().get() != null && model.selectedProperty().get().anonymised(),
                        model.selectedProperty())));
        Button delete = button("retention-delete", "residents.retention.delete.button", "mdi2d-delete-outline",
                model::deleteSelected);
        delete.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        FlowPane actions = new FlowPane(10, 8, anonymise, delete);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = Forms.message(model.messageProperty(), "success-text");
        message.setId("retention-message");
        Label problem = Forms.message(model.problemProperty(), "form-message");
        problem.setId("retention-problem");

        page.getChildren().addAll(monthsField, summary, actions, message, problem, table,
                Forms.hint(messages.get("residents.retention.hint")));
        VBox.setVgrow(table, Priority.ALWAYS);
        model.load();
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setGraphic(Icons.of(icon, 16));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TableColumn<RetentionCandidate, String> column(String title,
            Function<RetentionCandidate, String> value) {
        TableColumn<RetentionCandidate, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}

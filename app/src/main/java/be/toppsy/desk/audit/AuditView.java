package be.toppsy.desk.audit;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Browse and filter the audit trail. */
public final class AuditView {

    private final AuditViewModel model;
    private final Messages messages;

    public AuditView(AuditViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        TextField from = dateField("audit-from", model.fromProperty());
        TextField to = dateField("audit-to", model.toProperty());
        TextField actor = new TextField();
        actor.setId("audit-actor");
        actor.textProperty().bindBidirectional(model.actorProperty());
        ComboBox<String> action = new ComboBox<>(model.actions());
        action.setId("audit-action");
        action.valueProperty().bindBidirectional(model.actionProperty());
        action.setPrefWidth(220);
        action.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : actionLabel(code);
            }

            @Override
            public String fromString(String label) {
                return model.actions().stream().filter(c -> actionLabel(c).equals(label)).findFirst().orElse(null);
            }
        });
        TextField entityType = new TextField();
        entityType.setPrefColumnCount(10);
        entityType.textProperty().bindBidirectional(model.entityTypeProperty());
        TextField entityId = new TextField();
        entityId.setPrefColumnCount(6);
        entityId.textProperty().bindBidirectional(model.entityIdProperty());
        Button search = new Button(messages.get("action.search"));
        search.setId("audit-search");
        search.setDefaultButton(true);
        search.getStyleClass().add("accent");
        search.setOnAction(e -> model.search());
        Button clear = new Button(messages.get("action.clearFilters"));
        clear.setOnAction(e -> model.clearFilters());

        FlowPane filters = new FlowPane(12, 8,
                Forms.field(messages.get("audit.from"), from, model.errorOf("from")),
                Forms.field(messages.get("audit.to"), to, model.errorOf("to")),
                Forms.field(messages.get("audit.actor"), actor, model.errorOf("actor")),
                Forms.field(messages.get("audit.action"), action, model.errorOf("action")),
                Forms.field(messages.get("audit.entityType"), entityType, model.errorOf("entityType")),
                Forms.field(messages.get("audit.entityId"), entityId, model.errorOf("entityId")),
                search, clear);
        filters.setAlignment(Pos.BOTTOM_LEFT);

        TableView<AuditEvent> table = new TableView<>(model.events());
        table.setId("audit-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("audit.col.time"), e -> Formats.dateTime(e.occurredAt())));
        table.getColumns().add(column(messages.get("audit.col.actor"), e -> e.actorName() == null ? "" : e.actorName()));
        table.getColumns().add(column(messages.get("audit.col.action"), e -> actionLabel(e.action())));
        table.getColumns().add(column(messages.get("audit.col.record"), e -> e.entityType() == null ? ""
                : e.entityType() + (e.entityId() == null ? "" : " #" + e.entityId())));
        table.getColumns().add(column(messages.get("audit.col.details"), e -> e.details() == null ? "" : e.details()));
        table.setPlaceholder(new Label(messages.get("audit.empty")));
        Label summary = new Label();
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.summaryProperty());

        VBox page = new VBox(12, Forms.title(messages.get("audit.title")), Forms.hint(messages.get("audit.intro")),
                filters, summary, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        page.getStyleClass().add("page");
        model.search();
        return page;
    }

    /** The action in the user's language when a feature named it ("audit.action.CODE"), else the code. */
    private String actionLabel(String code) {
        String key = "audit.action." + code;
        return messages.has(key) ? messages.get(key) : code;
    }

    private TextField dateField(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get("format.date"));
        field.setPrefColumnCount(9);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TableColumn<AuditEvent, String> column(String title, Function<AuditEvent, String> value) {
        TableColumn<AuditEvent, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}

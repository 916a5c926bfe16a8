package be.toppsy.desk.accounts;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.ui.Forms;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Administrators create accounts, change roles, reset passwords and deactivate accounts here. */
public final class UserManagementView {

    private final UserManagementViewModel model;
    private final Messages messages;

    public UserManagementView(UserManagementViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        TableView<User> table = new TableView<>(model.users());
        table.setId("users-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("users.col.name"), u -> u.displayName()));
        table.getColumns().add(column(messages.get("users.col.username"), u -> u.username()));
        table.getColumns().add(column(messages.get("users.col.roles"), u -> u.roles().stream().sorted()
                .map(r -> messages.get(r.messageKey())).collect(Collectors.joining(", "))));
        table.getColumns().add(column(messages.get("users.col.status"),
                u -> messages.get(u.active() ? "users.active" : "users.inactive")));
        table.getColumns().add(column(messages.get("users.col.lastLogin"), u -> Formats.dateTime(u.lastLoginAt())));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, u) -> model.selectedProperty().set(u));

        Label message = new Label();
        message.setId("users-message");
        message.getStyleClass().add("success-text");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);

        VBox left = new VBox(10, Forms.title(messages.get("users.title")), message, table);
        left.setPadding(new Insets(0, 12, 0, 0));
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);

        VBox right = new VBox(12, newUserPane(), selectedPane());
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.58);
        VBox page = new VBox(split);
        page.getStyleClass().add("page");
        javafx.scene.layout.VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        model.load();
        return page;
    }

    private TitledPane newUserPane() {
        TextField name = new TextField();
        name.setId("new-user-name");
        name.textProperty().bindBidirectional(model.newDisplayNameProperty());
        TextField username = new TextField();
        username.setId("new-user-username");
        username.textProperty().bindBidirectional(model.newUsernameProperty());
        PasswordField password = new PasswordField();
        password.setId("new-user-password");
        password.textProperty().bindBidirectional(model.newPasswordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("new-user-repeat");
        repeat.textProperty().bindBidirectional(model.newRepeatProperty());
        FlowPane roles = new FlowPane(12, 6);
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(messages.get(role.messageKey()));
            box.setId("new-user-role-" + role.name());
            box.selectedProperty().bindBidirectional(model.newRole(role));
            roles.getChildren().add(box);
        }
        Button create = new Button(messages.get("users.create"));
        create.setId("new-user-create");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> model.create());
        VBox form = new VBox(8,
                Forms.field(messages.get("users.field.name"), name, model.newError("displayName")),
                Forms.field(messages.get("users.field.username"), username, model.newError("username")),
                Forms.field(messages.get("users.field.password"), password, model.newError("password")),
                Forms.hint(model.passwordRule() + " " + messages.get("users.tempPasswordHint")),
                Forms.field(messages.get("users.field.repeat"), repeat, model.newError("repeat")),
                Forms.field(messages.get("users.field.roles"), roles, model.newError("roles")),
                create);
        TitledPane pane = new TitledPane(messages.get("users.new"), form);
        pane.setCollapsible(false);
        return pane;
    }

    private TitledPane selectedPane() {
        Label who = new Label();
        who.getStyleClass().add("section-title");
        who.textProperty().bind(model.selectedProperty().map(u -> u.displayName() + " (" + u.username() + ")")
                .orElse(messages.get("users.noneSelected")));
        FlowPane roles = new FlowPane(12, 6);
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(messages.get(role.messageKey()));
            box.setId("selected-user-role-" + role.name());
            box.selectedProperty().bindBidirectional(model.selectedRole(role));
            roles.getChildren().add(box);
        }
        Button saveRoles = new Button(messages.get("users.saveRoles"));
        saveRoles.setId("selected-user-save-roles");
        saveRoles.setOnAction(e -> model.saveRoles());

        PasswordField reset = new PasswordField();
        reset.setId("selected-user-reset");
        reset.textProperty().bindBidirectional(model.resetPasswordProperty());
        PasswordField resetRepeat = new PasswordField();
        resetRepeat.setId("selected-user-reset-repeat");
        resetRepeat.textProperty().bindBidirectional(model.resetRepeatProperty());
        Button resetButton = new Button(messages.get("users.resetPassword"));
        resetButton.setId("selected-user-reset-button");
        resetButton.setOnAction(e -> model.resetPassword());

        Button toggle = new Button();
        toggle.setId("selected-user-toggle-active");
        toggle.textProperty().bind(model.selectedProperty().map(u ->
                messages.get(u.active() ? "users.deactivate" : "users.reactivate")).orElse(""));
        toggle.getStyleClass().add("danger");
        toggle.setOnAction(e -> model.toggleActive());

        VBox box = new VBox(8, who,
                Forms.field(messages.get("users.field.roles"), roles, model.selectedError("roles")),
                saveRoles,
                Forms.field(messages.get("users.field.newPassword"), reset, model.selectedError("password")),
                Forms.field(messages.get("users.field.repeat"), resetRepeat, model.selectedError("repeat")),
                resetButton,
                Forms.errorLabel(model.selectedError("active")),
                new HBox(toggle),
                reactivateHint(),
                Forms.hint(messages.get("users.neverDeleted")));
        box.disableProperty().bind(model.selectedProperty().isNull());
        TitledPane pane = new TitledPane(messages.get("users.selected"), box);
        pane.setCollapsible(false);
        return pane;
    }

    /** Shown for a deactivated account: reactivating takes the temporary password typed above. */
    private Label reactivateHint() {
        Label hint = Forms.hint(messages.get("users.reactivateHint"));
        hint.visibleProperty().bind(model.selectedProperty().map(u -> !u.active()).orElse(false));
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    private static TableColumn<User, String> column(String title, java.util.function.Function<User, String> value) {
        TableColumn<User, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}

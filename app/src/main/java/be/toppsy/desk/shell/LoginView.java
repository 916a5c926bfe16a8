package be.toppsy.desk.shell;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The login screen, shown also as the lock screen. */
public final class LoginView {

    private final LoginViewModel model;
    private final Messages messages;

    public LoginView(LoginViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Label brand = new Label(messages.get("app.name"));
        brand.getStyleClass().add("brand-title");
        Label tagline = new Label(messages.get("app.tagline"));
        tagline.getStyleClass().add("hint");
        tagline.setWrapText(true);

        Label lockedTitle = new Label();
        lockedTitle.getStyleClass().add("lock-title");
        lockedTitle.textProperty().bind(model.lockedUserProperty().map(name ->
                name.isEmpty() ? "" : messages.get("lock.title", name)));
        lockedTitle.visibleProperty().bind(model.lockedUserProperty().isNotEmpty());
        lockedTitle.managedProperty().bind(lockedTitle.visibleProperty());
        lockedTitle.setGraphic(Icons.of("mdi2l-lock", 20));
        lockedTitle.setWrapText(true);

        TextField username = new TextField();
        username.setId("login-username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        username.setPromptText(messages.get("login.username"));
        VBox usernameField = Forms.field(messages.get("login.username"), username, new javafx.beans.property.SimpleStringProperty(""));
        usernameField.visibleProperty().bind(model.lockedUserProperty().isEmpty());
        usernameField.managedProperty().bind(usernameField.visibleProperty());

        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        VBox passwordField = Forms.field(messages.get("login.password"), password,
                new javafx.beans.property.SimpleStringProperty(""));

        Label message = new Label();
        message.setId("login-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Button login = new Button();
        login.setId("login-button");
        login.textProperty().bind(model.lockedUserProperty().map(n ->
                messages.get(n.isEmpty() ? "login.button" : "lock.unlock")));
        login.setDefaultButton(true);
        login.getStyleClass().add("accent");
        login.setMaxWidth(Double.MAX_VALUE);
        login.disableProperty().bind(model.busyProperty());
        login.setOnAction(e -> model.login());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());

        Hyperlink otherUser = new Hyperlink(messages.get("lock.otherUser"));
        otherUser.setId("login-other-user");
        otherUser.visibleProperty().bind(model.lockedUserProperty().isNotEmpty());
        otherUser.managedProperty().bind(otherUser.visibleProperty());
        otherUser.setOnAction(e -> {
            model.switchUser();
            username.requestFocus();
        });

        HBox actions = new HBox(10, login, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(login, javafx.scene.layout.Priority.ALWAYS);

        VBox card = new VBox(14, brand, tagline, lockedTitle, usernameField, passwordField, message, actions, otherUser);
        card.getStyleClass().add("login-card");
        card.setMaxWidth(420);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setFillWidth(true);

        StackPane root = new StackPane(card);
        root.getStyleClass().add("login-root");
        root.setAlignment(Pos.CENTER);
        Platform.runLater(() -> (model.isLocked() ? password : username).requestFocus());
        return root;
    }
}

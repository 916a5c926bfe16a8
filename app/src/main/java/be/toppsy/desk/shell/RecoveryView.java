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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The recovery code and a new administrator password, when every password is lost. */
public final class RecoveryView {

    private final RecoveryViewModel model;
    private final Messages messages;
    private final Runnable back;

    public RecoveryView(RecoveryViewModel model, Messages messages, Runnable back) {
        this.model = model;
        this.messages = messages;
        this.back = back;
    }

    public Parent build() {
        Label title = new Label(messages.get("recovery.title"));
        title.getStyleClass().add("brand-title");
        title.setGraphic(Icons.of("mdi2k-key-variant", 24));
        Label intro = Forms.hint(messages.get("recovery.intro"));

        TextField code = new TextField();
        code.setId("recovery-code-input");
        code.setPromptText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX");
        code.getStyleClass().add("recovery-code-input");
        code.textProperty().bindBidirectional(model.codeProperty());
        TextField username = new TextField();
        username.setId("recovery-username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("recovery-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("recovery-repeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());

        Label message = new Label();
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        Button recover = new Button(messages.get("recovery.button"));
        recover.setId("recovery-button");
        recover.getStyleClass().add("accent");
        recover.setDefaultButton(true);
        recover.disableProperty().bind(model.busyProperty());
        recover.setOnAction(e -> model.recover());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        Hyperlink backLink = new Hyperlink(messages.get("recovery.back"));
        backLink.setId("recovery-back");
        backLink.setOnAction(e -> back.run());
        HBox actions = new HBox(10, recover, progress, backLink);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(12, title, intro,
                Forms.field(messages.get("recovery.code"), code, model.errorOf("code")),
                Forms.field(messages.get("recovery.username"), username, model.errorOf("username")),
                Forms.field(messages.get("recovery.password"), password, model.errorOf("password")),
                Forms.hint(model.passwordRule()),
                Forms.field(messages.get("recovery.repeat"), repeat, model.errorOf("repeat")),
                message, actions);
        card.getStyleClass().add("login-card");
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setMaxWidth(520);
        StackPane centre = new StackPane(card);
        centre.setAlignment(Pos.CENTER);
        centre.getStyleClass().add("login-root");
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        Platform.runLater(code::requestFocus);
        return scroll;
    }
}

package be.toppsy.desk.shell;

import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** First-run setup: the first administrator and the demo data choice. */
public final class SetupView {

    private final SetupViewModel model;
    private final Messages messages;

    public SetupView(SetupViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Label title = new Label(messages.get("setup.title"));
        title.getStyleClass().add("brand-title");
        Label intro = Forms.hint(messages.get("setup.intro"));

        TextField displayName = new TextField();
        displayName.setId("setup-display-name");
        displayName.textProperty().bindBidirectional(model.displayNameProperty());
        TextField username = new TextField();
        username.setId("setup-username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("setup-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("setup-repeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        Label rule = Forms.hint(model.passwordRule());

        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(Language.values());
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : messages.get("language." + l.code());
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });

        CheckBox demo = new CheckBox(messages.get("setup.demo"));
        demo.setId("setup-demo");
        demo.selectedProperty().bindBidirectional(model.loadDemoDataProperty());
        Label demoHint = Forms.hint(messages.get("setup.demo.hint"));

        Label message = new Label();
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label problem = new Label();
        problem.setId("setup-problem");
        problem.getStyleClass().add("form-message");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button create = new Button(messages.get("setup.create"));
        create.setId("setup-create");
        create.getStyleClass().add("accent");
        create.setDefaultButton(true);
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(e -> model.create());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(10, create, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        create.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label backupsFound = Forms.hint(messages.get("setup.backupsFound"));
        backupsFound.setId("setup-backups-found");
        backupsFound.getStyleClass().add("setup-warning");
        backupsFound.setVisible(model.backupsFound());
        backupsFound.setManaged(model.backupsFound());
        Hyperlink restore = new Hyperlink(messages.get("setup.restore"));
        restore.setId("setup-restore");
        restore.setOnAction(e -> model.restoreBackup());
        restore.disableProperty().bind(model.busyProperty());

        VBox card = new VBox(12, title, intro, backupsFound,
                Forms.field(messages.get("setup.displayName"), displayName, model.errorOf("displayName")),
                Forms.field(messages.get("setup.username"), username, model.errorOf("username")),
                Forms.field(messages.get("setup.password"), password, model.errorOf("password")),
                rule,
                Forms.field(messages.get("setup.repeat"), repeat, model.errorOf("repeat")),
                Forms.field(messages.get("setup.language"), language, model.errorOf("language")),
                demo, demoHint, actions, message, problem, restore);
        card.getStyleClass().add("login-card");
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Wrapped texts keep their full height instead of ending in "…" on a small screen.
        card.lookupAll(".label").forEach(n -> ((javafx.scene.layout.Region) n)
                .setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE));
        card.setMaxWidth(520);

        StackPane centre = new StackPane(card);
        centre.setAlignment(Pos.CENTER);
        centre.getStyleClass().add("login-root");
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        javafx.application.Platform.runLater(displayName::requestFocus);
        return scroll;
    }
}

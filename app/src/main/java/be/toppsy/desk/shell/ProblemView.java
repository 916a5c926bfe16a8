package be.toppsy.desk.shell;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.storage.BackupStore;
import be.toppsy.desk.ui.Forms;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** What to do when the data cannot be opened. */
public final class ProblemView {

    private final ProblemViewModel model;
    private final Messages messages;

    public ProblemView(ProblemViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Label title = new Label(messages.get("problem.title"));
        title.getStyleClass().add("brand-title");
        title.setWrapText(true);
        Label text = new Label(model.text());
        text.setId("problem-text");
        text.getStyleClass().add("problem-text");
        text.setWrapText(true);

        Button retry = new Button(messages.get("problem.retry"));
        retry.setId("problem-retry");
        retry.setOnAction(e -> model.retry());
        Button close = new Button(messages.get("problem.close"));
        close.setId("problem-close");
        close.setOnAction(e -> Platform.exit());
        HBox buttons = new HBox(10, retry, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(14, title, text);
        if (model.canRestore()) {
            card.getChildren().add(restoreSection());
        }
        Label message = new Label();
        message.setId("problem-message");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        card.getChildren().addAll(message, buttons);
        card.getStyleClass().add("login-card");
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setMaxWidth(620);
        StackPane centre = new StackPane(card);
        centre.setAlignment(Pos.CENTER);
        centre.getStyleClass().add("login-root");
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        model.load();
        return scroll;
    }

    private VBox restoreSection() {
        Label intro = Forms.hint(model.restoreIntro());
        ListView<BackupStore.Backup> list = new ListView<>(model.backups());
        list.setId("problem-backups");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(messages.get("backup.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupStore.Backup item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("problem.backupLine", model.when(item),
                        model.kind(item)));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        Button restore = new Button(messages.get("problem.restore"));
        restore.setId("problem-restore");
        restore.getStyleClass().add("accent");
        restore.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        restore.setOnAction(e -> model.restoreSelected());
        Button fromFile = new Button(messages.get("backup.restoreFile"));
        fromFile.setId("problem-restore-file");
        fromFile.disableProperty().bind(model.busyProperty());
        fromFile.setOnAction(e -> model.restoreFromFile());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(10, restore, fromFile, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, intro, list, actions);
    }
}

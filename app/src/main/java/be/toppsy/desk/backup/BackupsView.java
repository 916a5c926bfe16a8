package be.toppsy.desk.backup;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.storage.BackupStore;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import java.util.function.Function;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The backups page in the administration section. */
public final class BackupsView {

    private final BackupsViewModel model;
    private final Messages messages;

    public BackupsView(BackupsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        VBox page = new VBox(14, Forms.title(messages.get("backup.title")));
        page.getStyleClass().addAll("page", "backups-page");
        if (!model.supported()) {
            page.getChildren().add(Forms.hint(messages.get("backup.serverManaged")));
            return page;
        }
        page.getChildren().add(Forms.hint(messages.get(model.encrypted() ? "backup.intro" : "backup.introPlain")));
        Label folder = Forms.hint(messages.get("backup.folder", model.folder()));
        folder.setId("backup-folder");

        TableView<BackupStore.Backup> table = new TableView<>(model.rows());
        table.setId("backup-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("backup.col.when"), model::when));
        table.getColumns().add(column(messages.get("backup.col.kind"), model::kind));
        table.getColumns().add(column(messages.get("backup.col.size"), model::size));
        table.getColumns().add(column(messages.get("backup.col.file"), BackupStore.Backup::fileName));
        table.setPlaceholder(new Label(messages.get("backup.empty")));
        table.setPrefHeight(280);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((obs, old, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });

        Label summary = new Label();
        summary.setId("backup-summary");
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.summaryProperty());

        Button now = button("backup-now", "backup.now", "mdi2c-content-save-outline", model::backupNow);
        now.getStyleClass().add("accent");
        Button copy = button("backup-copy", "backup.copy", "mdi2u-usb-flash-drive-outline", model::copySelected);
        Button restore = button("backup-restore", "backup.restore", "mdi2b-backup-restore", model::restoreSelected);
        Button restoreFile = button("backup-restore-file", "backup.restoreFile", "mdi2f-folder-open-outline",
                model::restoreFromFile);
        copy.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        restore.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        now.disableProperty().bind(model.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        FlowPane actions = new FlowPane(10, 8, now, copy, restore, restoreFile, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = Forms.message(model.messageProperty(), "success-text");
        message.setId("backup-message");
        Label problem = Forms.message(model.problemProperty(), "form-message");
        problem.setId("backup-problem");

        TextField keep = new TextField();
        keep.setId("backup-keep");
        keep.setPrefColumnCount(4);
        keep.textProperty().bindBidirectional(model.keepProperty());
        Button saveKeep = new Button(messages.get("action.save"));
        saveKeep.setId("backup-keep-save");
        saveKeep.setOnAction(e -> model.saveKeep());
        HBox keepRow = new HBox(10, keep, saveKeep);
        keepRow.setAlignment(Pos.CENTER_LEFT);
        VBox keepField = Forms.field(messages.get("backup.keep"), keepRow, model.errorOf("keep"));

        page.getChildren().addAll(folder, summary, actions, message, problem, table, keepField,
                Forms.hint(messages.get("backup.keep.hint")));
        if (model.encrypted()) {
            Label codeTitle = new Label(messages.get("recoveryCode.section"));
            codeTitle.getStyleClass().add("section-title");
            Button renew = button("backup-new-code", "recoveryCode.renew.button", "mdi2k-key-variant",
                    model::newRecoveryCode);
            page.getChildren().addAll(codeTitle, Forms.hint(messages.get("recoveryCode.section.hint")), renew);
            model.onRecoveryCode(this::showCode);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        model.load();
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void showCode(String code) {
        SimpleBooleanProperty confirmed = new SimpleBooleanProperty(false);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("recoveryCode.title"));
        VBox card = RecoveryCodeCard.build(code, messages, confirmed);
        card.setPrefWidth(560);
        dialog.getDialogPane().setContent(card);
        ButtonType done = new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(done);
        dialog.getDialogPane().lookupButton(done).disableProperty().bind(confirmed.not());
        dialog.getDialogPane().getScene().getWindow().setOnCloseRequest(e -> {
            if (!confirmed.get()) {
                e.consume();
            }
        });
        dialog.showAndWait();
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setGraphic(Icons.of(icon, 16));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TableColumn<BackupStore.Backup, String> column(String title,
            Function<BackupStore.Backup, String> value) {
        TableColumn<BackupStore.Backup, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}

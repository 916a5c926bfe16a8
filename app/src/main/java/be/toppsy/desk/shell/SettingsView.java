package be.toppsy.desk.shell;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** General settings of the installation. */
public final class SettingsView {

    private final SettingsViewModel model;
    private final Messages messages;

    public SettingsView(SettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        TextField idle = new TextField();
        idle.setId("settings-idle-minutes");
        idle.setMaxWidth(120);
        idle.textProperty().bindBidirectional(model.idleMinutesProperty());
        Button save = new Button(messages.get("action.save"));
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Label saved = new Label();
        saved.getStyleClass().add("success-text");
        saved.textProperty().bind(model.messageProperty());
        Label folder = new Label(messages.get("settings.dataFolder", model.dataFolder()));
        folder.setWrapText(true);
        VBox page = new VBox(14, Forms.title(messages.get("settings.title")),
                Forms.field(messages.get("settings.idleMinutes"), idle, model.errorOf("idleMinutes")),
                Forms.hint(messages.get("settings.idleMinutes.hint")), save, saved, folder);
        page.getStyleClass().add("page");
        model.load();
        return page;
    }
}

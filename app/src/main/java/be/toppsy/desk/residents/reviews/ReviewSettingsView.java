package be.toppsy.desk.residents.reviews;

import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The follow-up intervals (reviews, waiting referrals, quiet residents) for administrators and team leads. */
public final class ReviewSettingsView {

    private final ReviewSettingsViewModel model;
    private final Messages messages;

    public ReviewSettingsView(ReviewSettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        for (String field : ReviewSettingsViewModel.FIELDS) {
            Forms.row(grid, row++, messages.get("residents.settings." + field),
                    ResidentsUi.textField("settings-" + field, model.value(field), 5), model.errorOf(field));
        }
        Button save = new Button(messages.get("action.save"));
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.getStyleClass().add("success-text");
        message.textProperty().bind(model.messageProperty());
        VBox page = new VBox(12, Forms.title(messages.get("residents.settings.title")),
                Forms.hint(messages.get("residents.settings.intro")), grid, save, message);
        page.getStyleClass().add("page");
        model.load();
        return page;
    }
}

package be.toppsy.desk.residents.observations;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.socialmap.SocialService;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Navigator;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The crisis steps and crisis contacts, shown at once after an observation of suicidal statements
 * or self-harm. The contacts are the crisis entries of the social map (editable there).
 */
final class CrisisPanel {

    static final int STEPS = 7;

    private CrisisPanel() {
    }

    static VBox build(Messages messages, ObservableList<SocialService> contacts,
            javafx.beans.value.ObservableBooleanValue flagged, Navigator navigator, Runnable close) {
        Label title = new Label(messages.get("residents.crisis.title"), Icons.of("mdi2a-alert-octagon", 22));
        title.getStyleClass().add("crisis-title");
        Label lead = new Label(messages.get("residents.crisis.lead"));
        lead.setWrapText(true);
        lead.getStyleClass().add("crisis-lead");
        VBox steps = new VBox(6);
        for (int i = 1; i <= STEPS; i++) {
            Label number = new Label(String.valueOf(i));
            number.getStyleClass().add("crisis-step-number");
            Label text = new Label(messages.get("residents.crisis.step" + i));
            text.setWrapText(true);
            HBox row = new HBox(10, number, text);
            row.setAlignment(Pos.TOP_LEFT);
            steps.getChildren().add(row);
        }
        Label contactsTitle = new Label(messages.get("residents.crisis.contacts"));
        contactsTitle.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.setId("crisis-contacts");
        grid.setHgap(16);
        grid.setVgap(6);
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (SocialService s : contacts) {
                Label phone = new Label(s.phone() == null ? "" : s.phone());
                phone.getStyleClass().add("crisis-phone");
                Label name = new Label(s.name());
                name.setWrapText(true);
                Label how = new Label(s.howToRefer() == null ? "" : s.howToRefer());
                how.getStyleClass().add("hint");
                how.setWrapText(true);
                grid.add(phone, 0, row);
                grid.add(new VBox(2, name, how), 1, row);
                row++;
            }
        };
        fill.run();
        contacts.addListener((ListChangeListener<SocialService>) c -> fill.run());
        Label flag = new Label();
        flag.setId("crisis-flag");
        flag.textProperty().bind(javafx.beans.binding.Bindings.when(flagged)
                .then(messages.get("residents.crisis.flagged")).otherwise(messages.get("residents.crisis.notSaved")));
        flag.setWrapText(true);
        flag.getStyleClass().add("crisis-flag");
        Button guide = new Button(messages.get("residents.crisis.guide"), Icons.of("mdi2b-book-open-variant", 16));
        guide.setId("crisis-guide");
        guide.setOnAction(e -> {
            close.run();
            navigator.open(new Destination.GuideChapter("g4"));
        });
        Button done = new Button(messages.get("action.close"));
        done.setId("crisis-close");
        done.getStyleClass().add("accent");
        done.setDefaultButton(true);
        done.setOnAction(e -> close.run());
        HBox buttons = new HBox(10, guide, done);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Node[] children = {title, lead, flag, steps, contactsTitle, grid, buttons};
        VBox panel = new VBox(12, children);
        panel.setId("crisis-panel");
        panel.getStyleClass().add("crisis-panel");
        return panel;
    }
}

package be.toppsy.desk.shell;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Feature;
import be.toppsy.desk.ui.Forms;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The start page: a greeting and the cards features put there ("continue where I stopped", today's work). */
public final class StartPage {

    private final Messages messages;
    private final String userName;
    private final List<Feature> features;

    public StartPage(Messages messages, String userName, List<Feature> features) {
        this.messages = messages;
        this.userName = userName;
        this.features = features;
    }

    public Parent build() {
        int hour = LocalTime.now().getHour();
        String greetingKey = hour < 12 ? "start.morning" : hour < 18 ? "start.afternoon" : "start.evening";
        Label greeting = Forms.title(messages.get(greetingKey, userName));
        FlowPane cards = new FlowPane(16, 16);
        cards.getStyleClass().add("card-flow");
        for (Feature feature : features) {
            for (Node card : feature.homeCards()) {
                cards.getChildren().add(card);
            }
        }
        VBox page = new VBox(18, greeting, Forms.hint(messages.get("start.intro")), cards);
        if (cards.getChildren().isEmpty()) {
            page.getChildren().add(Forms.hint(messages.get("start.noCards")));
        }
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}

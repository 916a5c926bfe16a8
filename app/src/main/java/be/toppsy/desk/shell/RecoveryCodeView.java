package be.toppsy.desk.shell;

import be.toppsy.desk.backup.RecoveryCodeCard;
import be.toppsy.desk.i18n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The recovery code, shown once to the first administrator (after setup, or after the database
 * was converted). Continuing needs the tick that it is written down or printed.
 */
public final class RecoveryCodeView {

    private final String code;
    private final Messages messages;
    private final Runnable onContinue;
    private final BooleanProperty confirmed = new SimpleBooleanProperty(false);

    public RecoveryCodeView(String code, Messages messages, Runnable onContinue) {
        this.code = code;
        this.messages = messages;
        this.onContinue = onContinue;
    }

    public Parent build() {
        Label brand = new Label(messages.get("app.name"));
        brand.getStyleClass().add("brand-title");
        VBox codeCard = RecoveryCodeCard.build(code, messages, confirmed);
        Button next = new Button(messages.get("recoveryCode.continue"));
        next.setId("recovery-code-continue");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        next.disableProperty().bind(confirmed.not());
        next.setOnAction(e -> onContinue.run());
        VBox card = new VBox(16, brand, codeCard, next);
        card.getStyleClass().add("login-card");
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setMaxWidth(600);
        StackPane centre = new StackPane(card);
        centre.setAlignment(Pos.CENTER);
        centre.getStyleClass().add("login-root");
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}

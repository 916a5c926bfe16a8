package be.toppsy.desk.intervision.board;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.Ui;
import be.toppsy.desk.ui.Icons;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One action point as a row: what, who, by when, its state (or the tracker's), and state buttons. */
public final class ActionPointRow {

    private ActionPointRow() {
    }

    /** @param onState null for a read-only row */
    public static Node build(ActionPoint p, Messages messages, LocalDate today, Consumer<ActionPointState> onState) {
        Label title = Ui.wrapped(p.title(), "iv-action-title");
        String owner = p.owner() == null ? "" : p.owner().name();
        Label meta = Ui.wrapped(messages.get("iv.actionPoint.meta", owner, Formats.date(p.due()),
                Formats.date(p.sessionDate())), "hint");
        Label state = new Label(stateText(p, messages));
        state.getStyleClass().addAll("badge", "iv-state");
        state.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (p.open() && p.overdue(today)) {
            state.getStyleClass().add("iv-state-overdue");
        } else if (!p.open()) {
            state.getStyleClass().add("iv-state-done");
        }
        HBox top = new HBox(8, title, Ui.spacer(), state);
        top.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(2, top, meta);
        if (p.planActionId() != null) {
            box.getChildren().add(Ui.iconLabel(messages.get("iv.actionPoint.inPlan"), "mdi2c-clipboard-check-outline",
                    "hint"));
        }
        if (p.reviewNote() != null && !p.reviewNote().isBlank()) {
            box.getChildren().add(Ui.wrapped(messages.get("iv.actionPoint.reviewNote", p.reviewNote()), "iv-quote"));
        }
        if (onState != null && p.planActionId() == null) {
            Button done = new Button(messages.get("iv.actionPoint.markDone"), Icons.of("mdi2c-check", 14));
            done.getStyleClass().add("flat");
            done.setId("iv-action-done-" + p.id());
            done.setOnAction(e -> onState.accept(ActionPointState.DONE));
            Button open = new Button(messages.get("iv.actionPoint.markOpen"));
            open.getStyleClass().add("flat");
            open.setOnAction(e -> onState.accept(ActionPointState.OPEN));
            Button dropped = new Button(messages.get("iv.actionPoint.markDropped"));
            dropped.getStyleClass().add("flat");
            dropped.setOnAction(e -> onState.accept(ActionPointState.DROPPED));
            HBox buttons = new HBox(4);
            if (p.state() != ActionPointState.DONE) {
                buttons.getChildren().add(done);
            }
            if (p.state() != ActionPointState.OPEN) {
                buttons.getChildren().add(open);
            }
            if (p.state() == ActionPointState.OPEN) {
                buttons.getChildren().add(dropped);
            }
            box.getChildren().add(buttons);
        }
        box.getStyleClass().add("iv-action");
        return box;
    }

    public static String stateText(ActionPoint p, Messages messages) {
        if (p.trackerState() != null) {
            String key = "iv.tracker.state." + p.trackerState().state().toLowerCase(java.util.Locale.ROOT);
            String state = messages.has(key) ? messages.get(key) : p.trackerState().state();
            return messages.get("iv.actionPoint.trackerState", state);
        }
        if (p.planActionId() != null) {
            return messages.get("iv.actionPoint.trackerUnknown");
        }
        return messages.get(p.state().messageKey());
    }
}

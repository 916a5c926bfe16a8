package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.residents.record.TimelineEntry;
import be.toppsy.desk.residents.record.TimelineKind;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Navigator;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The timeline tab: what happened, newest first, with a filter per kind. */
final class TimelineView {

    private final ResidentPageViewModel page;
    private final TimelineViewModel model;
    private final Messages messages;

    TimelineView(ResidentPageViewModel page, Messages messages) {
        this.page = page;
        this.model = page.timeline();
        this.messages = messages;
    }

    Node build(boolean medical) {
        FlowPane kinds = new FlowPane(10, 6);
        for (TimelineKind kind : TimelineKind.values()) {
            if (kind == TimelineKind.MEDICAL && !medical) {
                continue;
            }
            CheckBox box = new CheckBox(messages.get(kind.messageKey()));
            box.setId("timeline-kind-" + kind.name());
            box.setSelected(model.shownKinds().contains(kind));
            box.selectedProperty().addListener((obs, o, on) -> {
                if (on) {
                    model.shownKinds().add(kind);
                } else {
                    model.shownKinds().remove(kind);
                }
            });
            kinds.getChildren().add(box);
        }
        ListView<TimelineEntry> list = new ListView<>(model.timeline());
        list.setId("resident-timeline");
        list.setPlaceholder(new Label(messages.get("residents.timeline.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label when = new Label(Formats.dateTime(e.at()));
                when.getStyleClass().add("timeline-date");
                Label kind = new Label(messages.get(e.kind().messageKey()));
                kind.getStyleClass().addAll("badge", "timeline-kind", "timeline-" + e.kind().name().toLowerCase());
                Label headline = new Label(ResidentsUi.headline(e, messages));
                headline.getStyleClass().add(e.attention() ? "timeline-attention" : "timeline-headline");
                headline.setWrapText(true);
                HBox head = new HBox(8, when, kind, headline);
                head.setAlignment(Pos.CENTER_LEFT);
                VBox box = new VBox(3, head);
                if (e.text() != null && !e.text().isBlank()) {
                    Label text = new Label(e.text());
                    text.setWrapText(true);
                    text.setMinHeight(Region.USE_PREF_SIZE);
                    box.getChildren().add(text);
                }
                if (e.note() != null) {
                    Label note = new Label(ResidentsUi.note(e, messages));
                    note.getStyleClass().add("hint");
                    note.setWrapText(true);
                    note.setMinHeight(Region.USE_PREF_SIZE);
                    box.getChildren().add(note);
                }
                if (e.author() != null) {
                    Label author = new Label(messages.get("residents.timeline.by", e.author()));
                    author.getStyleClass().add("hint");
                    box.getChildren().add(author);
                }
                box.getStyleClass().add("timeline-entry");
                box.setPrefWidth(0);
                box.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
                box.minWidthProperty().bind(box.maxWidthProperty());
                setGraphic(box);
                setText(null);
            }
        });
        VBox box = new VBox(10, kinds, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getStyleClass().add("tab-body");
        return box;
    }
}

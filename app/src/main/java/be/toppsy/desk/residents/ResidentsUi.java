package be.toppsy.desk.residents;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.record.TimelineEntry;
import be.toppsy.desk.i18n.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/** Small view helpers shared by the screens of this feature. */
public final class ResidentsUi {

    private ResidentsUi() {
    }

    public static Label levelBadge(SupportLevel level, Messages messages) {
        Label badge = new Label(messages.get(level.messageKey()));
        badge.getStyleClass().addAll("badge", level.styleClass());
        return badge;
    }

    public static Label flag(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll("badge", styleClass);
        return label;
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }

    public static TextField textField(String id, StringProperty property, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    public static TextField dateField(String id, StringProperty property, Messages messages) {
        TextField field = textField(id, property, 9);
        field.setPromptText(messages.get("format.date"));
        return field;
    }

    /** A text area that takes at most {@code max} characters (a paste beyond it is cut off, not lost silently). */
    public static TextArea textArea(String id, StringProperty property, int rows, int max) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= max ? change : null));
        area.textProperty().bindBidirectional(property);
        return area;
    }

    /** A combo box showing enum values (or other items) by message key. */
    public static <T> ComboBox<T> choice(String id, List<T> items, Function<T, String> text, String emptyText) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? emptyText : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? emptyText : text.apply(item));
            }
        });
        return box;
    }

    /** Translates the arguments of a timeline headline that are message keys. */
    public static String headline(TimelineEntry e, Messages messages) {
        Object[] args = e.headlineArgs().stream()
                .map(a -> a instanceof TimelineEntry.Key k ? messages.get(k.key()) : a).toArray();
        return messages.get(e.headlineKey(), args);
    }

    /** The entry's note in the user's language; empty when it has none. */
    public static String note(TimelineEntry e, Messages messages) {
        return e.note() == null ? "" : messages.get(e.note().key(), e.note().args().toArray());
    }

    /** Where the action comes from, in the user's language; older actions show their stored text. */
    public static String origin(PlanAction a, Messages messages) {
        if (a.origin() != null) {
            return messages.get(a.origin().messageKey(), a.origin().args().toArray());
        }
        return a.sourceNote() == null ? "" : a.sourceNote();
    }
}

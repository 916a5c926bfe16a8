package be.toppsy.desk.intervision;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Icons;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

/** Small pieces the intervision screens share: level badges, tag chips, combo box texts. */
public final class Ui {

    private Ui() {
    }

    public static Label levelBadge(SupportLevel level, Messages messages) {
        Label badge = new Label(level == null ? messages.get("iv.level.none") : messages.get(level.messageKey()));
        badge.getStyleClass().addAll("badge", level == null ? "iv-level-none" : level.styleClass());
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return badge;
    }

    public static FlowPane tagChips(List<String> tags) {
        FlowPane chips = new FlowPane(4, 4);
        for (String tag : tags) {
            Label chip = new Label("#" + tag);
            chip.getStyleClass().add("iv-tag");
            chips.getChildren().add(chip);
        }
        return chips;
    }

    public static Label iconLabel(String text, String icon, String... styleClasses) {
        Label label = new Label(text, Icons.of(icon, 14));
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        return label;
    }

    public static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    public static Label wrapped(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** Shows items by a text, with "all" (or "none") for null. */
    public static <T> void texts(ComboBox<T> box, Function<T, String> text, String nullText) {
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? nullText : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(cell(text, nullText));
        box.setCellFactory(v -> cell(text, nullText));
    }

    private static <T> ListCell<T> cell(Function<T, String> text, String nullText) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? nullText : text.apply(item));
            }
        };
    }

    public static Node spacer() {
        javafx.scene.layout.Region region = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(region, javafx.scene.layout.Priority.ALWAYS);
        return region;
    }
}

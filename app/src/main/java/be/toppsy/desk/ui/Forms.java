package be.toppsy.desk.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Small builders for forms: a label, the field, and its error message right under it. */
public final class Forms {

    private Forms() {
    }

    /** A label above a field, with the field's error message below it in the danger colour. */
    public static VBox field(String labelText, Node control, ObservableStringValue error) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        Label message = errorLabel(error);
        VBox box = new VBox(4, label, control, message);
        box.getStyleClass().add("form-field");
        return box;
    }

    public static Label errorLabel(ObservableStringValue error) {
        return message(error, "field-error");
    }

    /** A wrapped label that shows the text, and takes no room while the text is empty. */
    public static Label message(ObservableStringValue text, String styleClass) {
        Label message = new Label();
        message.getStyleClass().add(styleClass);
        message.setWrapText(true);
        message.textProperty().bind(text);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /** Adds a labelled row to a two-column grid form. */
    public static void row(GridPane grid, int row, String labelText, Node control, ObservableStringValue error) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        VBox cell = new VBox(4, control);
        if (error != null) {
            cell.getChildren().add(errorLabel(error));
        }
        GridPane.setHgrow(cell, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
    }

    public static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("page-title");
        return label;
    }

    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }
}

package be.toppsy.desk.ui;

import be.toppsy.desk.i18n.Messages;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs owned by the main window, with texts in the user's language. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showException(String title, String message, Throwable error) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(new VBox(6, new Label(messages.get("error.details")), details));
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> ask(String title, String message, String initialValue) {
        TextInputDialog dialog = new TextInputDialog(initialValue == null ? "" : initialValue);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        return dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<char[]> askSecret(String title, String message) {
        javafx.scene.control.Dialog<char[]> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        javafx.scene.control.Label label = new javafx.scene.control.Label(message);
        label.setWrapText(true);
        label.setLabelFor(field);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, label, field));
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == javafx.scene.control.ButtonType.OK && !field.getText().isEmpty()
                ? field.getText().toCharArray() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description,
            List<String> extensions) {
        FileChooser chooser = fileChooser(title, description, extensions);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, List<String> extensions) {
        return Optional.ofNullable(fileChooser(title, description, extensions).showOpenDialog(owner.get()))
                .map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private FileChooser fileChooser(String title, String description, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (!extensions.isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        return alert;
    }
}

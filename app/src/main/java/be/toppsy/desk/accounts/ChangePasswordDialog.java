package be.toppsy.desk.accounts;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Lets users change their own password. When {@code forced} (after an administrator's reset) it
 * cannot be cancelled. Errors show next to the fields and the dialog stays open. The change (key
 * derivation and the database) runs in the background; the dialog closes when it is stored.
 */
public final class ChangePasswordDialog {

    private final AccountService accounts;
    private final Messages messages;
    private final TaskRunner tasks;

    public ChangePasswordDialog(AccountService accounts, Messages messages, TaskRunner tasks) {
        this.accounts = accounts;
        this.messages = messages;
        this.tasks = tasks;
    }

    public boolean show(Window owner, boolean forced) {
        FieldErrors errors = new FieldErrors(messages);
        PasswordField current = new PasswordField();
        current.setId("change-current");
        PasswordField password = new PasswordField();
        password.setId("change-new");
        PasswordField repeat = new PasswordField();
        repeat.setId("change-repeat");
        VBox form = new VBox(8,
                forced ? Forms.hint(messages.get("password.change.forced")) : Forms.hint(""),
                Forms.field(messages.get("password.change.current"), current, errors.of("current")),
                Forms.field(messages.get("password.change.new"), password, errors.of("password")),
                Forms.hint(messages.get("password.rule", PasswordPolicy.MIN_LENGTH)),
                Forms.field(messages.get("password.change.repeat"), repeat, errors.of("repeat")));
        form.setPrefWidth(420);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("password.change.title"));
        dialog.setHeaderText(messages.get("password.change.title"));
        dialog.getDialogPane().setContent(form);
        ButtonType save = new ButtonType(messages.get("action.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(save);
        if (!forced) {
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        } else {
            dialog.getDialogPane().getScene().getWindow().setOnCloseRequest(javafx.event.Event::consume);
        }
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog stays open until the new password is stored, or shows why not.
            event.consume();
            errors.clear();
            char[] typedCurrent = current.getText().toCharArray();
            char[] typedNew = password.getText().toCharArray();
            char[] typedRepeat = repeat.getText().toCharArray();
            saveButton.setDisable(true);
            tasks.run(() -> {
                accounts.changeOwnPassword(typedCurrent, typedNew, typedRepeat);
                return Boolean.TRUE;
            }, done -> {
                dialog.setResult(save);
                dialog.close();
            }, error -> {
                saveButton.setDisable(false);
                if (error instanceof ValidationException invalid) {
                    errors.show(invalid);
                } else {
                    tasks.reportFailure(error);
                }
            });
        });
        javafx.application.Platform.runLater(current::requestFocus);
        return dialog.showAndWait().filter(save::equals).isPresent();
    }
}

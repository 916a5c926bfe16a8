package be.toppsy.desk.accounts;

import be.toppsy.desk.common.FieldErrors;
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
 * cannot be cancelled. Errors show next to the fields and the dialog stays open.
 */
public final class ChangePasswordDialog {

    private final AccountService accounts;
    private final Messages messages;

    public ChangePasswordDialog(AccountService accounts, Messages messages) {
        this.accounts = accounts;
        this.messages = messages;
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
            try {
                accounts.changeOwnPassword(current.getText().toCharArray(), password.getText().toCharArray(),
                        repeat.getText().toCharArray());
            } catch (ValidationException e) {
                errors.show(e);
                event.consume();
            }
        });
        javafx.application.Platform.runLater(current::requestFocus);
        return dialog.showAndWait().filter(save::equals).isPresent();
    }
}

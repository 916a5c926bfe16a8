package be.toppsy.desk.shell;

import be.toppsy.desk.accounts.PasswordPolicy;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.storage.StorageException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every password is lost: the recovery code written down at first run opens the database, and an
 * administrator chooses a new password.
 */
public final class RecoveryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryViewModel.class);

    private final Gate gate;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<User> onDone;
    private final Consumer<StorageException> onProblem;

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final FieldErrors errors;

    public RecoveryViewModel(Gate gate, TaskRunner tasks, Messages messages, Consumer<User> onDone,
            Consumer<StorageException> onProblem) {
        this.gate = gate;
        this.tasks = tasks;
        this.messages = messages;
        this.onDone = onDone;
        this.onProblem = onProblem;
        this.errors = new FieldErrors(messages);
    }

    public void recover() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        message.set("");
        String typedCode = code.get();
        String name = username.get();
        char[] secret = password.get().toCharArray();
        char[] secretAgain = repeat.get().toCharArray();
        busy.set(true);
        tasks.run(() -> gate.recover(typedCode, name, secret, secretAgain), user -> {
            busy.set(false);
            onDone.accept(user);
        }, error -> {
            busy.set(false);
            if (error instanceof ValidationException invalid) {
                errors.show(invalid);
                return;
            }
            StorageException problem = StorageException.findIn(error).orElse(null);
            if (problem != null) {
                onProblem.accept(problem);
                return;
            }
            LOG.error("Recovery failed unexpectedly", error);
            message.set(messages.get("error.unexpected"));
        });
    }

    public String passwordRule() {
        return messages.get("password.rule", PasswordPolicy.MIN_LENGTH);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

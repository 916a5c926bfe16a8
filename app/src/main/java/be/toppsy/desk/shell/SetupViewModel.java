package be.toppsy.desk.shell;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.accounts.PasswordPolicy;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** First run: create the first administrator and, if wanted, load the training demo data. */
public final class SetupViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SetupViewModel.class);

    private final AccountService accounts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Runnable demoLoader;
    private final BiConsumer<User, Boolean> onDone;

    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.NL);
    private final BooleanProperty loadDemoData = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final FieldErrors errors;

    /**
     * @param demoLoader loads every feature's demo data; runs in the background after the administrator is created
     * @param onDone     receives the logged-in administrator and whether demo data was loaded
     */
    public SetupViewModel(AccountService accounts, TaskRunner tasks, Messages messages, Runnable demoLoader,
            BiConsumer<User, Boolean> onDone) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.demoLoader = demoLoader;
        this.onDone = onDone;
        this.errors = new FieldErrors(messages);
    }

    public String passwordRule() {
        return messages.get("password.rule", PasswordPolicy.MIN_LENGTH);
    }

    public void create() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        message.set("");
        char[] secret = password.get().toCharArray();
        char[] secretAgain = repeat.get().toCharArray();
        String name = displayName.get();
        String login = username.get();
        Language lang = language.get();
        boolean demo = loadDemoData.get();
        busy.set(true);
        message.set(messages.get(demo ? "setup.progress.demo" : "setup.progress"));
        tasks.run(() -> {
            accounts.createFirstAdministrator(name, login, secret, secretAgain, lang);
            LoginResult result = accounts.login(login, secret);
            if (!(result instanceof LoginResult.Success success)) {
                throw new IllegalStateException("The new administrator could not log in");
            }
            if (demo) {
                demoLoader.run();
            }
            return success.user();
        }, user -> {
            busy.set(false);
            message.set("");
            onDone.accept(user, demo);
        }, error -> {
            busy.set(false);
            message.set("");
            if (error instanceof ValidationException invalid) {
                errors.show(invalid);
            } else {
                LOG.error("First-run setup failed", error);
                message.set(messages.get("setup.error.unexpected"));
            }
        });
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty displayNameProperty() {
        return displayName;
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

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public BooleanProperty loadDemoDataProperty() {
        return loadDemoData;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

}

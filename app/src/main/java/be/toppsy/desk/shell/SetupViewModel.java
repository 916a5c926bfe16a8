package be.toppsy.desk.shell;

import be.toppsy.desk.accounts.PasswordPolicy;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.storage.StorageException;
import be.toppsy.desk.ui.DialogService;
import java.util.List;
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

/**
 * First run: create the first administrator (which also creates the encrypted database and its
 * key) and, if wanted, load the training demo data. Or, on a new PC, restore a backup instead.
 */
public final class SetupViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SetupViewModel.class);

    private final Gate gate;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final BiConsumer<User, Boolean> onDone;
    private final Runnable afterRestore;
    private final boolean backupsFound;

    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.NL);
    private final BooleanProperty loadDemoData = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** What went wrong (shown as an error), apart from the progress message. */
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final FieldErrors errors;

    /**
     * @param onDone       receives the logged-in administrator and whether demo data was loaded
     * @param afterRestore runs after a backup was put in place instead (the login follows)
     * @param backupsFound the folder holds backups but no database: warn before starting anew
     */
    public SetupViewModel(Gate gate, TaskRunner tasks, Messages messages, DialogService dialogs,
            BiConsumer<User, Boolean> onDone, Runnable afterRestore, boolean backupsFound) {
        this.gate = gate;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.onDone = onDone;
        this.afterRestore = afterRestore;
        this.backupsFound = backupsFound;
        this.errors = new FieldErrors(messages);
    }

    public boolean backupsFound() {
        return backupsFound;
    }

    /** A new PC: put a backup from the old one (on a USB stick) in place, then log in as on the old PC. */
    public void restoreBackup() {
        if (busy.get()) {
            return;
        }
        dialogs.chooseOpenFile(messages.get("setup.restore.title"), messages.get("backup.fileType"), List.of("*.zip"))
                .ifPresent(file -> BackupCredentials.ask(dialogs, messages).ifPresent(credential -> {
                    busy.set(true);
                    problem.set("");
                    message.set(messages.get("setup.restore.progress"));
                    tasks.run(() -> {
                        gate.restoreBeforeLogin(file, null, credential);
                        return file;
                    }, done -> {
                        busy.set(false);
                        message.set("");
                        afterRestore.run();
                    }, error -> {
                        busy.set(false);
                        message.set("");
                        StorageException storage = StorageException.findIn(error).orElse(null);
                        if (storage == null) {
                            LOG.error("Restoring at first run failed", error);
                        }
                        problem.set(storage != null ? messages.get(storage.reason().messageKey(), storage.detail())
                                : messages.get("setup.error.unexpected"));
                    });
                }));
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
        problem.set("");
        char[] secret = password.get().toCharArray();
        char[] secretAgain = repeat.get().toCharArray();
        String name = displayName.get();
        String login = username.get();
        Language lang = language.get();
        boolean demo = loadDemoData.get();
        busy.set(true);
        message.set(messages.get(demo ? "setup.progress.demo" : "setup.progress"));
        tasks.run(() -> {
            User admin = gate.setup(name, login, secret, secretAgain, lang);
            if (demo) {
                gate.opened().demoLoader().run();
            }
            return admin;
        }, user -> {
            busy.set(false);
            message.set("");
            onDone.accept(user, demo);
        }, error -> {
            busy.set(false);
            message.set("");
            if (error instanceof ValidationException invalid) {
                errors.show(invalid);
            } else if (StorageException.findIn(error).isPresent()) {
                StorageException storage = StorageException.findIn(error).get();
                problem.set(messages.get(storage.reason().messageKey(), storage.detail()));
            } else {
                LOG.error("First-run setup failed", error);
                problem.set(messages.get("setup.error.unexpected"));
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

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

}

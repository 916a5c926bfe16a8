package be.toppsy.desk.shell;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The administrator's settings page. */
public final class SettingsViewModel {

    private final ShellSettings settings;
    private final Messages messages;
    private final FieldErrors errors;
    private final StringProperty idleMinutes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final String dataFolder;
    private final TaskRunner tasks;

    public SettingsViewModel(ShellSettings settings, Messages messages, String dataFolder, TaskRunner tasks) {
        this.settings = settings;
        this.messages = messages;
        this.errors = new FieldErrors(messages);
        this.dataFolder = dataFolder;
        this.tasks = tasks;
    }

    /** Reads the current values in the background. */
    public void load() {
        tasks.run(settings::idleLockMinutes, minutes -> idleMinutes.set(String.valueOf(minutes)));
    }

    public void save() {
        errors.clear();
        message.set("");
        int minutes;
        try {
            minutes = Integer.parseInt(idleMinutes.get().trim());
        } catch (NumberFormatException e) {
            errors.set("idleMinutes", "settings.error.idleNumber");
            return;
        }
        tasks.run(() -> {
            settings.setIdleLockMinutes(minutes);
            return minutes;
        }, saved -> message.set(messages.get("settings.saved")), error -> {
            if (error instanceof ValidationException invalid) {
                errors.show(invalid);
            } else {
                tasks.reportFailure(error);
            }
        });
    }

    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String dataFolder() {
        return dataFolder;
    }
}

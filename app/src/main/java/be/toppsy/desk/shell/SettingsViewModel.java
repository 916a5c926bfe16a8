package be.toppsy.desk.shell;

import be.toppsy.desk.common.FieldErrors;
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

    public SettingsViewModel(ShellSettings settings, Messages messages, String dataFolder) {
        this.settings = settings;
        this.messages = messages;
        this.errors = new FieldErrors(messages);
        this.dataFolder = dataFolder;
        idleMinutes.set(String.valueOf(settings.idleLockMinutes()));
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
        try {
            settings.setIdleLockMinutes(minutes);
            message.set(messages.get("settings.saved"));
        } catch (ValidationException e) {
            errors.show(e);
        }
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

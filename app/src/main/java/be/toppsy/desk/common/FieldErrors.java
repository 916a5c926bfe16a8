package be.toppsy.desk.common;

import be.toppsy.desk.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The message shown next to each field of a form. A ViewModel owns one; the View binds an
 * error label to {@link #of(String)}. Clearing errors never touches what the user typed.
 */
public final class FieldErrors {

    private final Messages messages;
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();

    public FieldErrors(Messages messages) {
        this.messages = messages;
    }

    public ReadOnlyStringProperty of(String field) {
        return wrapper(field).getReadOnlyProperty();
    }

    public void set(String field, String messageKey, Object... args) {
        wrapper(field).set(messages.get(messageKey, args));
    }

    public void show(ValidationException e) {
        clear();
        e.errors().forEach((field, error) -> set(field, error.messageKey(), error.args()));
    }

    public void clear() {
        errors.values().forEach(w -> w.set(""));
    }

    public boolean any() {
        return errors.values().stream().anyMatch(w -> w.get() != null && !w.get().isEmpty());
    }

    public String text(String field) {
        String value = wrapper(field).get();
        return value == null ? "" : value;
    }

    private ReadOnlyStringWrapper wrapper(String field) {
        return errors.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(""));
    }
}

package be.toppsy.desk.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule. Maps each field name to a message key (with its arguments) so the
 * screen can show the message next to the field; nothing has been stored.
 */
public class ValidationException extends RuntimeException {

    private final Map<String, FieldError> errors;

    public record FieldError(String messageKey, Object... args) {
    }

    public ValidationException(Map<String, FieldError> errors) {
        super("Invalid input: " + errors.keySet());
        this.errors = Map.copyOf(new LinkedHashMap<>(errors));
    }

    public static ValidationException of(String field, String messageKey, Object... args) {
        return new ValidationException(Map.of(field, new FieldError(messageKey, args)));
    }

    public Map<String, FieldError> errors() {
        return errors;
    }

    /** Collects field errors and throws them together. */
    public static final class Builder {
        private final Map<String, FieldError> errors = new LinkedHashMap<>();

        public Builder add(String field, String messageKey, Object... args) {
            errors.putIfAbsent(field, new FieldError(messageKey, args));
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }
}

package be.toppsy.desk.audit;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The administrator's view of the audit trail, with filters on period, user, action and record. */
public final class AuditViewModel {

    public static final int LIMIT = 1000;

    private final AuditService audit;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FieldErrors errors;
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty actor = new SimpleStringProperty("");
    private final ObjectProperty<String> action = new SimpleObjectProperty<>();
    private final StringProperty entityType = new SimpleStringProperty("");
    private final StringProperty entityId = new SimpleStringProperty("");
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public AuditViewModel(AuditService audit, TaskRunner tasks, Messages messages) {
        this.audit = audit;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new FieldErrors(messages);
    }

    public void search() {
        errors.clear();
        Optional<LocalDate> fromDate = date(from.get(), "from");
        Optional<LocalDate> toDate = date(to.get(), "to");
        if (errors.any()) {
            return;
        }
        AuditFilter filter = new AuditFilter(fromDate.orElse(null), toDate.orElse(null), actor.get(), action.get(),
                entityType.get(), entityId.get(), LIMIT);
        tasks.run(() -> new Found(audit.find(filter), audit.actions()), result -> {
            java.util.List<AuditEvent> found = result.events();
            events.setAll(found);
            String keep = action.get();
            actions.setAll(result.knownActions());
            action.set(keep);
            summary.set(messages.get(found.size() >= LIMIT ? "audit.summary.limited" : "audit.summary", found.size()));
        }, error -> summary.set(messages.get("error.unexpected")));
    }

    /** What a search hands back: the events found and every action name for the filter. */
    private record Found(java.util.List<AuditEvent> events, java.util.List<String> knownActions) {
    }

    public void clearFilters() {
        from.set("");
        to.set("");
        actor.set("");
        action.set(null);
        entityType.set("");
        entityId.set("");
        search();
    }

    private Optional<LocalDate> date(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Formats.parseDate(text);
        if (date.isEmpty()) {
            errors.set(field, "error.date");
        }
        return date;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public ObjectProperty<String> actionProperty() {
        return action;
    }

    public StringProperty entityTypeProperty() {
        return entityType;
    }

    public StringProperty entityIdProperty() {
        return entityId;
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }

    public ObservableList<String> actions() {
        return actions;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }
}

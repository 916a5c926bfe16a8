package be.toppsy.desk.residents.retention;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The administrator's retention page: who left longer ago than the period (codes, dates and counts
 * only), the period itself, and anonymising or deleting one after a confirmation.
 */
public final class RetentionViewModel {

    private final RetentionService retention;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final FieldErrors errors;

    private final ObservableList<RetentionCandidate> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RetentionCandidate> selected = new SimpleObjectProperty<>();
    private final StringProperty months = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public RetentionViewModel(RetentionService retention, TaskRunner tasks, Messages messages,
            DialogService dialogs) {
        this.retention = retention;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.errors = new FieldErrors(messages);
    }

    private record Loaded(int months, List<RetentionCandidate> rows, String before, String message) {
    }

    public void load() {
        run(() -> loaded(""));
    }

    private Loaded loaded(String text) {
        return new Loaded(retention.months(), retention.candidates(), Formats.date(retention.leftBefore()), text);
    }

    public void saveMonths() {
        errors.clear();
        message.set("");
        int number;
        try {
            number = Integer.parseInt(months.get().trim());
        } catch (NumberFormatException e) {
            errors.set("months", "residents.retention.error.months", RetentionService.MIN_MONTHS,
                    RetentionService.MAX_MONTHS);
            return;
        }
        run(() -> {
            retention.setMonths(number);
            return loaded(messages.get("residents.retention.monthsSaved", number));
        });
    }

    public void anonymiseSelected() {
        RetentionCandidate c = selected.get();
        if (c == null || c.anonymised()) {
            return;
        }
        if (!dialogs.confirm(messages.get("residents.retention.anonymise.title"),
                messages.get("residents.retention.anonymise.confirm", c.code()),
                messages.get("residents.retention.anonymise.button"))) {
            return;
        }
        run(() -> {
            retention.anonymise(c.id());
            return loaded(messages.get("residents.retention.anonymised", c.code()));
        });
    }

    public void deleteSelected() {
        RetentionCandidate c = selected.get();
        if (c == null) {
            return;
        }
        if (!dialogs.confirm(messages.get("residents.retention.delete.title"),
                messages.get("residents.retention.delete.confirm", c.code()),
                messages.get("residents.retention.delete.button"))) {
            return;
        }
        run(() -> {
            retention.delete(c.id());
            return loaded(messages.get("residents.retention.deleted", c.code()));
        });
    }

    private void run(Callable<Loaded> work) {
        busy.set(true);
        problem.set("");
        tasks.run(work, done -> {
            busy.set(false);
            months.set(String.valueOf(done.months()));
            rows.setAll(done.rows());
            selected.set(null);
            summary.set(messages.get("residents.retention.summary", done.rows().size(), done.before()));
            message.set(done.message());
        }, error -> {
            busy.set(false);
            if (error instanceof ValidationException v) {
                if (v.errors().containsKey("months")) {
                    errors.show(v);
                } else {
                    v.errors().values().stream().findFirst()
                            .ifPresent(f -> problem.set(messages.get(f.messageKey(), f.args())));
                }
            } else {
                problem.set(messages.get("residents.retention.error.failed"));
            }
        });
    }

    // --- for the table

    public String departure(RetentionCandidate c) {
        return Formats.date(c.departureDate());
    }

    public String state(RetentionCandidate c) {
        return c.anonymised()
                ? messages.get("residents.retention.anonymisedOn", Formats.date(c.anonymisedOn()))
                : messages.get(c.state().messageKey());
    }

    public String counts(RetentionCandidate c) {
        return messages.get("residents.retention.counts", c.observations(), c.planActions(), c.referrals(),
                c.reviews(), c.screenings(), c.medicalNotes());
    }

    public ObservableList<RetentionCandidate> rows() {
        return rows;
    }

    public ObjectProperty<RetentionCandidate> selectedProperty() {
        return selected;
    }

    public StringProperty monthsProperty() {
        return months;
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

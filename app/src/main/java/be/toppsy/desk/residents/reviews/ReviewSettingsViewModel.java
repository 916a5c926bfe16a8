package be.toppsy.desk.residents.reviews;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The follow-up intervals, for administrators and team leads. */
public final class ReviewSettingsViewModel {

    public static final java.util.List<String> FIELDS = java.util.List.of("needsAssessmentDays", "periodicMonths",
            "heightenedDays", "intensiveDays", "referralWaitingDays", "quietDays", "concernDays");

    private final ResidentService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FieldErrors errors;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ReviewSettingsViewModel(ResidentService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new FieldErrors(messages);
        FIELDS.forEach(f -> values.put(f, new SimpleStringProperty("")));
    }

    public void load() {
        tasks.run(service.reviews()::reviewSettings, s -> {
            values.get("needsAssessmentDays").set(String.valueOf(s.needsAssessmentDays()));
            values.get("periodicMonths").set(String.valueOf(s.periodicMonths()));
            values.get("heightenedDays").set(String.valueOf(s.heightenedDays()));
            values.get("intensiveDays").set(String.valueOf(s.intensiveDays()));
            values.get("referralWaitingDays").set(String.valueOf(s.referralWaitingDays()));
            values.get("quietDays").set(String.valueOf(s.quietDays()));
            values.get("concernDays").set(String.valueOf(s.concernDays()));
        }, e -> message.set(messages.get("error.unexpected")));
    }

    public void save() {
        errors.clear();
        message.set("");
        int[] n = new int[FIELDS.size()];
        for (int i = 0; i < FIELDS.size(); i++) {
            String text = values.get(FIELDS.get(i)).get();
            try {
                n[i] = Integer.parseInt(text == null ? "" : text.trim());
            } catch (NumberFormatException e) {
                errors.set(FIELDS.get(i), "residents.error.number");
            }
        }
        if (errors.any()) {
            return;
        }
        ReviewSettings s = new ReviewSettings(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
        tasks.run(() -> {
            service.reviews().saveReviewSettings(s);
            return true;
        }, ok -> message.set(messages.get("residents.settings.saved")), error -> {
            if (error instanceof ValidationException v) {
                errors.show(v);
            } else {
                message.set(messages.get("residents.error.denied"));
            }
        });
    }

    public StringProperty value(String field) {
        return values.get(field);
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

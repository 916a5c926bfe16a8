package be.toppsy.desk.residents.observations;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.common.Delay;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.socialmap.SocialService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Quick entry of an observation: pick a resident by code or name, a category, a text. Date and
 * author are filled in by the service. Suicidal statements or self-harm switch to the crisis panel.
 */
public final class QuickObservationViewModel {

    private final ResidentService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FieldErrors errors;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<ResidentRow> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<ResidentRow> resident = new SimpleObjectProperty<>();
    private final ObjectProperty<ObservationCategory> category = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Concern> concern = new SimpleObjectProperty<>();
    private final BooleanProperty discuss = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper crisis = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<SocialService> crisisContacts = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();
    private final Runnable searchAfterPause;
    /** The colleagues' names for the picker's rows: read with the first search, once per dialog. */
    private Map<Long, String> colleagueNames;

    public QuickObservationViewModel(ResidentService service, TaskRunner tasks, Messages messages) {
        this(service, tasks, messages, Delay.fx());
    }

    /** With the delay that waits for a pause in typing (tests run it by hand). */
    public QuickObservationViewModel(ResidentService service, TaskRunner tasks, Messages messages, Delay delay) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new FieldErrors(messages);
        this.searchAfterPause = delay.debounce(Delay.TYPING_PAUSE, () -> search(query.get()));
        query.addListener((obs, o, q) -> typed(q));
    }

    /** Starts with a resident already chosen (from the resident page). */
    public void preset(ResidentRow row) {
        resident.set(row);
    }

    /** Too short clears the list at once; otherwise the picker searches once typing pauses. */
    private void typed(String q) {
        if (q == null || q.trim().length() < 2) {
            generation.incrementAndGet();
            suggestions.clear();
            return;
        }
        searchAfterPause.run();
    }

    private record Picked(Map<Long, String> colleagueNames, List<ResidentRow> rows) {
    }

    private void search(String q) {
        long mine = generation.incrementAndGet();
        if (q == null || q.trim().length() < 2) {
            suggestions.clear();
            return;
        }
        Map<Long, String> known = colleagueNames;
        tasks.run(() -> {
            Map<Long, String> names = known == null ? service.records().colleagueNames() : known;
            return new Picked(names, service.records().pick(q, 8, names));
        }, picked -> {
            colleagueNames = picked.colleagueNames();
            if (generation.get() == mine) {
                suggestions.setAll(picked.rows());
            }
        }, error -> suggestions.clear());
    }

    public void choose(ResidentRow row) {
        resident.set(row);
        errors.clear();
    }

    public void save() {
        errors.clear();
        message.set("");
        ResidentRow who = resident.get();
        if (who == null && suggestions.size() == 1) {
            who = suggestions.get(0);
            resident.set(who);
        }
        NewObservation o = new NewObservation(who == null ? null : who.id(), category.get(), text.get(),
                concern.get(), discuss.get());
        busy.set(true);
        tasks.run(() -> service.observations().addObservation(o), result -> {
            busy.set(false);
            if (result.crisis()) {
                loadCrisisContacts();
                crisis.set(true);
            }
            saved.set(true);
        }, error -> {
            busy.set(false);
            if (error instanceof ValidationException v) {
                errors.show(v);
            } else if (error instanceof AccessDeniedException) {
                message.set(messages.get("residents.error.denied"));
            } else {
                message.set(messages.get("error.unexpected"));
            }
        });
    }

    private void loadCrisisContacts() {
        tasks.run(service.observations()::crisisContacts, crisisContacts::setAll, error -> crisisContacts.clear());
    }

    /** Shows the crisis panel without saving (the "crisis steps" button). */
    public void showCrisisSteps() {
        loadCrisisContacts();
        crisis.set(true);
    }

    public List<ObservationCategory> categories() {
        return List.of(ObservationCategory.values());
    }

    public List<Concern> concerns() {
        return List.of(Concern.values());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ResidentRow> suggestions() {
        return suggestions;
    }

    public ObjectProperty<ResidentRow> residentProperty() {
        return resident;
    }

    public ObjectProperty<ObservationCategory> categoryProperty() {
        return category;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Concern> concernProperty() {
        return concern;
    }

    public BooleanProperty discussProperty() {
        return discuss;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty crisisProperty() {
        return crisis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<SocialService> crisisContacts() {
        return crisisContacts;
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }
}

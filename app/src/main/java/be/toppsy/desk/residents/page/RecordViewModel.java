package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The record tab (gegevens), also the form for a new resident. Keeps what was typed when a save is refused. */
public final class RecordViewModel {

    private final ResidentPageViewModel page;
    private final ResidentService service;
    private final Messages messages;
    private final FieldErrors recordErrors;
    private final StringProperty givenNames = new SimpleStringProperty("");
    private final StringProperty familyName = new SimpleStringProperty("");
    private final StringProperty birthYear = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.UNKNOWN);
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty arrival = new SimpleStringProperty("");
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final BooleanProperty interpreter = new SimpleBooleanProperty();
    private final BooleanProperty mediator = new SimpleBooleanProperty();
    private final ObjectProperty<User> keyWorker = new SimpleObjectProperty<>();
    private final StringProperty strengths = new SimpleStringProperty("");
    private final StringProperty ownWords = new SimpleStringProperty("");
    private final ObjectProperty<ResidentState> state = new SimpleObjectProperty<>(ResidentState.PRESENT);
    private final StringProperty departure = new SimpleStringProperty("");
    private final BooleanProperty teamDiscussion = new SimpleBooleanProperty();
    private final ObjectProperty<SupportLevel> initialLevel = new SimpleObjectProperty<>(SupportLevel.BASIC);

    RecordViewModel(ResidentPageViewModel page, ResidentService service, Messages messages) {
        this.page = page;
        this.service = service;
        this.messages = messages;
        this.recordErrors = new FieldErrors(messages);
    }

    void fillForm(Resident r) {
        recordErrors.clear();
        givenNames.set(r == null ? "" : r.givenNames());
        familyName.set(r == null || r.familyName() == null ? "" : r.familyName());
        birthYear.set(r == null || r.birthYear() == null ? "" : String.valueOf(r.birthYear()));
        gender.set(r == null ? Gender.UNKNOWN : r.gender());
        unit.set(r == null || r.unit() == null ? "" : r.unit());
        room.set(r == null || r.room() == null ? "" : r.room());
        arrival.set(r == null ? "" : Formats.date(r.arrivalDate()));
        languages.setAll(r == null ? List.of() : r.languages());
        interpreter.set(r != null && r.interpreterNeeded());
        mediator.set(r != null && r.mediatorNeeded());
        keyWorker.set(r == null ? null : page.user(r.keyWorkerId()));
        strengths.set(r == null || r.strengths() == null ? "" : r.strengths());
        ownWords.set(r == null || r.ownWords() == null ? "" : r.ownWords());
        state.set(r == null ? ResidentState.PRESENT : r.state());
        departure.set(r == null ? "" : Formats.date(r.departureDate()));
        teamDiscussion.set(r != null && r.teamDiscussion());
    }

    /** Saves the record form (creates the resident when new). Calls back with the id. */
    public void saveRecord(Consumer<Long> onSaved) {
        recordErrors.clear();
        Integer year = null;
        String yearText = birthYear.get() == null ? "" : birthYear.get().trim();
        if (!yearText.isEmpty()) {
            try {
                year = Integer.parseInt(yearText);
            } catch (NumberFormatException e) {
                recordErrors.set("birthYear", "residents.error.number");
            }
        }
        LocalDate arrivalDate = ResidentPageViewModel.date(recordErrors, "arrivalDate", arrival.get());
        LocalDate departureDate = ResidentPageViewModel.date(recordErrors, "departureDate", departure.get());
        if (recordErrors.any()) {
            return;
        }
        ResidentDraft draft = new ResidentDraft(givenNames.get(), familyName.get(), year, gender.get(), unit.get(),
                room.get(), arrivalDate, List.copyOf(languages), interpreter.get(), mediator.get(),
                keyWorker.get() == null ? null : keyWorker.get().id(), strengths.get(), ownWords.get(), state.get(),
                departureDate, teamDiscussion.get());
        Long id = page.residentId();
        SupportLevel level = initialLevel.get();
        page.run(recordErrors, () -> {
            if (id == null) {
                return service.records().create(draft, level);
            }
            service.records().update(id, draft);
            return id;
        }, saved -> {
            page.saved(saved);
            page.showMessage(messages.get("residents.saved"));
            onSaved.accept(saved);
        });
    }

    public ReadOnlyStringProperty recordError(String field) {
        return recordErrors.of(field);
    }

    public StringProperty givenNamesProperty() {
        return givenNames;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty birthYearProperty() {
        return birthYear;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty arrivalProperty() {
        return arrival;
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public BooleanProperty interpreterProperty() {
        return interpreter;
    }

    public BooleanProperty mediatorProperty() {
        return mediator;
    }

    public ObjectProperty<User> keyWorkerProperty() {
        return keyWorker;
    }

    public StringProperty strengthsProperty() {
        return strengths;
    }

    public StringProperty ownWordsProperty() {
        return ownWords;
    }

    public ObjectProperty<ResidentState> stateProperty() {
        return state;
    }

    public StringProperty departureProperty() {
        return departure;
    }

    public BooleanProperty teamDiscussionProperty() {
        return teamDiscussion;
    }

    public ObjectProperty<SupportLevel> initialLevelProperty() {
        return initialLevel;
    }
}

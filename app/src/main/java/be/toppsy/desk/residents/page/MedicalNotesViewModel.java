package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The medical notes tab, for the medical service only. */
public final class MedicalNotesViewModel {

    private final ResidentPageViewModel page;
    private final ResidentService service;
    private final FieldErrors noteErrors;
    private final StringProperty noteText = new SimpleStringProperty("");

    MedicalNotesViewModel(ResidentPageViewModel page, ResidentService service, Messages messages) {
        this.page = page;
        this.service = service;
        this.noteErrors = new FieldErrors(messages);
    }

    public void addMedicalNote() {
        long id = page.residentId();
        String text = noteText.get();
        page.run(noteErrors, () -> service.medical().addMedicalNote(id, text), newId -> noteText.set(""));
    }

    public ReadOnlyStringProperty noteError(String field) {
        return noteErrors.of(field);
    }

    public StringProperty noteTextProperty() {
        return noteText;
    }
}

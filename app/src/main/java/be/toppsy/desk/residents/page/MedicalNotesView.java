package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.residents.record.MedicalNote;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Navigator;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The medical notes tab (medical service only). */
final class MedicalNotesView {

    private final ResidentPageViewModel page;
    private final MedicalNotesViewModel model;
    private final Messages messages;

    MedicalNotesView(ResidentPageViewModel page, Messages messages) {
        this.page = page;
        this.model = page.medical();
        this.messages = messages;
    }

    Node build(ResidentFile f) {
        ListView<MedicalNote> notes = new ListView<>();
        notes.getItems().setAll(f.medicalNotes());
        notes.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MedicalNote n, boolean empty) {
                super.updateItem(n, empty);
                if (empty || n == null) {
                    setGraphic(null);
                    return;
                }
                Label head = new Label(messages.get("residents.medical.head", Formats.dateTime(n.writtenAt()),
                        n.authorName()));
                head.getStyleClass().add("field-label");
                Label body = new Label(n.body());
                body.setWrapText(true);
                body.setMaxWidth(820);
                setGraphic(new VBox(2, head, body));
            }
        });
        notes.setPrefHeight(260);
        notes.setPlaceholder(new Label(messages.get("residents.medical.empty")));
        Button add = new Button(messages.get("residents.medical.add"));
        add.setId("medical-add");
        add.setOnAction(e -> model.addMedicalNote());
        VBox box = new VBox(10, Forms.hint(messages.get("residents.medical.rule")), notes,
                Forms.field(messages.get("residents.medical.new"), ResidentsUi.textArea("medical-text",
                        model.noteTextProperty(), 3, ResidentService.MAX_TEXT), model.noteError("medicalNote")), add);
        box.getStyleClass().add("tab-body");
        return box;
    }
}

package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.Languages;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Navigator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.CheckComboBox;

/** The record tab (gegevens), and the form for a new resident. */
final class RecordView {

    private final ResidentPageViewModel page;
    private final RecordViewModel model;
    private final Messages messages;

    RecordView(ResidentPageViewModel page, Messages messages) {
        this.page = page;
        this.model = page.record();
        this.messages = messages;
    }

    GridPane recordForm() {
        GridPane grid = new GridPane();
        grid.setId("resident-form");
        grid.setHgap(12);
        grid.setVgap(8);
        boolean editable = page.canEdit();
        int row = 0;
        Forms.row(grid, row++, messages.get("residents.field.givenNames"),
                ResidentsUi.textField("resident-given", model.givenNamesProperty(), 24),
                model.recordError("givenNames"));
        Forms.row(grid, row++, messages.get("residents.field.familyName"),
                ResidentsUi.textField("resident-family", model.familyNameProperty(), 24),
                model.recordError("familyName"));
        Forms.row(grid, row++, messages.get("residents.field.birthYear"),
                ResidentsUi.textField("resident-birth-year", model.birthYearProperty(), 6),
                model.recordError("birthYear"));
        ComboBox<Gender> gender = ResidentsUi.choice("resident-gender", List.of(Gender.values()),
                g -> messages.get(g.messageKey()), "");
        gender.valueProperty().bindBidirectional(model.genderProperty());
        Forms.row(grid, row++, messages.get("residents.field.gender"), gender, null);
        TextField unit = ResidentsUi.textField("resident-unit", model.unitProperty(), 10);
        TextField room = ResidentsUi.textField("resident-room", model.roomProperty(), 6);
        Forms.row(grid, row++, messages.get("residents.field.unitRoom"), new HBox(8, unit, room),
                model.recordError("unit"));
        Forms.row(grid, row++, messages.get("residents.field.arrival"),
                ResidentsUi.dateField("resident-arrival", model.arrivalProperty(), messages),
                model.recordError("arrivalDate"));
        CheckComboBox<String> languages = new CheckComboBox<>();
        languages.setId("resident-languages");
        List<String> all = new ArrayList<>(Languages.ALL);
        model.languages().stream().filter(l -> !all.contains(l)).forEach(all::add);
        languages.getItems().setAll(all);
        model.languages().forEach(l -> languages.getCheckModel().check(l));
        languages.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                model.languages().setAll(languages.getCheckModel().getCheckedItems()));
        languages.setTitle(model.languages().isEmpty() ? messages.get("residents.field.languagesNone") : null);
        Forms.row(grid, row++, messages.get("residents.field.languages"), languages, model.recordError("languages"));
        CheckBox interpreter = new CheckBox(messages.get("residents.field.interpreter"));
        interpreter.setId("resident-interpreter");
        interpreter.selectedProperty().bindBidirectional(model.interpreterProperty());
        CheckBox mediator = new CheckBox(messages.get("residents.field.mediator"));
        mediator.selectedProperty().bindBidirectional(model.mediatorProperty());
        Forms.row(grid, row++, "", new HBox(16, interpreter, mediator), null);
        ComboBox<User> keyWorker = ResidentsUi.choice("resident-key-worker", List.of(), User::displayName,
                messages.get("residents.field.noKeyWorker"));
        Runnable fillUsers = () -> {
            List<User> items = new ArrayList<>();
            items.add(null);
            items.addAll(page.colleagues());
            User keep = model.keyWorkerProperty().get();
            keyWorker.getItems().setAll(items);
            keyWorker.setValue(keep);
        };
        fillUsers.run();
        page.colleagues().addListener((ListChangeListener<User>) c -> fillUsers.run());
        keyWorker.valueProperty().bindBidirectional(model.keyWorkerProperty());
        Forms.row(grid, row++, messages.get("residents.field.keyWorker"), keyWorker, null);
        Forms.row(grid, row++, messages.get("residents.field.strengths"),
                ResidentsUi.textArea("resident-strengths", model.strengthsProperty(), 3, ResidentService.MAX_TEXT),
                model.recordError("strengths"));
        Forms.row(grid, row++, messages.get("residents.field.ownWords"),
                ResidentsUi.textArea("resident-own-words", model.ownWordsProperty(), 3, ResidentService.MAX_TEXT),
                model.recordError("ownWords"));
        ComboBox<ResidentState> state = ResidentsUi.choice("resident-state", List.of(ResidentState.values()),
                s -> messages.get(s.messageKey()), "");
        state.valueProperty().bindBidirectional(model.stateProperty());
        TextField departure = ResidentsUi.dateField("resident-departure", model.departureProperty(), messages);
        Forms.row(grid, row++, messages.get("residents.field.state"), new HBox(8, state,
                new Label(messages.get("residents.field.departure")), departure), model.recordError("departureDate"));
        CheckBox discuss = new CheckBox(messages.get("residents.field.teamDiscussion"));
        discuss.selectedProperty().bindBidirectional(model.teamDiscussionProperty());
        Forms.row(grid, row++, "", discuss, null);
        Forms.row(grid, row, "", Forms.hint(messages.get("residents.field.noEthnicity")), null);
        grid.setDisable(!editable);
        grid.getStyleClass().add("tab-body");
        return grid;
    }

    Node saveRecordButton(Consumer<Long> created) {
        Button save = new Button(messages.get("action.save"));
        save.setId("resident-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.saveRecord(created::accept));
        return save;
    }
}

package be.toppsy.desk.residents.observations;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Navigator;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The small observation dialog (Ctrl+Shift+O from anywhere): resident, category, text. After a
 * crisis observation the same window shows the crisis panel.
 */
public final class QuickObservationView {

    private final QuickObservationViewModel model;
    private final Messages messages;
    private final Navigator navigator;
    private final Runnable close;

    public QuickObservationView(QuickObservationViewModel model, Messages messages, Navigator navigator,
            Runnable close) {
        this.model = model;
        this.messages = messages;
        this.navigator = navigator;
        this.close = close;
    }

    /** Opens the dialog over the given window. */
    public static void show(Window owner, QuickObservationViewModel model, Messages messages, Navigator navigator,
            Runnable onSaved) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(messages.get("residents.quick.title"));
        QuickObservationView view = new QuickObservationView(model, messages, navigator, stage::close);
        Scene scene = new Scene(view.build(), 560, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        model.savedProperty().addListener((obs, o, saved) -> {
            if (saved && onSaved != null) {
                onSaved.run();
            }
        });
        if (owner != null && owner.getScene() != null) {
            Scene main = owner.getScene();
            // Typing here is activity for the main window's idle lock...
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (main.getRoot() != null) {
                    javafx.event.Event.fireEvent(main.getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                            KeyCode.UNDEFINED, false, false, false, false));
                }
            });
            // ...and when the main window locks anyway, this window (with a resident's name) closes too.
            javafx.beans.value.ChangeListener<javafx.scene.Parent> locked = (obs, o, n) -> stage.close();
            main.rootProperty().addListener(locked);
            stage.setOnHidden(e -> main.rootProperty().removeListener(locked));
        }
        stage.setScene(scene);
        stage.show();
    }

    public Parent build() {
        StackPane root = new StackPane();
        root.getStyleClass().add("quick-observation");
        root.getChildren().setAll(form());
        model.crisisProperty().addListener((obs, o, crisis) -> {
            if (crisis) {
                root.getChildren().setAll(CrisisPanel.build(messages, model.crisisContacts(),
                        model.savedProperty(), navigator, close));
            }
        });
        model.savedProperty().addListener((obs, o, saved) -> {
            if (saved && !model.crisisProperty().get()) {
                close.run();
            }
        });
        return root;
    }

    private Parent form() {
        TextField search = new TextField();
        search.setId("quick-resident");
        search.setPromptText(messages.get("residents.quick.residentPrompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        ListView<ResidentRow> matches = new ListView<>(model.suggestions());
        matches.setId("quick-resident-matches");
        matches.setPrefHeight(120);
        matches.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ResidentRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : messages.get("residents.quick.match", row.code(),
                        row.name() == null ? "" : row.name(), row.unit() == null ? "–" : row.unit(),
                        row.room() == null ? "–" : row.room()));
            }
        });
        Label placeholder = new Label(messages.get("residents.quick.noMatch"));
        placeholder.getStyleClass().add("hint");
        matches.setPlaceholder(placeholder);
        matches.visibleProperty().bind(model.residentProperty().isNull());
        matches.managedProperty().bind(matches.visibleProperty());
        matches.setOnMouseClicked(e -> {
            ResidentRow row = matches.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.choose(row);
            }
        });
        matches.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && matches.getSelectionModel().getSelectedItem() != null) {
                model.choose(matches.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !model.suggestions().isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
            }
        });
        Label chosen = new Label();
        chosen.setId("quick-resident-chosen");
        chosen.getStyleClass().add("quick-chosen");
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ResidentRow r = model.residentProperty().get();
            return r == null ? "" : r.name() == null ? r.code() : messages.get("residents.quick.chosen", r.code(),
                    r.name());
        }, model.residentProperty()));
        Button change = new Button(messages.get("residents.quick.change"));
        change.setId("quick-resident-change");
        change.setOnAction(e -> {
            model.residentProperty().set(null);
            search.requestFocus();
        });
        HBox chosenRow = new HBox(10, Icons.of("mdi2a-account", 16), chosen, change);
        chosenRow.setAlignment(Pos.CENTER_LEFT);
        chosenRow.visibleProperty().bind(model.residentProperty().isNotNull());
        chosenRow.managedProperty().bind(chosenRow.visibleProperty());
        search.visibleProperty().bind(model.residentProperty().isNull());
        search.managedProperty().bind(search.visibleProperty());

        ComboBox<ObservationCategory> category = ResidentsUi.choice("quick-category", model.categories(),
                c -> messages.get(c.messageKey()), messages.get("residents.quick.categoryPrompt"));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.setMaxWidth(Double.MAX_VALUE);
        TextArea text = ResidentsUi.textArea("quick-text", model.textProperty(), 5, ResidentService.MAX_OBSERVATION);
        text.setPromptText(messages.get("residents.quick.textPrompt"));

        ComboBox<Concern> concern = ResidentsUi.choice("quick-concern", model.concerns(),
                c -> messages.get(c.messageKey()), messages.get("residents.quick.concernAuto"));
        concern.valueProperty().bindBidirectional(model.concernProperty());
        CheckBox discuss = new CheckBox(messages.get("residents.quick.discuss"));
        discuss.setId("quick-discuss");
        discuss.selectedProperty().bindBidirectional(model.discussProperty());
        HBox extra = new HBox(12, new Label(messages.get("residents.quick.concern")), concern, discuss);
        extra.setAlignment(Pos.CENTER_LEFT);

        Label hint = Forms.hint(messages.get("residents.quick.hint"));
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        Button crisisSteps = new Button(messages.get("residents.quick.crisisSteps"), Icons.of("mdi2a-alert", 16));
        crisisSteps.setId("quick-crisis-steps");
        crisisSteps.getStyleClass().add("crisis-button");
        crisisSteps.setOnAction(e -> model.showCrisisSteps());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Button save = new Button(messages.get("action.save"));
        save.setId("quick-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        HBox buttons = new HBox(10, crisisSteps, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(10,
                Forms.title(messages.get("residents.quick.title")),
                Forms.field(messages.get("residents.quick.resident"), new VBox(6, search, matches, chosenRow),
                        model.errorOf("resident")),
                Forms.field(messages.get("residents.quick.category"), category, model.errorOf("category")),
                Forms.field(messages.get("residents.quick.text"), text, model.errorOf("body")),
                extra, hint, message, buttons);
        VBox.setVgrow(text, Priority.ALWAYS);
        box.getStyleClass().add("page");
        Platform.runLater(() -> {
            if (model.residentProperty().get() == null) {
                search.requestFocus();
            } else {
                category.requestFocus();
            }
        });
        return box;
    }
}

package be.toppsy.desk.intervision.methods;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.Ui;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The methods: a list on the left, the selected method's phases in an editor on the right. */
public final class MethodsView {

    private final MethodsViewModel model;
    private final Messages messages;

    public MethodsView(MethodsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build(Long selectId) {
        ListView<Method> list = new ListView<>(model.methods());
        list.setId("iv-methods-list");
        list.setPrefWidth(330);
        list.setMinWidth(280);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Method m, boolean empty) {
                super.updateItem(m, empty);
                if (empty || m == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = Ui.wrapped(m.name(), "iv-card-title");
                Label info = Ui.wrapped(messages.get("iv.methods.listInfo", m.phases().size(), m.totalMinutes(),
                        m.version()), "hint");
                VBox box = new VBox(2, name, info);
                if (model.isDefault(m)) {
                    Label badge = new Label(messages.get("iv.methods.default"));
                    badge.getStyleClass().addAll("badge", "iv-default");
                    box.getChildren().add(badge);
                }
                if (m.template()) {
                    Label badge = new Label(messages.get("iv.methods.template"));
                    badge.getStyleClass().addAll("badge", "iv-template");
                    box.getChildren().add(badge);
                }
                name.setMaxWidth(290);
                name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                setGraphic(box);
                setText(null);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            if (m != null && m != model.selectedProperty().get()) {
                model.select(m);
            }
        });
        model.selectedProperty().addListener((o, a, m) -> {
            if (m != null) {
                list.getSelectionModel().select(m);
            } else {
                list.getSelectionModel().clearSelection();
            }
        });
        Button create = new Button(messages.get("iv.methods.new"), Icons.of("mdi2p-plus", 16));
        create.setId("iv-method-new");
        create.setOnAction(e -> model.startNew());
        create.visibleProperty().bind(model.mayManageProperty());
        create.managedProperty().bind(create.visibleProperty());
        VBox left = new VBox(8, list, create);
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox page = new VBox(12, Forms.title(messages.get("iv.methods.title")),
                Forms.hint(messages.get("iv.methods.intro")), new HBox(20, left, editor()));
        page.getStyleClass().addAll("page", "iv-page");
        model.load(selectId);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node editor() {
        BooleanBinding readOnly = model.mayManageProperty().not();
        TextField name = new TextField();
        name.setId("iv-method-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.editableProperty().bind(readOnly.not());
        TextArea description = new TextArea();
        description.setId("iv-method-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        description.editableProperty().bind(readOnly.not());
        Label version = new Label();
        version.setId("iv-method-version");
        version.getStyleClass().add("hint");
        version.setWrapText(true);
        version.textProperty().bind(model.versionTextProperty());
        Label template = Ui.iconLabel(messages.get("iv.methods.templateHint"), "mdi2p-pencil-ruler", "iv-template-hint");
        template.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                && model.selectedProperty().get().template(), model.selectedProperty()));
        template.managedProperty().bind(template.visibleProperty());

        VBox phases = new VBox(10);
        phases.setId("iv-method-phases");
        Label total = new Label();
        total.getStyleClass().add("hint");
        Runnable fill = () -> {
            phases.getChildren().clear();
            for (int i = 0; i < model.phases().size(); i++) {
                phases.getChildren().add(phase(i, model.phases().get(i), readOnly));
            }
            total.setText(messages.get("iv.methods.total", model.phases().size(), model.totalMinutes()));
        };
        model.phases().addListener((ListChangeListener<MethodsViewModel.PhaseRow>) c -> fill.run());
        model.mayManageProperty().addListener((o, a, b) -> fill.run());
        fill.run();

        Button addPhase = new Button(messages.get("iv.methods.addPhase"), Icons.of("mdi2p-plus", 14));
        addPhase.setId("iv-method-add-phase");
        addPhase.setOnAction(e -> model.addPhase());
        Button save = new Button(messages.get("action.save"), Icons.of("mdi2c-content-save-outline", 16));
        save.setId("iv-method-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            model.save();
            total.setText(messages.get("iv.methods.total", model.phases().size(), model.totalMinutes()));
        });
        Button copy = new Button(messages.get("iv.methods.copy"), Icons.of("mdi2c-content-copy", 14));
        copy.setId("iv-method-copy");
        copy.setOnAction(e -> model.copy());
        copy.disableProperty().bind(model.selectedProperty().isNull());
        Button makeDefault = new Button(messages.get("iv.methods.makeDefault"));
        makeDefault.setId("iv-method-default");
        makeDefault.setOnAction(e -> model.makeDefault());
        makeDefault.disableProperty().bind(model.selectedProperty().isNull());
        Button archive = new Button(messages.get("iv.methods.archive"));
        archive.getStyleClass().add("danger");
        archive.setOnAction(e -> model.archive());
        archive.disableProperty().bind(model.selectedProperty().isNull());
        HBox buttons = new HBox(8, save, copy, makeDefault, archive, addPhase);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Node n : buttons.getChildren()) {
            n.visibleProperty().bind(model.mayManageProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        Label message = new Label();
        message.setId("iv-method-message");
        message.setWrapText(true);
        message.getStyleClass().add("iv-message");
        message.textProperty().bind(model.messageProperty());
        Label readOnlyHint = Forms.hint(messages.get("iv.methods.readOnly"));
        readOnlyHint.visibleProperty().bind(readOnly);
        readOnlyHint.managedProperty().bind(readOnlyHint.visibleProperty());

        VBox editor = new VBox(10, readOnlyHint, template,
                Forms.field(messages.get("iv.methods.name"), name, model.errorOf("name")),
                Forms.field(messages.get("iv.methods.description"), description, model.errorOf("description")),
                version, Ui.section(messages.get("iv.methods.phases")), total, Forms.errorLabel(model.errorOf("phases")),
                phases, buttons, message);
        HBox.setHgrow(editor, Priority.ALWAYS);
        return editor;
    }

    private Node phase(int index, MethodsViewModel.PhaseRow row, BooleanBinding readOnly) {
        String prefix = "phase" + (index + 1) + ".";
        Label number = new Label(String.valueOf(index + 1));
        number.getStyleClass().add("iv-phase-number");
        TextField name = new TextField();
        name.setId("iv-phase-name-" + (index + 1));
        name.textProperty().bindBidirectional(row.nameProperty());
        name.editableProperty().bind(readOnly.not());
        TextField minutes = new TextField();
        minutes.setId("iv-phase-minutes-" + (index + 1));
        minutes.setPrefColumnCount(4);
        minutes.textProperty().bindBidirectional(row.minutesProperty());
        minutes.editableProperty().bind(readOnly.not());
        ComboBox<Speaker> speaker = new ComboBox<>();
        speaker.getItems().setAll(Speaker.values());
        Ui.texts(speaker, s -> messages.get(s.messageKey()), "");
        speaker.valueProperty().bindBidirectional(row.speakerProperty());
        speaker.disableProperty().bind(readOnly);
        ComboBox<Produces> produces = new ComboBox<>();
        produces.getItems().setAll(Produces.values());
        Ui.texts(produces, p -> messages.get(p.messageKey()), "");
        produces.valueProperty().bindBidirectional(row.producesProperty());
        produces.disableProperty().bind(readOnly);
        CheckBox listens = new CheckBox(messages.get("iv.methods.listens"));
        listens.selectedProperty().bindBidirectional(row.listensProperty());
        listens.disableProperty().bind(readOnly);
        TextArea instruction = new TextArea();
        instruction.setId("iv-phase-instruction-" + (index + 1));
        instruction.setWrapText(true);
        instruction.setPrefRowCount(2);
        instruction.textProperty().bindBidirectional(row.instructionProperty());
        instruction.editableProperty().bind(readOnly.not());

        Button up = new Button(null, Icons.of("mdi2a-arrow-up", 14));
        up.getStyleClass().add("flat");
        up.setAccessibleText(messages.get("iv.methods.up"));
        up.setOnAction(e -> model.moveUp(row));
        Button down = new Button(null, Icons.of("mdi2a-arrow-down", 14));
        down.getStyleClass().add("flat");
        down.setAccessibleText(messages.get("iv.methods.down"));
        down.setOnAction(e -> model.moveDown(row));
        Button remove = new Button(null, Icons.of("mdi2d-delete-outline", 14));
        remove.getStyleClass().addAll("flat", "danger");
        remove.setAccessibleText(messages.get("iv.methods.removePhase"));
        remove.setOnAction(e -> model.removePhase(row));
        HBox tools = new HBox(2, up, down, remove);
        for (Node n : tools.getChildren()) {
            n.visibleProperty().bind(readOnly.not());
        }

        VBox nameField = Forms.field(messages.get("iv.methods.phaseName"), name, model.errorOf(prefix + "name"));
        HBox.setHgrow(nameField, Priority.ALWAYS);
        HBox first = new HBox(8, number, nameField, tools);
        first.setAlignment(Pos.TOP_LEFT);
        HBox second = new HBox(12,
                Forms.field(messages.get("iv.methods.minutes"), minutes, model.errorOf(prefix + "minutes")),
                Forms.field(messages.get("iv.methods.speaker"), speaker, model.errorOf(prefix + "speaker")),
                Forms.field(messages.get("iv.methods.produces"), produces, model.errorOf(prefix + "produces")),
                listens);
        second.setAlignment(Pos.CENTER_LEFT);
        second.getStyleClass().add("iv-phase-settings");
        VBox box = new VBox(6, first, second,
                Forms.field(messages.get("iv.methods.instruction"), instruction, model.errorOf(prefix + "instruction")));
        box.getStyleClass().add("iv-phase");
        return box;
    }
}

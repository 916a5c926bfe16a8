package be.toppsy.desk.intervision.sessions;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.Pages;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.Ui;
import be.toppsy.desk.intervision.board.IntervisionCase;
import be.toppsy.desk.intervision.methods.Method;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The form to plan a session. */
public final class SessionEditorView {

    private final SessionEditorViewModel model;
    private final Messages messages;
    private final Pages pages;

    public SessionEditorView(SessionEditorViewModel model, Messages messages, Pages pages) {
        this.model = model;
        this.messages = messages;
        this.pages = pages;
    }

    public Parent build(Long sessionId) {
        Button back = new Button(messages.get("iv.nav.backToSessions"), Icons.of("mdi2a-arrow-left", 16));
        back.getStyleClass().add("flat");
        back.setOnAction(e -> pages.sessions());
        Label heading = Forms.title("");
        heading.textProperty().bind(model.headingProperty());

        TextField date = new TextField();
        date.setId("iv-session-date");
        date.setPromptText(messages.get("format.date"));
        date.setPrefColumnCount(10);
        date.textProperty().bindBidirectional(model.dateProperty());
        ComboBox<String> team = new ComboBox<>(model.teams());
        team.setId("iv-session-team");
        team.setEditable(true);
        team.setPromptText(messages.get("iv.session.team.prompt"));
        team.getEditor().textProperty().bindBidirectional(model.teamProperty());
        ComboBox<Person> facilitator = people("iv-session-facilitator");
        facilitator.valueProperty().bindBidirectional(model.facilitatorProperty());
        ComboBox<Person> noteTaker = people("iv-session-notetaker");
        noteTaker.valueProperty().bindBidirectional(model.noteTakerProperty());
        Button noNoteTaker = new Button(messages.get("iv.session.noteTaker.none"));
        noNoteTaker.getStyleClass().add("flat");
        noNoteTaker.setOnAction(e -> model.noteTakerProperty().set(null));
        TextField external = new TextField();
        external.setId("iv-session-external");
        external.setPromptText(messages.get("iv.session.external.prompt"));
        external.textProperty().bindBidirectional(model.externalProperty());
        ComboBox<Method> method = new ComboBox<>(model.methods());
        method.setId("iv-session-method");
        Ui.texts(method, m -> messages.get("iv.session.methodVersion", m.name(), m.version(), m.totalMinutes()), "");
        method.valueProperty().bindBidirectional(model.methodProperty());

        FlowPane participants = new FlowPane(12, 6);
        participants.setId("iv-session-participants");
        Runnable fillPeople = () -> participants.getChildren().setAll(model.staff().stream().map(p -> {
            CheckBox box = new CheckBox(p.name());
            box.setId("iv-participant-" + p.id());
            box.selectedProperty().bindBidirectional(model.participant(p.id()));
            return (Node) box;
        }).toList());
        model.staff().addListener((ListChangeListener<Person>) c -> fillPeople.run());
        fillPeople.run();
        Button all = new Button(messages.get("iv.session.participants.all"));
        all.getStyleClass().add("flat");
        all.setOnAction(e -> model.everyone(true));

        VBox agenda = new VBox(6);
        agenda.setId("iv-session-agenda");
        ComboBox<IntervisionCase> available = new ComboBox<>(model.available());
        available.setId("iv-session-available");
        available.setPromptText(messages.get("iv.session.agenda.add"));
        Ui.texts(available, c -> c.title() + " (" + c.presenter().name() + ")", "");
        available.setMaxWidth(Double.MAX_VALUE);
        Button add = new Button(messages.get("iv.session.agenda.addButton"), Icons.of("mdi2p-plus", 14));
        add.setId("iv-session-agenda-add");
        add.setOnAction(e -> {
            model.addToAgenda(available.getValue());
            available.setValue(null);
        });
        Runnable fillAgenda = () -> {
            agenda.getChildren().clear();
            int i = 1;
            for (IntervisionCase c : model.agenda()) {
                Label label = Ui.wrapped(i++ + ". " + c.title() + " (" + c.presenter().name() + ")");
                Button up = new Button(null, Icons.of("mdi2a-arrow-up", 14));
                up.getStyleClass().add("flat");
                up.setAccessibleText(messages.get("iv.session.agenda.up"));
                up.setOnAction(e -> model.moveUp(c));
                Button remove = new Button(null, Icons.of("mdi2c-close", 14));
                remove.getStyleClass().add("flat");
                remove.setAccessibleText(messages.get("iv.session.agenda.remove"));
                remove.setOnAction(e -> model.removeFromAgenda(c));
                HBox row = new HBox(6, label, Ui.spacer(), up, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                agenda.getChildren().add(row);
            }
            if (model.agenda().isEmpty()) {
                agenda.getChildren().add(Forms.hint(messages.get("iv.session.agenda.empty")));
            }
        };
        model.agenda().addListener((ListChangeListener<IntervisionCase>) c -> fillAgenda.run());
        fillAgenda.run();
        HBox addRow = new HBox(6, available, add);
        HBox.setHgrow(available, Priority.ALWAYS);

        Button save = new Button(messages.get("action.save"), Icons.of("mdi2c-content-save-outline", 16));
        save.setId("iv-session-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.setId("iv-session-message");
        message.getStyleClass().add("iv-message");
        message.textProperty().bind(model.messageProperty());

        HBox noteRow = new HBox(6, noteTaker, noNoteTaker);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        HBox top = new HBox(16, Forms.field(messages.get("iv.session.date"), date, model.errorOf("heldOn")),
                Forms.field(messages.get("iv.session.team"), team, model.errorOf("team")),
                Forms.field(messages.get("iv.session.method"), method, model.errorOf("method")));
        HBox roles = new HBox(16, Forms.field(messages.get("iv.session.facilitator"), facilitator,
                model.errorOf("facilitator")), Forms.field(messages.get("iv.session.noteTaker"), noteRow,
                model.errorOf("noteTaker")));
        VBox externalBox = Forms.field(messages.get("iv.session.external"), external, model.errorOf("external"));
        externalBox.getChildren().add(Forms.hint(messages.get("iv.session.external.hint")));
        VBox form = new VBox(12, new HBox(12, back, heading), top, roles,
                Forms.field(messages.get("iv.session.participants"), new VBox(6, participants, all),
                        model.errorOf("participants")),
                externalBox,
                Forms.field(messages.get("iv.sessions.agenda"), new VBox(6, agenda, addRow), model.errorOf("agenda")),
                new HBox(12, save, message));
        form.getStyleClass().addAll("page", "iv-page");
        form.setMaxWidth(900);
        model.setOnSaved(pages::openSession);
        model.load(sessionId);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private ComboBox<Person> people(String id) {
        ComboBox<Person> box = new ComboBox<>(model.staff());
        box.setId(id);
        box.setPromptText(messages.get("iv.session.choosePerson"));
        Ui.texts(box, Person::name, "");
        return box;
    }
}

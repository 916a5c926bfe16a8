package be.toppsy.desk.intervision.sessions;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.Pages;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.SessionState;
import be.toppsy.desk.intervision.Ui;
import be.toppsy.desk.intervision.board.ActionPointRow;
import be.toppsy.desk.intervision.board.CaseMaterial;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The list of sessions, and one session's page (agenda, or notes, conclusions and action points once run). */
public final class SessionsView {

    private final SessionsViewModel model;
    private final Messages messages;
    private final Pages pages;
    private final DialogService dialogs;

    public SessionsView(SessionsViewModel model, Messages messages, Pages pages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.pages = pages;
        this.dialogs = dialogs;
    }

    public Parent buildList() {
        Button create = new Button(messages.get("iv.sessions.new"), Icons.of("mdi2p-plus", 16));
        create.setId("iv-session-new");
        create.getStyleClass().add("accent");
        create.visibleProperty().bind(model.mayManageProperty());
        create.managedProperty().bind(create.visibleProperty());
        create.setOnAction(e -> pages.editSession(null));
        HBox header = new HBox(12, Forms.title(messages.get("iv.sessions.title")), Ui.spacer(), create);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox upcoming = new VBox(8);
        upcoming.setId("iv-sessions-upcoming");
        VBox past = new VBox(8);
        past.setId("iv-sessions-past");
        Runnable fill = () -> {
            upcoming.getChildren().setAll(model.upcoming().stream().map(this::row).toList());
            if (model.upcoming().isEmpty()) {
                upcoming.getChildren().add(Forms.hint(messages.get("iv.sessions.noneUpcoming")));
            }
            past.getChildren().setAll(model.past().stream().map(this::row).toList());
            if (model.past().isEmpty()) {
                past.getChildren().add(Forms.hint(messages.get("iv.sessions.nonePast")));
            }
        };
        model.upcoming().addListener((ListChangeListener<IntervisionSession>) c -> fill.run());
        model.past().addListener((ListChangeListener<IntervisionSession>) c -> fill.run());
        fill.run();
        Label message = messageLabel();

        VBox page = new VBox(12, header, Forms.hint(messages.get("iv.sessions.intro")), message,
                Ui.section(messages.get("iv.sessions.upcoming")), upcoming,
                Ui.section(messages.get("iv.sessions.past")), past);
        page.getStyleClass().addAll("page", "iv-page");
        model.load();
        return scroll(page);
    }

    private Node row(IntervisionSession s) {
        Label when = new Label(messages.get("iv.sessions.when", Formats.date(s.heldOn()), s.team()));
        when.getStyleClass().add("iv-card-title");
        Label state = new Label(messages.get(s.state().messageKey()));
        state.getStyleClass().addAll("badge", "iv-session-" + s.state().name().toLowerCase(java.util.Locale.ROOT));
        Label details = Ui.wrapped(messages.get("iv.sessions.details", s.methodName(), s.methodVersion(),
                s.facilitator() == null ? "—" : s.facilitator().name(), s.agenda().size()), "hint");
        Label cases = Ui.wrapped(s.agenda().stream().map(AgendaItem::title).collect(Collectors.joining(" · ")),
                "iv-card-line");
        VBox text = new VBox(4, new HBox(8, when, state), details, cases);
        if (s.hasExternalIntervisor()) {
            text.getChildren().add(Ui.iconLabel(messages.get("iv.sessions.external", s.externalIntervisor()),
                    "mdi2s-shield-account-outline", "hint"));
        }
        HBox buttons = new HBox(6);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        if (s.state() != SessionState.DONE && model.mayRun(s)) {
            Button run = new Button(messages.get(s.state() == SessionState.RUNNING ? "iv.sessions.resume"
                    : "iv.sessions.run"), Icons.of("mdi2p-play-circle-outline", 16));
            run.setId("iv-session-run-" + s.id());
            run.getStyleClass().add("accent");
            run.setOnAction(e -> pages.run(s.id()));
            buttons.getChildren().add(run);
        }
        Button open = new Button(messages.get("action.open"));
        open.setId("iv-session-open-" + s.id());
        open.setOnAction(e -> pages.openSession(s.id()));
        buttons.getChildren().add(open);
        HBox row = new HBox(12, text, Ui.spacer(), buttons);
        row.getStyleClass().add("iv-row");
        return row;
    }

    public Parent buildSession(long sessionId) {
        Button back = new Button(messages.get("iv.nav.backToSessions"), Icons.of("mdi2a-arrow-left", 16));
        back.getStyleClass().add("flat");
        back.setOnAction(e -> pages.sessions());
        VBox body = new VBox(12);
        VBox page = new VBox(12, back, messageLabel(), body);
        page.getStyleClass().addAll("page", "iv-page");
        model.materialProperty().addListener((o, a, m) -> {
            if (m != null && m.session().id() == sessionId) {
                body.getChildren().setAll(session(m));
            }
        });
        model.open(sessionId);
        return scroll(page);
    }

    private List<Node> session(SessionMaterial m) {
        IntervisionSession s = m.session();
        Label title = Forms.title(messages.get("iv.sessions.when", Formats.date(s.heldOn()), s.team()));
        Label state = new Label(messages.get(s.state().messageKey()));
        state.getStyleClass().addAll("badge", "iv-session-" + s.state().name().toLowerCase(java.util.Locale.ROOT));
        HBox buttons = new HBox(8);
        if (s.state() != SessionState.DONE && m.mayRun()) {
            Button run = new Button(messages.get(s.state() == SessionState.RUNNING ? "iv.sessions.resume"
                    : "iv.sessions.run"), Icons.of("mdi2p-play-circle-outline", 16));
            run.setId("iv-session-run");
            run.getStyleClass().add("accent");
            run.setOnAction(e -> pages.run(s.id()));
            buttons.getChildren().add(run);
        }
        if (s.state() == SessionState.PLANNED && model.mayManageProperty().get()) {
            Button edit = new Button(messages.get("iv.sessions.edit"), Icons.of("mdi2p-pencil-outline", 16));
            edit.setId("iv-session-edit");
            edit.setOnAction(e -> pages.editSession(s.id()));
            Button cancel = new Button(messages.get("iv.sessions.cancel"));
            cancel.getStyleClass().add("danger");
            cancel.setOnAction(e -> {
                if (dialogs.confirm(messages.get("iv.sessions.cancel"), messages.get("iv.sessions.cancelConfirm"),
                        messages.get("iv.sessions.cancel"))) {
                    model.cancel(s.id(), pages::sessions);
                }
            });
            buttons.getChildren().addAll(edit, cancel);
        }
        if (pages.reportAvailable()) {
            Button pdf = new Button(messages.get("iv.export.reportButton"), Icons.of("mdi2f-file-pdf-box", 16));
            pdf.setId("iv-session-report");
            pdf.setOnAction(e -> pages.report(s.id()));
            buttons.getChildren().add(pdf);
        }
        HBox header = new HBox(12, title, state, Ui.spacer(), buttons);
        header.setAlignment(Pos.CENTER_LEFT);

        GridPane info = new GridPane();
        info.setHgap(12);
        info.setVgap(6);
        int row = 0;
        row = info(info, row, "iv.session.facilitator", s.facilitator() == null ? "—" : s.facilitator().name());
        row = info(info, row, "iv.session.noteTaker", s.noteTaker() == null ? "—" : s.noteTaker().name());
        row = info(info, row, "iv.session.participants",
                s.participants().stream().map(Person::name).collect(Collectors.joining(", ")));
        row = info(info, row, "iv.session.method", messages.get("iv.session.methodVersion", m.method().name(),
                m.method().version(), m.method().totalMinutes()));
        if (s.hasExternalIntervisor()) {
            info(info, row, "iv.session.external", messages.get("iv.session.externalInfo", s.externalIntervisor()));
        }

        List<Node> nodes = new java.util.ArrayList<>(List.of(header, info));
        List<PhaseNote> sessionNotes = model.notesFor(null);
        if (!sessionNotes.isEmpty()) {
            nodes.add(Ui.section(messages.get("iv.sessions.sessionNotes")));
            sessionNotes.forEach(n -> nodes.add(note(n)));
        }
        nodes.add(Ui.section(messages.get("iv.sessions.agenda")));
        for (CaseMaterial c : m.cases()) {
            VBox box = new VBox(6);
            box.getStyleClass().add("iv-row");
            Button open = new Button(messages.get("action.open"));
            open.getStyleClass().add("flat");
            open.setOnAction(e -> pages.openCase(c.caseId()));
            Label caseTitle = Ui.wrapped(c.title(), "iv-card-title");
            HBox top = new HBox(8, Ui.levelBadge(c.level(), messages), caseTitle, Ui.spacer(), open);
            top.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(top, Ui.wrapped(messages.get("iv.card.presenter", c.presenter().name()), "hint"),
                    Ui.wrapped(messages.get("iv.sessions.question", c.question()), "iv-quote"));
            AgendaItem item = s.agenda().stream().filter(a -> a.caseId() == c.caseId()).findFirst().orElse(null);
            if (item != null && !item.conclusion().isBlank()) {
                box.getChildren().add(Ui.wrapped(messages.get("iv.case.conclusion", item.conclusion()), "field-label"));
            }
            model.notesFor(c.caseId()).forEach(n -> box.getChildren().add(note(n)));
            m.actionPoints().stream().filter(p -> p.caseId() == c.caseId())
                    .forEach(p -> box.getChildren().add(ActionPointRow.build(p, messages, model.today(), null)));
            nodes.add(box);
        }
        if (m.cases().isEmpty()) {
            nodes.add(Forms.hint(messages.get("iv.sessions.noCases")));
        }
        return nodes;
    }

    private Node note(PhaseNote n) {
        return new VBox(2, Ui.wrapped(n.phaseName(), "field-label"), Ui.wrapped(n.note(), "iv-note"));
    }

    private int info(GridPane grid, int row, String key, String value) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        grid.add(label, 0, row);
        grid.add(Ui.wrapped(value), 1, row);
        return row + 1;
    }

    private Label messageLabel() {
        Label message = new Label();
        message.getStyleClass().add("iv-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private static ScrollPane scroll(Node page) {
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}

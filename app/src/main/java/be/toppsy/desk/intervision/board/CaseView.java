package be.toppsy.desk.intervision.board;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.ContentLink;
import be.toppsy.desk.intervision.FollowUpLink;
import be.toppsy.desk.intervision.Pages;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.Ui;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A case: the form on the left; guide and e-learning, sessions, action points and notes on the right. */
public final class CaseView {

    private final CaseViewModel model;
    private final Messages messages;
    private final Pages pages;

    public CaseView(CaseViewModel model, Messages messages, Pages pages) {
        this.model = model;
        this.messages = messages;
        this.pages = pages;
    }

    public Parent build() {
        Button back = new Button(messages.get("iv.nav.backToBoard"), Icons.of("mdi2a-arrow-left", 16));
        back.setId("iv-case-back");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> pages.board());
        Label heading = Forms.title("");
        heading.textProperty().bind(model.headingProperty());
        heading.setWrapText(true);
        Label column = new Label();
        column.getStyleClass().addAll("badge", "iv-column-badge");
        column.textProperty().bind(Bindings.createStringBinding(() -> model.columnProperty().get() == null ? ""
                : messages.get(model.columnProperty().get().messageKey()), model.columnProperty()));
        Button save = new Button(messages.get("action.save"), Icons.of("mdi2c-content-save-outline", 16));
        save.setId("iv-case-save");
        save.getStyleClass().add("accent");
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.savingProperty().or(model.editableProperty().not()));
        Label message = new Label();
        message.setId("iv-case-message");
        message.setWrapText(true);
        message.getStyleClass().add("iv-message");
        message.textProperty().bind(model.messageProperty());
        HBox header = new HBox(12, back, heading, column, Ui.spacer(), message, save);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("iv-case-header");

        HBox columns = new HBox(24, form(), side());
        VBox page = new VBox(12, columns);
        page.getStyleClass().addAll("page", "iv-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        javafx.scene.layout.BorderPane layout = new javafx.scene.layout.BorderPane(scroll);
        layout.setTop(header);
        return layout;
    }

    private Node form() {
        ComboBox<Person> presenter = new ComboBox<>(model.staff());
        presenter.setId("iv-case-presenter");
        Ui.texts(presenter, Person::name, "");
        presenter.valueProperty().bindBidirectional(model.presenterProperty());
        presenter.disableProperty().bind(model.mayManageProperty().not().or(model.editableProperty().not()));

        TextField title = new TextField();
        title.setId("iv-case-title");
        title.setPromptText(messages.get("iv.case.title.prompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        Label warning = Ui.iconLabel("", "mdi2a-alert-outline", "iv-warning");
        warning.setId("iv-case-title-warning");
        warning.textProperty().bind(model.titleWarningProperty());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        VBox titleBox = Forms.field(messages.get("iv.case.title"), title, model.errorOf("title"));
        titleBox.getChildren().addAll(Forms.hint(messages.get("iv.case.title.hint")), warning);

        TextArea question = area("iv-case-question", model.questionProperty(), 3);
        question.setPromptText(messages.get("iv.case.question.prompt"));
        TextArea situation = area("iv-case-situation", model.situationProperty(), 8);
        situation.setPromptText(messages.get("iv.case.situation.prompt"));

        ComboBox<SupportLevel> level = new ComboBox<>();
        level.getItems().setAll(SupportLevel.values());
        level.setId("iv-case-level");
        level.setPromptText(messages.get("iv.level.none"));
        Ui.texts(level, l -> messages.get(l.messageKey()), messages.get("iv.level.none"));
        level.valueProperty().bindBidirectional(model.levelProperty());
        Button noLevel = new Button(messages.get("iv.case.level.clear"));
        noLevel.getStyleClass().add("flat");
        noLevel.setOnAction(e -> model.levelProperty().set(null));
        TextField tags = new TextField();
        tags.setId("iv-case-tags");
        tags.setPromptText(messages.get("iv.case.tags.prompt"));
        tags.textProperty().bindBidirectional(model.tagsProperty());

        Label readOnly = Forms.hint(messages.get("iv.case.readOnly"));
        readOnly.visibleProperty().bind(model.editableProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        for (javafx.scene.control.TextInputControl input : List.of(title, question, situation, tags)) {
            input.editableProperty().bind(model.editableProperty());
        }
        level.disableProperty().bind(model.editableProperty().not());

        HBox levelRow = new HBox(8, level, noLevel);
        levelRow.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(10, readOnly,
                Forms.field(messages.get("iv.case.presenter"), presenter, model.errorOf("presenter")),
                titleBox,
                Forms.field(messages.get("iv.case.question"), question, model.errorOf("question")),
                Forms.field(messages.get("iv.case.situation"), situation, model.errorOf("situation")),
                Forms.field(messages.get("iv.case.level"), levelRow, model.errorOf("level")),
                Forms.field(messages.get("iv.case.tags"), tags, model.errorOf("tags")),
                residentSection());
        form.setPrefWidth(560);
        form.setMinWidth(420);
        HBox.setHgrow(form, Priority.ALWAYS);
        return form;
    }

    private TextArea area(String id, javafx.beans.property.StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private Node residentSection() {
        Label text = Ui.iconLabel("", "mdi2l-link-variant", "iv-resident");
        text.setId("iv-case-resident");
        text.textProperty().bind(model.residentTextProperty());
        TextField query = new TextField();
        query.setId("iv-case-resident-query");
        query.setPromptText(messages.get("iv.case.resident.query"));
        query.textProperty().bindBidirectional(model.residentQueryProperty());
        query.setOnAction(e -> model.searchResidents());
        Button search = new Button(messages.get("action.search"));
        search.setOnAction(e -> model.searchResidents());
        Button unlink = new Button(messages.get("iv.case.resident.unlink"));
        unlink.setId("iv-case-resident-unlink");
        unlink.visibleProperty().bind(model.residentIdProperty().isNotNull().and(model.residentVisibleProperty())
                .and(model.editableProperty()));
        unlink.managedProperty().bind(unlink.visibleProperty());
        unlink.setOnAction(e -> model.unlinkResident());
        HBox searchRow = new HBox(8, query, search);
        HBox.setHgrow(query, Priority.ALWAYS);
        searchRow.visibleProperty().bind(model.trackerAvailableProperty().and(model.editableProperty()));
        searchRow.managedProperty().bind(searchRow.visibleProperty());
        VBox results = new VBox(4);
        model.residentResults().addListener((ListChangeListener<FollowUpLink.ResidentRef>) c -> {
            results.getChildren().clear();
            for (FollowUpLink.ResidentRef ref : model.residentResults()) {
                Button link = new Button(messages.get("iv.case.resident.linkTo", ref.code()));
                link.getStyleClass().add("flat");
                link.setOnAction(e -> model.linkResident(ref));
                results.getChildren().add(link);
            }
        });
        Label hint = Forms.hint(messages.get("iv.case.resident.hint"));
        hint.visibleProperty().bind(model.trackerAvailableProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        VBox box = new VBox(6, new HBox(8, text, unlink), searchRow, results, hint);
        return Forms.field(messages.get("iv.case.resident"), box, model.errorOf("resident"));
    }

    private Node side() {
        VBox content = new VBox(6);
        content.setId("iv-case-content");
        Runnable fillContent = () -> {
            content.getChildren().clear();
            if (model.caseIdProperty().get() == null) {
                content.getChildren().add(Forms.hint(messages.get("iv.case.content.afterSave")));
                return;
            }
            for (AttachedContent c : model.attached()) {
                Button open = new Button(messages.get("action.open"));
                open.getStyleClass().add("flat");
                open.setOnAction(e -> pages.openContent(c.kind(), c.contentId()));
                Button remove = new Button(null, Icons.of("mdi2c-close", 14));
                remove.getStyleClass().add("flat");
                remove.setAccessibleText(messages.get("iv.case.content.remove"));
                remove.setOnAction(e -> model.detach(c));
                Label label = Ui.wrapped(model.contentKindText(c.kind()) + " · " + c.title());
                HBox row = new HBox(6, Icons.of("mdi2b-book-open-page-variant-outline", 16), label, Ui.spacer(), open,
                        remove);
                row.setAlignment(Pos.CENTER_LEFT);
                content.getChildren().add(row);
            }
            if (model.attached().isEmpty()) {
                content.getChildren().add(Forms.hint(messages.get("iv.case.content.none")));
            }
            if (!model.suggestions().isEmpty()) {
                content.getChildren().add(Ui.wrapped(messages.get("iv.case.content.suggested"), "field-label"));
                for (ContentSuggestions.Suggestion s : model.suggestions()) {
                    Button attach = new Button(messages.get("iv.case.content.attach"), Icons.of("mdi2p-plus", 14));
                    attach.getStyleClass().add("flat");
                    attach.setId("iv-attach-" + s.content().kind() + "-" + s.content().id());
                    attach.setOnAction(e -> model.attach(s.content()));
                    attach.setMinWidth(Region.USE_PREF_SIZE);
                    Label label = Ui.wrapped(model.contentKindText(s.content().kind()) + " · " + s.content().title(),
                            "hint");
                    HBox row = new HBox(6, label, Ui.spacer(), attach);
                    row.setAlignment(Pos.CENTER_LEFT);
                    content.getChildren().add(row);
                }
            }
            if (model.allContent().isEmpty()) {
                content.getChildren().add(Forms.hint(messages.get("iv.case.content.unavailable")));
            } else {
                ComboBox<ContentLink.ContentRef> other = new ComboBox<>(model.allContent());
                other.setPromptText(messages.get("iv.case.content.other"));
                Ui.texts(other, r -> model.contentKindText(r.kind()) + " · " + r.title(), "");
                other.setMaxWidth(Double.MAX_VALUE);
                Button add = new Button(messages.get("iv.case.content.attach"));
                add.setMinWidth(Region.USE_PREF_SIZE);
                add.setOnAction(e -> model.attach(other.getValue()));
                HBox row = new HBox(6, other, add);
                HBox.setHgrow(other, Priority.ALWAYS);
                content.getChildren().add(row);
            }
        };
        refill(fillContent, model.attached(), model.suggestions(), model.allContent());
        model.caseIdProperty().addListener((o, a, b) -> fillContent.run());
        fillContent.run();

        VBox sessions = new VBox(6);
        Runnable fillSessions = () -> {
            sessions.getChildren().clear();
            for (CaseDetail.SessionRef s : model.sessions()) {
                Label line = Ui.iconLabel(messages.get("iv.case.sessionLine", Formats.date(s.heldOn()), s.team(),
                        messages.get(s.state().messageKey())), "mdi2c-calendar-outline", "field-label");
                Button open = new Button(messages.get("action.open"));
                open.getStyleClass().add("flat");
                open.setOnAction(e -> pages.openSession(s.sessionId()));
                HBox row = new HBox(6, line, Ui.spacer(), open);
                row.setAlignment(Pos.CENTER_LEFT);
                sessions.getChildren().add(row);
                if (!s.conclusion().isBlank()) {
                    sessions.getChildren().add(Ui.wrapped(messages.get("iv.case.conclusion", s.conclusion()),
                            "iv-quote"));
                }
            }
            if (model.sessions().isEmpty()) {
                sessions.getChildren().add(Forms.hint(messages.get("iv.case.sessions.none")));
            }
        };
        refill(fillSessions, model.sessions());
        fillSessions.run();

        VBox actions = new VBox(6);
        actions.setId("iv-case-actions");
        Runnable fillActions = () -> {
            actions.getChildren().clear();
            for (ActionPoint p : model.actionPoints()) {
                actions.getChildren().add(ActionPointRow.build(p, messages, model.today(), model.editableProperty().get()
                        ? state -> model.setActionState(p, state) : null));
            }
            if (model.actionPoints().isEmpty()) {
                actions.getChildren().add(Forms.hint(messages.get("iv.case.actions.none")));
            }
        };
        refill(fillActions, model.actionPoints());
        fillActions.run();

        VBox notes = new VBox(6);
        Runnable fillNotes = () -> {
            notes.getChildren().clear();
            for (CaseDetail.CaseNote n : model.notes()) {
                notes.getChildren().add(Ui.wrapped(messages.get("iv.case.noteLine", Formats.date(n.heldOn()),
                        n.phaseName()), "field-label"));
                notes.getChildren().add(Ui.wrapped(n.note(), "iv-note"));
            }
            if (model.notes().isEmpty()) {
                notes.getChildren().add(Forms.hint(messages.get("iv.case.notes.none")));
            }
        };
        refill(fillNotes, model.notes());
        fillNotes.run();

        VBox side = new VBox(12,
                Ui.section(messages.get("iv.case.content")), Forms.hint(messages.get("iv.case.content.hint")), content,
                Ui.section(messages.get("iv.case.actions")), actions,
                Ui.section(messages.get("iv.case.sessions")), sessions,
                Ui.section(messages.get("iv.case.notes")), notes);
        side.setPrefWidth(460);
        side.setMinWidth(360);
        side.getStyleClass().add("iv-side");
        HBox.setHgrow(side, Priority.ALWAYS);
        return side;
    }

    @SafeVarargs
    private static void refill(Runnable fill, ObservableList<?>... lists) {
        for (ObservableList<?> list : lists) {
            list.addListener((ListChangeListener<Object>) c -> fill.run());
        }
    }
}

package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.record.ResidentSummary;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Navigator;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One resident's page: header with level and flags, and tabs for timeline, record, level, plan, referrals, reviews. */
public final class ResidentPageView {

    private final ResidentPageViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final Runnable back;
    private final Consumer<ResidentRow> quickObservation;
    private final Consumer<Long> created;
    private final BorderPane root = new BorderPane();

    private java.util.function.LongConsumer summaryExport;

    /** Shows "Samenvatting (PDF)" when given. */
    public ResidentPageView withSummaryExport(java.util.function.LongConsumer action) {
        this.summaryExport = action;
        return this;
    }

    public ResidentPageView(ResidentPageViewModel model, Messages messages, DialogService dialogs,
            Navigator navigator, Runnable back, Consumer<ResidentRow> quickObservation, Consumer<Long> created) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.back = back;
        this.quickObservation = quickObservation;
        this.created = created;
    }

    public Parent build() {
        root.setId("resident-page");
        root.getStyleClass().add("page");
        model.fileProperty().addListener((obs, o, f) -> {
            if (f != null) {
                showFull(f);
            }
        });
        model.limitedProperty().addListener((obs, o, s) -> {
            if (s != null) {
                showLimited(s);
            }
        });
        model.creatingProperty().addListener((obs, o, c) -> {
            if (c) {
                showNew();
            }
        });
        if (model.creatingProperty().get()) {
            showNew();
        }
        return root;
    }

    private Node backButton() {
        Button button = new Button(messages.get("residents.page.back"), Icons.of("mdi2a-arrow-left", 16));
        button.setId("resident-back");
        button.getStyleClass().add("flat");
        button.setOnAction(e -> back.run());
        return button;
    }

    private Label message() {
        Label message = new Label();
        message.setId("resident-message");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        return message;
    }

    // ---- new ----------------------------------------------------------------------------

    private void showNew() {
        ComboBox<SupportLevel> level = ResidentsUi.choice("resident-initial-level", List.of(SupportLevel.values()),
                l -> messages.get(l.messageKey()), "");
        level.valueProperty().bindBidirectional(model.record().initialLevelProperty());
        RecordView record = new RecordView(model, messages);
        GridPane form = record.recordForm();
        Forms.row(form, form.getRowCount(), messages.get("residents.field.initialLevel"), level, null);
        VBox box = new VBox(12, backButton(), Forms.title(messages.get("residents.page.newTitle")),
                Forms.hint(messages.get("residents.page.newHint")), message(), form, record.saveRecordButton(created));
        root.setTop(null);
        root.setCenter(scroll(box));
    }

    // ---- limited (medewerker) -----------------------------------------------------------

    private void showLimited(ResidentSummary s) {
        Label title = Forms.title(s.code());
        HBox head = new HBox(12, title, ResidentsUi.levelBadge(s.level(), messages));
        head.setAlignment(Pos.CENTER_LEFT);
        Label unit = new Label(messages.get("residents.page.unitLine", s.unit() == null ? "–" : s.unit()));
        Button note = noteButton();
        ListView<Observation> own = new ListView<>(model.ownObservations());
        own.setId("resident-own-observations");
        own.setCellFactory(v -> observationCell());
        own.setPlaceholder(new Label(messages.get("residents.page.noOwnObservations")));
        VBox box = new VBox(12, backButton(), head, unit, Forms.hint(messages.get("residents.page.limitedHint")),
                note, new Label(messages.get("residents.page.ownObservations")), own, message());
        VBox.setVgrow(own, Priority.ALWAYS);
        root.setTop(null);
        root.setCenter(box);
    }

    private ListCell<Observation> observationCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Observation o, boolean empty) {
                super.updateItem(o, empty);
                if (empty || o == null) {
                    setGraphic(null);
                    return;
                }
                Label head = new Label(messages.get("residents.page.observationHead", Formats.dateTime(o.observedAt()),
                        messages.get(o.category().messageKey()), messages.get(o.concern().messageKey())));
                head.getStyleClass().add("field-label");
                Label body = new Label(o.body());
                body.setWrapText(true);
                body.setMaxWidth(760);
                setGraphic(new VBox(2, head, body));
            }
        };
    }

    private Button noteButton() {
        Button note = new Button(messages.get("residents.quick.button"), Icons.of("mdi2n-note-plus-outline", 16));
        note.setId("resident-quick-observation");
        note.getStyleClass().add("accent");
        note.setOnAction(e -> quickObservation.accept(model.asRow()));
        return note;
    }

    // ---- full ---------------------------------------------------------------------------

    private void showFull(ResidentFile f) {
        Resident r = f.resident();
        Label code = new Label(r.code());
        code.setId("resident-code");
        code.getStyleClass().add("resident-code");
        Label name = Forms.title(r.fullName());
        name.setId("resident-name");
        HBox flags = new HBox(6, ResidentsUi.levelBadge(r.level(), messages));
        if (r.medicalFlag()) {
            flags.getChildren().add(ResidentsUi.flag(messages.get("residents.flag.medical"), "flag-medical"));
        }
        if (r.teamDiscussion()) {
            flags.getChildren().add(ResidentsUi.flag(messages.get("residents.flag.discuss"), "flag-discuss"));
        }
        if (r.state() != ResidentState.PRESENT) {
            flags.getChildren().add(ResidentsUi.flag(messages.get(r.state().messageKey()), "flag-state"));
        }
        flags.setAlignment(Pos.CENTER_LEFT);
        HBox titleRow = new HBox(12, code, name, flags);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        String review = r.nextReviewDue() == null ? messages.get("residents.page.noReview")
                : messages.get(r.nextReviewDue().isBefore(model.today()) ? "residents.page.reviewLate"
                        : "residents.page.reviewDue", Formats.date(r.nextReviewDue()));
        Label facts = new Label(messages.get("residents.page.facts", r.unit() == null ? "–" : r.unit(),
                r.room() == null ? "–" : r.room(), Formats.date(r.arrivalDate()),
                r.keyWorkerName() == null ? "–" : r.keyWorkerName(),
                r.languages().isEmpty() ? "–" : String.join(", ", r.languages()), review));
        facts.getStyleClass().add("hint");
        facts.setWrapText(true);

        HBox buttons = new HBox(8, noteButton());
        if (summaryExport != null) {
            Button pdf = new Button(messages.get("residents.export.summaryButton"), Icons.of("mdi2f-file-pdf-box", 16));
            pdf.setId("resident-summary-pdf");
            pdf.setOnAction(e -> summaryExport.accept(r.id()));
            buttons.getChildren().add(pdf);
        }
        if (model.canEdit()) {
            Button discuss = new Button(messages.get(r.teamDiscussion() ? "residents.page.undiscuss"
                    : "residents.page.discuss"), Icons.of("mdi2a-account-group-outline", 16));
            discuss.setId("resident-discuss");
            discuss.setOnAction(e -> model.setTeamDiscussionFlag(!r.teamDiscussion()));
            buttons.getChildren().add(discuss);
        }
        if (r.medicalFlag() && model.can(Permission.MEDICAL_NOTES)) {
            Button seen = new Button(messages.get("residents.page.medicalSeen"), Icons.of("mdi2c-check", 16));
            seen.setId("resident-medical-seen");
            seen.setOnAction(e -> model.clearMedicalFlag());
            buttons.getChildren().add(seen);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox topRow = new HBox(10, backButton(), spacer, buttons);
        topRow.setAlignment(Pos.CENTER_LEFT);

        TabPane tabs = new TabPane();
        tabs.setId("resident-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        RecordView record = new RecordView(model, messages);
        tabs.getTabs().add(tab("tab-timeline", "residents.tab.timeline",
                new TimelineView(model, messages).build(f.medicalNotesVisible())));
        tabs.getTabs().add(tab("tab-record", "residents.tab.record", scroll(new VBox(12, record.recordForm(),
                model.canEdit() ? record.saveRecordButton(created) : new Region()))));
        tabs.getTabs().add(tab("tab-level", "residents.tab.level",
                scroll(new LevelView(model, messages, navigator).build(f))));
        tabs.getTabs().add(tab("tab-plan", "residents.tab.plan",
                scroll(new PlanView(model, messages, dialogs).build(f))));
        tabs.getTabs().add(tab("tab-referrals", "residents.tab.referrals",
                scroll(new ReferralsView(model, messages, dialogs).build(f))));
        tabs.getTabs().add(tab("tab-reviews", "residents.tab.reviews",
                scroll(new ReviewsView(model, messages).build(f))));
        if (f.medicalNotesVisible()) {
            tabs.getTabs().add(tab("tab-medical", "residents.tab.medical",
                    scroll(new MedicalNotesView(model, messages).build(f))));
        }
        int selected = root.getCenter() instanceof TabPane old ? old.getSelectionModel().getSelectedIndex() : 0;
        tabs.getSelectionModel().select(Math.min(selected, tabs.getTabs().size() - 1));
        VBox top = new VBox(8, topRow, titleRow, facts, message());
        top.getStyleClass().add("resident-header");
        root.setTop(top);
        root.setCenter(tabs);
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().add("edge-to-edge");
        return pane;
    }
}

package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.residents.SupportLevel;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.Languages;
import be.toppsy.desk.residents.record.LevelChange;
import be.toppsy.desk.residents.record.MedicalNote;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.record.ResidentSummary;
import be.toppsy.desk.residents.record.TimelineEntry;
import be.toppsy.desk.residents.record.TimelineKind;
import be.toppsy.desk.residents.referrals.Barrier;
import be.toppsy.desk.residents.referrals.Consent;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.referrals.ReferralState;
import be.toppsy.desk.residents.reviews.Review;
import be.toppsy.desk.residents.reviews.ReviewKind;
import be.toppsy.desk.residents.reviews.Screening;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.socialmap.SocialService;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Navigator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

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
        level.valueProperty().bindBidirectional(model.initialLevelProperty());
        GridPane form = recordForm();
        Forms.row(form, form.getRowCount(), messages.get("residents.field.initialLevel"), level, null);
        VBox box = new VBox(12, backButton(), Forms.title(messages.get("residents.page.newTitle")),
                Forms.hint(messages.get("residents.page.newHint")), message(), form, saveRecordButton());
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
        tabs.getTabs().add(tab("tab-timeline", "residents.tab.timeline", timelineTab(f.medicalNotesVisible())));
        tabs.getTabs().add(tab("tab-record", "residents.tab.record", scroll(new VBox(12, recordForm(),
                model.canEdit() ? saveRecordButton() : new Region()))));
        tabs.getTabs().add(tab("tab-level", "residents.tab.level", scroll(levelTab(f))));
        tabs.getTabs().add(tab("tab-plan", "residents.tab.plan", scroll(planTab(f))));
        tabs.getTabs().add(tab("tab-referrals", "residents.tab.referrals", scroll(referralsTab(f))));
        tabs.getTabs().add(tab("tab-reviews", "residents.tab.reviews", scroll(reviewsTab(f))));
        if (f.medicalNotesVisible()) {
            tabs.getTabs().add(tab("tab-medical", "residents.tab.medical", scroll(medicalTab(f))));
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

    private Node timelineTab(boolean medical) {
        FlowPane kinds = new FlowPane(10, 6);
        for (TimelineKind kind : TimelineKind.values()) {
            if (kind == TimelineKind.MEDICAL && !medical) {
                continue;
            }
            CheckBox box = new CheckBox(messages.get(kind.messageKey()));
            box.setId("timeline-kind-" + kind.name());
            box.setSelected(model.shownKinds().contains(kind));
            box.selectedProperty().addListener((obs, o, on) -> {
                if (on) {
                    model.shownKinds().add(kind);
                } else {
                    model.shownKinds().remove(kind);
                }
            });
            kinds.getChildren().add(box);
        }
        ListView<TimelineEntry> list = new ListView<>(model.timeline());
        list.setId("resident-timeline");
        list.setPlaceholder(new Label(messages.get("residents.timeline.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label when = new Label(Formats.dateTime(e.at()));
                when.getStyleClass().add("timeline-date");
                Label kind = new Label(messages.get(e.kind().messageKey()));
                kind.getStyleClass().addAll("badge", "timeline-kind", "timeline-" + e.kind().name().toLowerCase());
                Label headline = new Label(ResidentsUi.headline(e, messages));
                headline.getStyleClass().add(e.attention() ? "timeline-attention" : "timeline-headline");
                headline.setWrapText(true);
                HBox head = new HBox(8, when, kind, headline);
                head.setAlignment(Pos.CENTER_LEFT);
                VBox box = new VBox(3, head);
                if (e.text() != null && !e.text().isBlank()) {
                    Label text = new Label(e.text());
                    text.setWrapText(true);
                    text.setMinHeight(Region.USE_PREF_SIZE);
                    box.getChildren().add(text);
                }
                if (e.author() != null) {
                    Label author = new Label(messages.get("residents.timeline.by", e.author()));
                    author.getStyleClass().add("hint");
                    box.getChildren().add(author);
                }
                box.getStyleClass().add("timeline-entry");
                box.setPrefWidth(0);
                box.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
                box.minWidthProperty().bind(box.maxWidthProperty());
                setGraphic(box);
                setText(null);
            }
        });
        VBox box = new VBox(10, kinds, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private GridPane recordForm() {
        GridPane grid = new GridPane();
        grid.setId("resident-form");
        grid.setHgap(12);
        grid.setVgap(8);
        boolean editable = model.canEdit();
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
            items.addAll(model.colleagues());
            User keep = model.keyWorkerProperty().get();
            keyWorker.getItems().setAll(items);
            keyWorker.setValue(keep);
        };
        fillUsers.run();
        model.colleagues().addListener((ListChangeListener<User>) c -> fillUsers.run());
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

    private Node saveRecordButton() {
        Button save = new Button(messages.get("action.save"));
        save.setId("resident-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.saveRecord(created::accept));
        return save;
    }

    private Node levelTab(ResidentFile f) {
        Resident r = f.resident();
        SupportLevel level = r.level();
        Label now = new Label(messages.get("residents.level.current"));
        now.getStyleClass().add("section-title");
        Hyperlink guide = new Hyperlink(messages.get("residents.level.guide", level.guideChapter().substring(1)));
        guide.setOnAction(e -> navigator.open("guide", level.guideChapter()));
        Hyperlink module = new Hyperlink(messages.get("residents.level.module", level.module().substring(1)));
        module.setOnAction(e -> navigator.open("learning", level.module()));
        VBox box = new VBox(10, now, new HBox(10, ResidentsUi.levelBadge(level, messages),
                new Label(messages.get("residents.level.explain." + level.name()))), new HBox(16, guide, module));
        if (model.can(Permission.SUPPORT_LEVEL_CHANGE)) {
            ComboBox<SupportLevel> to = ResidentsUi.choice("level-new", List.of(SupportLevel.values()),
                    l -> messages.get(l.messageKey()), messages.get("residents.level.choose"));
            to.valueProperty().bindBidirectional(model.newLevelProperty());
            CheckBox discussed = new CheckBox(messages.get("residents.level.discussed"));
            discussed.selectedProperty().bindBidirectional(model.levelDiscussedProperty());
            Button change = new Button(messages.get("residents.level.change"));
            change.setId("level-change");
            change.setOnAction(e -> model.changeLevel());
            Label title = new Label(messages.get("residents.level.changeTitle"));
            title.getStyleClass().add("section-title");
            box.getChildren().addAll(title,
                    Forms.field(messages.get("residents.level.to"), to, model.levelError("level")),
                    Forms.field(messages.get("residents.level.reason"), ResidentsUi.textArea("level-reason",
                            model.levelReasonProperty(), 2, 4000), model.levelError("reason")),
                    discussed, change);
        }
        Label history = new Label(messages.get("residents.level.history"));
        history.getStyleClass().add("section-title");
        TableView<LevelChange> table = new TableView<>();
        table.getItems().setAll(f.levelChanges());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.date"), c -> Formats.dateTime(c.changedAt())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.change"), c -> messages.get(
                "residents.level.fromTo", c.from() == null ? "–" : messages.get(c.from().messageKey()),
                messages.get(c.to().messageKey()))));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.by"), LevelChange::changedByName));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.discussed"), c -> messages.get(
                c.discussedInTeam() ? "residents.yes" : "residents.no")));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.reason"), LevelChange::reason));
        table.setPrefHeight(200);
        table.setPlaceholder(new Label(messages.get("residents.level.noHistory")));
        box.getChildren().addAll(history, table);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private Node planTab(ResidentFile f) {
        TableView<PlanAction> table = new TableView<>();
        table.setId("plan-table");
        table.getItems().setAll(f.actions());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.action"), PlanAction::title));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.owner"),
                a -> a.ownerName() == null ? "–" : a.ownerName()));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.due"), a -> a.dueDate() == null ? "–"
                : a.isOverdue(model.today()) ? messages.get("residents.col.overdue", Formats.date(a.dueDate()))
                : Formats.date(a.dueDate())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.state"),
                a -> messages.get(a.state().messageKey())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.tier"),
                a -> a.tier() == null ? "–" : messages.get(a.tier().messageKey())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.result"), a -> a.result() == null
                ? (a.sourceNote() == null ? "" : a.sourceNote()) : a.result()));
        table.setPrefHeight(240);
        table.setPlaceholder(new Label(messages.get("residents.plan.empty")));
        Button done = new Button(messages.get("residents.plan.done"), Icons.of("mdi2c-check", 16));
        done.setId("plan-done");
        Button cancel = new Button(messages.get("residents.plan.cancel"));
        done.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        cancel.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        done.setOnAction(e -> close(table.getSelectionModel().getSelectedItem(), ActionState.DONE));
        cancel.setOnAction(e -> close(table.getSelectionModel().getSelectedItem(), ActionState.CANCELLED));
        Label error = Forms.errorLabel(model.actionError("result"));
        VBox box = new VBox(10, table, new HBox(8, done, cancel), error);
        if (model.canEdit()) {
            ComboBox<User> owner = ResidentsUi.choice("plan-owner", List.of(), User::displayName,
                    messages.get("residents.plan.noOwner"));
            Runnable fill = () -> {
                List<User> items = new ArrayList<>();
                items.add(null);
                items.addAll(model.colleagues());
                owner.getItems().setAll(items);
            };
            fill.run();
            model.colleagues().addListener((ListChangeListener<User>) c -> fill.run());
            owner.valueProperty().bindBidirectional(model.actionOwnerProperty());
            ComboBox<PreventionTier> tier = ResidentsUi.choice("plan-tier", List.of(PreventionTier.values()),
                    t -> messages.get(t.messageKey()), messages.get("residents.plan.noTier"));
            tier.valueProperty().bindBidirectional(model.actionTierProperty());
            Button add = new Button(messages.get("residents.plan.add"));
            add.setId("plan-add");
            add.setOnAction(e -> model.addAction());
            Label title = new Label(messages.get("residents.plan.newTitle"));
            title.getStyleClass().add("section-title");
            FlowPane row = new FlowPane(10, 8,
                    Forms.field(messages.get("residents.plan.owner"), owner, model.actionError("owner")),
                    Forms.field(messages.get("residents.plan.due"), ResidentsUi.dateField("plan-due",
                            model.actionDueProperty(), messages), model.actionError("due")),
                    Forms.field(messages.get("residents.plan.tier"), tier, model.actionError("tier")));
            box.getChildren().addAll(title, Forms.field(messages.get("residents.plan.title"),
                    ResidentsUi.textField("plan-title", model.actionTitleProperty(), 40), model.actionError("title")),
                    row, add);
        }
        box.getStyleClass().add("tab-body");
        return box;
    }

    private void close(PlanAction action, ActionState state) {
        if (action == null) {
            return;
        }
        dialogs.ask(messages.get("residents.plan.resultTitle"), messages.get("residents.plan.resultQuestion",
                action.title()), "").ifPresent(result -> model.closeAction(action, state, result));
    }

    private Node referralsTab(ResidentFile f) {
        TableView<Referral> table = new TableView<>();
        table.setId("referral-table");
        table.getItems().setAll(f.referrals());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.service"), Referral::serviceName));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.state"),
                r -> messages.get(r.state().messageKey())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.consent"), r -> r.overrideReason() != null
                ? messages.get("residents.consent.overridden") : messages.get(r.consent().messageKey())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.proposed"),
                r -> Formats.date(r.proposedOn())));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.waiting"), r -> r.isWaiting()
                ? messages.get("residents.referral.days", r.waitingDays(model.today())) : "–"));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.barriers"), r -> r.barriers().stream()
                .map(b -> messages.get(b.messageKey())).collect(Collectors.joining(", "))));
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.interim"),
                r -> r.interimSupport() == null ? "" : r.interimSupport()));
        table.setPrefHeight(220);
        table.setPlaceholder(new Label(messages.get("residents.referral.empty")));
        VBox box = new VBox(10, Forms.hint(messages.get("residents.referral.consentRule")), table);
        if (model.can(Permission.REFERRAL_MANAGE)) {
            var selected = table.getSelectionModel().selectedItemProperty();
            Button given = new Button(messages.get("residents.referral.consentGiven"));
            given.setId("referral-consent-given");
            given.setOnAction(e -> model.recordConsent(selected.get(), Consent.GIVEN));
            Button refused = new Button(messages.get("residents.referral.consentRefused"));
            refused.setOnAction(e -> model.recordConsent(selected.get(), Consent.REFUSED));
            ComboBox<ReferralState> state = ResidentsUi.choice("referral-state", List.of(ReferralState.values()),
                    s -> messages.get(s.messageKey()), messages.get("residents.referral.newState"));
            Button apply = new Button(messages.get("residents.referral.setState"));
            apply.setId("referral-set-state");
            apply.setOnAction(e -> {
                if (state.getValue() != null) {
                    model.setReferralState(selected.get(), state.getValue());
                }
            });
            HBox row = new HBox(8, given, refused, state, apply);
            if (model.can(Permission.CONSENT_OVERRIDE)) {
                Button override = new Button(messages.get("residents.referral.override"));
                override.setId("referral-override");
                override.getStyleClass().add("danger");
                override.setOnAction(e -> dialogs.ask(messages.get("residents.referral.overrideTitle"),
                        messages.get("residents.referral.overrideQuestion"), "")
                        .ifPresent(reason -> model.overrideConsent(selected.get(), reason)));
                override.disableProperty().bind(selected.isNull());
                row.getChildren().add(override);
            }
            given.disableProperty().bind(selected.isNull());
            refused.disableProperty().bind(selected.isNull());
            apply.disableProperty().bind(selected.isNull());
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(row, Forms.errorLabel(model.referralError("state")),
                    Forms.errorLabel(model.referralError("consent")), Forms.errorLabel(model.referralError("override")));
            selected.addListener((obs, o, r) -> model.selectedReferralProperty().set(r));
            FlowPane followBarriers = new FlowPane(10, 6);
            for (Barrier b : Barrier.values()) {
                CheckBox c = new CheckBox(messages.get(b.messageKey()));
                c.setId("referral-follow-barrier-" + b.name());
                c.setSelected(model.followBarriers().contains(b));
                model.followBarriers().addListener((javafx.collections.SetChangeListener<Barrier>) ch ->
                        c.setSelected(model.followBarriers().contains(b)));
                c.selectedProperty().addListener((obs, o, on) -> {
                    if (on) {
                        model.followBarriers().add(b);
                    } else {
                        model.followBarriers().remove(b);
                    }
                });
                followBarriers.getChildren().add(c);
            }
            Button follow = new Button(messages.get("residents.referral.updateFollowUp"));
            follow.setId("referral-update-follow-up");
            follow.setOnAction(e -> model.updateReferralFollowUp());
            Label followTitle = new Label(messages.get("residents.referral.followUpTitle"));
            followTitle.getStyleClass().add("section-title");
            VBox followBox = new VBox(8, followTitle, followBarriers, Forms.field(messages.get(
                    "residents.referral.interim"), ResidentsUi.textArea("referral-follow-interim",
                    model.followInterimProperty(), 2, 4000), model.referralError("interim")), follow);
            followBox.visibleProperty().bind(selected.isNotNull());
            followBox.managedProperty().bind(followBox.visibleProperty());
            box.getChildren().add(followBox);

            Label title = new Label(messages.get("residents.referral.newTitle"));
            title.getStyleClass().add("section-title");
            ComboBox<SocialService> service = ResidentsUi.choice("referral-service", List.of(), SocialService::name,
                    messages.get("residents.referral.pickService"));
            model.services().addListener((ListChangeListener<SocialService>) c ->
                    service.getItems().setAll(model.services().stream().filter(s -> !s.crisisContact()).toList()));
            service.getItems().setAll(model.services().stream().filter(s -> !s.crisisContact()).toList());
            service.valueProperty().bindBidirectional(model.referralServiceProperty());
            service.setPrefWidth(360);
            TextField serviceName = ResidentsUi.textField("referral-service-name", model.referralServiceNameProperty(),
                    30);
            serviceName.setPromptText(messages.get("residents.referral.serviceNamePrompt"));
            FlowPane barriers = new FlowPane(10, 6);
            for (Barrier b : Barrier.values()) {
                CheckBox c = new CheckBox(messages.get(b.messageKey()));
                c.selectedProperty().addListener((obs, o, on) -> {
                    if (on) {
                        model.referralBarriers().add(b);
                    } else {
                        model.referralBarriers().remove(b);
                    }
                });
                barriers.getChildren().add(c);
            }
            Button propose = new Button(messages.get("residents.referral.propose"));
            propose.setId("referral-propose");
            propose.setOnAction(e -> model.proposeReferral());
            box.getChildren().addAll(title,
                    Forms.field(messages.get("residents.referral.service"), new HBox(8, service, serviceName),
                            model.referralError("service")),
                    Forms.field(messages.get("residents.referral.reason"), ResidentsUi.textArea("referral-reason",
                            model.referralReasonProperty(), 2, 4000), model.referralError("reason")),
                    Forms.field(messages.get("residents.referral.barriers"), barriers, model.referralError("barriers")),
                    Forms.field(messages.get("residents.referral.interim"), ResidentsUi.textArea("referral-interim",
                            model.referralInterimProperty(), 2, 4000), model.referralError("interim")),
                    propose);
        }
        box.getStyleClass().add("tab-body");
        return box;
    }

    private Node reviewsTab(ResidentFile f) {
        Resident r = f.resident();
        Label due = new Label(r.nextReviewDue() == null ? messages.get("residents.page.noReview")
                : messages.get(r.nextReviewDue().isBefore(model.today()) ? "residents.page.reviewLate"
                        : "residents.page.reviewDue", Formats.date(r.nextReviewDue())));
        due.setId("review-due");
        due.getStyleClass().add("section-title");
        TableView<Review> reviews = new TableView<>();
        reviews.getItems().setAll(f.reviews());
        reviews.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        reviews.getColumns().add(ResidentsUi.column(messages.get("residents.col.date"), v -> Formats.date(v.heldOn())));
        reviews.getColumns().add(ResidentsUi.column(messages.get("residents.col.kind"),
                v -> messages.get(v.kind().messageKey())));
        reviews.getColumns().add(ResidentsUi.column(messages.get("residents.col.by"),
                v -> v.heldByName() == null ? "–" : v.heldByName()));
        reviews.getColumns().add(ResidentsUi.column(messages.get("residents.col.summary"),
                v -> v.summary() == null ? "" : v.summary()));
        reviews.setPrefHeight(170);
        reviews.setPlaceholder(new Label(messages.get("residents.review.empty")));
        TableView<Screening> screenings = new TableView<>();
        screenings.getItems().setAll(f.screenings());
        screenings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        screenings.getColumns().add(ResidentsUi.column(messages.get("residents.col.date"),
                s -> Formats.date(s.screenedOn())));
        screenings.getColumns().add(ResidentsUi.column(messages.get("residents.col.instrument"), Screening::instrument));
        screenings.getColumns().add(ResidentsUi.column(messages.get("residents.col.score"),
                s -> s.score() == null ? "–" : String.valueOf(s.score())));
        screenings.getColumns().add(ResidentsUi.column(messages.get("residents.col.threshold"), s -> messages.get(
                s.thresholdReached() ? "residents.screening.reached" : "residents.screening.notReached")));
        screenings.setPrefHeight(140);
        screenings.setPlaceholder(new Label(messages.get("residents.screening.empty")));
        Label reviewsTitle = new Label(messages.get("residents.review.title"));
        reviewsTitle.getStyleClass().add("section-title");
        Label screeningTitle = new Label(messages.get("residents.screening.title"));
        screeningTitle.getStyleClass().add("section-title");
        VBox box = new VBox(10, due, Forms.hint(messages.get("residents.review.rule")), reviewsTitle, reviews);
        if (model.canEdit()) {
            ComboBox<ReviewKind> kind = ResidentsUi.choice("review-kind", List.of(ReviewKind.values()),
                    k -> messages.get(k.messageKey()), "");
            kind.valueProperty().bindBidirectional(model.reviewKindProperty());
            Button add = new Button(messages.get("residents.review.add"));
            add.setId("review-add");
            add.setOnAction(e -> model.addReview());
            box.getChildren().addAll(new FlowPane(10, 8,
                    Forms.field(messages.get("residents.review.kind"), kind, model.reviewError("kind")),
                    Forms.field(messages.get("residents.review.date"), ResidentsUi.dateField("review-date",
                            model.reviewDateProperty(), messages), model.reviewError("heldOn"))),
                    Forms.field(messages.get("residents.review.summary"), ResidentsUi.textArea("review-summary",
                            model.reviewSummaryProperty(), 2, ResidentService.MAX_TEXT), model.reviewError("summary")),
                    add);
        }
        box.getChildren().addAll(screeningTitle, Forms.hint(messages.get("residents.screening.rule")), screenings);
        if (model.canEdit()) {
            CheckBox reached = new CheckBox(messages.get("residents.screening.reachedLabel"));
            reached.selectedProperty().bindBidirectional(model.thresholdProperty());
            Button add = new Button(messages.get("residents.screening.add"));
            add.setId("screening-add");
            add.setOnAction(e -> model.addScreening());
            box.getChildren().addAll(new FlowPane(10, 8,
                    Forms.field(messages.get("residents.screening.instrument"), ResidentsUi.textField(
                            "screening-instrument", model.instrumentProperty(), 12), model.screeningError("instrument")),
                    Forms.field(messages.get("residents.screening.date"), ResidentsUi.dateField("screening-date",
                            model.screeningDateProperty(), messages), model.screeningError("screenedOn")),
                    Forms.field(messages.get("residents.screening.score"), ResidentsUi.textField("screening-score",
                            model.scoreProperty(), 5), model.screeningError("score")),
                    reached), add);
        }
        box.getStyleClass().add("tab-body");
        return box;
    }

    private Node medicalTab(ResidentFile f) {
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

package be.toppsy.desk.residents.list;

import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The residents list with filters and paging. */
public final class ResidentListView {

    private final ResidentListViewModel model;
    private final Messages messages;
    private final LongConsumer openResident;
    private final Runnable newResident;
    private final Runnable quickObservation;
    private final Runnable settings;

    public ResidentListView(ResidentListViewModel model, Messages messages, LongConsumer openResident,
            Runnable newResident, Runnable quickObservation, Runnable settings) {
        this.model = model;
        this.messages = messages;
        this.openResident = openResident;
        this.newResident = newResident;
        this.quickObservation = quickObservation;
        this.settings = settings;
    }

    public Parent build() {
        TextField search = ResidentsUi.textField("residents-search", model.queryProperty(), 18);
        search.setPromptText(messages.get(model.showsNames() ? "residents.list.searchPrompt"
                : "residents.list.searchPromptCode"));
        ComboBox<SupportLevel> level = ResidentsUi.choice("residents-filter-level", List.of(SupportLevel.values()),
                l -> messages.get(l.messageKey()), messages.get("residents.filter.anyLevel"));
        withEmpty(level);
        level.valueProperty().bindBidirectional(model.levelProperty());
        ComboBox<User> keyWorker = ResidentsUi.choice("residents-filter-keyworker", List.of(), User::displayName,
                messages.get("residents.filter.anyKeyWorker"));
        model.colleagues().addListener((ListChangeListener<User>) c -> {
            List<User> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.colleagues());
            keyWorker.getItems().setAll(items);
        });
        keyWorker.valueProperty().bindBidirectional(model.keyWorkerProperty());
        ComboBox<String> unit = ResidentsUi.choice("residents-filter-unit", List.of(), u -> u,
                messages.get("residents.filter.anyUnit"));
        model.units().addListener((ListChangeListener<String>) c -> {
            List<String> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.units());
            unit.getItems().setAll(items);
        });
        unit.valueProperty().bindBidirectional(model.unitProperty());
        ComboBox<ResidentState> state = ResidentsUi.choice("residents-filter-state",
                List.of(ResidentState.values()), s -> messages.get(s.messageKey()),
                messages.get("residents.filter.anyState"));
        withEmpty(state);
        state.valueProperty().bindBidirectional(model.stateProperty());
        CheckBox discuss = check("residents-filter-discuss", "residents.filter.discuss", model.teamDiscussionProperty());
        CheckBox medical = check("residents-filter-medical", "residents.filter.medical", model.medicalFlagProperty());
        CheckBox review = check("residents-filter-review", "residents.filter.reviewOverdue",
                model.reviewOverdueProperty());
        CheckBox quiet = check("residents-filter-quiet", "residents.filter.quiet", model.quietProperty());
        Button clear = new Button(messages.get("action.clearFilters"));
        clear.setOnAction(e -> model.clearFilters());
        FlowPane filters = new FlowPane(10, 8, search, level, keyWorker, unit, state, discuss, medical, review, quiet,
                clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        if (!model.showsNames()) {
            filters.getChildren().remove(keyWorker);
        }

        TableView<ResidentRow> table = new TableView<>(model.rows());
        table.setId("residents-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.code"), ResidentRow::code));
        if (model.showsNames()) {
            table.getColumns().add(ResidentsUi.column(messages.get("residents.col.name"), ResidentRow::name));
        }
        table.getColumns().add(ResidentsUi.column(messages.get("residents.col.unit"), r ->
                (r.unit() == null ? "–" : r.unit()) + (r.room() == null ? "" : " / " + r.room())));
        TableColumn<ResidentRow, String> levelCol = ResidentsUi.column(messages.get("residents.col.level"),
                r -> r.level().name());
        levelCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null
                        : ResidentsUi.levelBadge(SupportLevel.valueOf(item), messages));
            }
        });
        table.getColumns().add(levelCol);
        if (model.showsNames()) {
            table.getColumns().add(ResidentsUi.column(messages.get("residents.col.keyWorker"),
                    r -> r.keyWorkerName() == null ? "–" : r.keyWorkerName()));
            table.getColumns().add(ResidentsUi.column(messages.get("residents.col.review"), r -> {
                if (r.nextReviewDue() == null) {
                    return "–";
                }
                String date = Formats.date(r.nextReviewDue());
                return r.nextReviewDue().isBefore(model.today()) ? messages.get("residents.col.reviewLate", date) : date;
            }));
            table.getColumns().add(ResidentsUi.column(messages.get("residents.col.flags"), r -> {
                List<String> flags = new ArrayList<>();
                if (r.medicalFlag()) {
                    flags.add(messages.get("residents.flag.medical"));
                }
                if (r.teamDiscussion()) {
                    flags.add(messages.get("residents.flag.discuss"));
                }
                if (r.state() != ResidentState.PRESENT) {
                    flags.add(messages.get(r.state().messageKey()));
                }
                return String.join(" · ", flags);
            }));
        }
        table.setRowFactory(t -> {
            TableRow<ResidentRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openResident.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ResidentRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                openResident.accept(selected.id());
            }
        });
        table.setPlaceholder(new Label(messages.get("residents.list.empty")));

        Label summary = new Label();
        summary.setId("residents-summary");
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.summaryProperty());
        Button previous = new Button(messages.get("residents.list.previous"), Icons.of("mdi2c-chevron-left", 16));
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        previous.setOnAction(e -> model.previous());
        Button next = new Button(messages.get("residents.list.next"), Icons.of("mdi2c-chevron-right", 16));
        next.setId("residents-next");
        next.disableProperty().bind(model.hasNextProperty().not());
        next.setOnAction(e -> model.next());
        Button open = new Button(messages.get("action.open"));
        open.setId("residents-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openResident.accept(table.getSelectionModel().getSelectedItem().id()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox pager = new HBox(10, summary, spacer, open, previous, next);
        pager.setAlignment(Pos.CENTER_LEFT);

        Button note = new Button(messages.get("residents.quick.button"), Icons.of("mdi2n-note-plus-outline", 16));
        note.setId("residents-quick-observation");
        note.getStyleClass().add("accent");
        note.setOnAction(e -> quickObservation.run());
        HBox actions = new HBox(10);
        actions.setAlignment(Pos.CENTER_RIGHT);
        if (model.canManageSettings()) {
            Button set = new Button(messages.get("residents.settings.button"), Icons.of("mdi2c-cog-outline", 16));
            set.setId("residents-settings");
            set.setOnAction(e -> settings.run());
            actions.getChildren().add(set);
        }
        if (model.canCreate()) {
            Button add = new Button(messages.get("residents.list.new"), Icons.of("mdi2a-account-plus-outline", 16));
            add.setId("residents-new");
            add.setOnAction(e -> newResident.run());
            actions.getChildren().add(add);
        }
        actions.getChildren().add(note);
        Region topSpacer = new Region();
        HBox.setHgrow(topSpacer, Priority.ALWAYS);
        HBox top = new HBox(12, Forms.title(messages.get("residents.list.title")), topSpacer, actions);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(12, top, Forms.hint(messages.get(model.showsNames() ? "residents.list.intro"
                : "residents.list.introStaff")), filters, table, pager);
        VBox.setVgrow(table, Priority.ALWAYS);
        page.getStyleClass().add("page");
        model.start();
        return page;
    }

    private static <T> void withEmpty(ComboBox<T> box) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(box.getItems());
        box.getItems().setAll(items);
    }

    private CheckBox check(String id, String key, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }
}

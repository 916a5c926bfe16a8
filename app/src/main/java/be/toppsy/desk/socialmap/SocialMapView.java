package be.toppsy.desk.socialmap;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The social map: a searchable list on the left, the selected service on the right. */
public final class SocialMapView {

    private final SocialMapViewModel model;
    private final Messages messages;
    private final DialogService dialogs;

    public SocialMapView(SocialMapViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public Parent build() {
        TextField search = new TextField();
        search.setId("socialmap-search");
        search.setPromptText(messages.get("socialmap.searchPrompt"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.queryProperty());
        ComboBox<ServiceKind> kind = choice("socialmap-filter-kind", withNull(List.of(ServiceKind.values())),
                k -> messages.get(k.messageKey()), messages.get("socialmap.anyKind"));
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());
        ComboBox<String> region = choice("socialmap-filter-region", withNull(Regions.ALL),
                r -> messages.get(Regions.messageKey(r)), messages.get("socialmap.anyRegion"));
        region.valueProperty().bindBidirectional(model.regionFilterProperty());
        CheckBox crisis = new CheckBox(messages.get("socialmap.crisisOnly"));
        crisis.setId("socialmap-filter-crisis");
        crisis.selectedProperty().bindBidirectional(model.crisisOnlyProperty());
        CheckBox verify = new CheckBox(messages.get("socialmap.toVerifyOnly"));
        verify.selectedProperty().bindBidirectional(model.toVerifyOnlyProperty());
        FlowPane filters = new FlowPane(10, 8, search, kind, region, crisis, verify);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<SocialService> table = new TableView<>(model.services());
        table.setId("socialmap-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<SocialService, String> nameColumn = column(messages.get("socialmap.col.name"), SocialService::name);
        nameColumn.setPrefWidth(230);
        nameColumn.setMinWidth(180);
        table.getColumns().add(nameColumn);
        table.getColumns().add(column(messages.get("socialmap.col.kind"), s -> messages.get(s.kind().messageKey())));
        table.getColumns().add(column(messages.get("socialmap.col.where"), s -> (s.region() == null ? "" : s.region())
                + (s.city() == null ? "" : (s.region() == null ? "" : " · ") + s.city())));
        table.getColumns().add(column(messages.get("socialmap.col.phone"), s -> s.phone() == null ? "" : s.phone()));
        table.getColumns().add(column(messages.get("socialmap.col.verified"), s -> s.toVerify()
                ? messages.get("socialmap.toVerify") : Formats.date(s.lastVerifiedOn())));
        table.setPlaceholder(new Label(messages.get("socialmap.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, s) -> {
            if (s != null) {
                model.edit(s);
            }
        });
        Label summary = new Label();
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.summaryProperty());
        VBox left = new VBox(10, filters, table, summary);
        VBox.setVgrow(table, Priority.ALWAYS);

        Node detail = detail();
        detail.visibleProperty().bind(model.editingProperty().isNotNull());
        Label pick = new Label(messages.get("socialmap.pick"));
        pick.getStyleClass().add("hint");
        pick.visibleProperty().bind(model.editingProperty().isNull());
        javafx.scene.layout.StackPane right = new javafx.scene.layout.StackPane(pick, detail);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.64);
        VBox.setVgrow(split, Priority.ALWAYS);

        HBox actions = new HBox(8);
        actions.setAlignment(Pos.CENTER_RIGHT);
        Button export = new Button(messages.get("socialmap.export"), Icons.of("mdi2f-file-export-outline", 16));
        export.setId("socialmap-export");
        export.setOnAction(e -> dialogs.chooseSaveFile(messages.get("socialmap.export"), "sociale-kaart.csv",
                messages.get("socialmap.csvFiles"), List.of("*.csv")).ifPresent(model::exportTo));
        actions.getChildren().add(export);
        if (model.canEdit()) {
            Button importCsv = new Button(messages.get("socialmap.import"), Icons.of("mdi2f-file-import-outline", 16));
            importCsv.setId("socialmap-import");
            importCsv.setOnAction(e -> dialogs.chooseOpenFile(messages.get("socialmap.import"),
                    messages.get("socialmap.csvFiles"), List.of("*.csv", "*.txt")).ifPresent(file -> model.importFrom(file,
                    preview -> dialogs.confirm(messages.get("socialmap.import.preview.title"), preview,
                            messages.get("socialmap.import.preview.button")))));
            Button add = new Button(messages.get("socialmap.new"), Icons.of("mdi2p-plus", 16));
            add.setId("socialmap-new");
            add.getStyleClass().add("accent");
            add.setOnAction(e -> {
                table.getSelectionModel().clearSelection();
                model.edit(null);
            });
            actions.getChildren().addAll(importCsv, add);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, Forms.title(messages.get("socialmap.title")), spacer, actions);
        top.setAlignment(Pos.CENTER_LEFT);
        Label report = new Label();
        report.setId("socialmap-import-report");
        report.setWrapText(true);
        report.textProperty().bind(model.importReportProperty());
        report.visibleProperty().bind(report.textProperty().isNotEmpty());
        report.managedProperty().bind(report.visibleProperty());
        report.getStyleClass().add("import-report");
        VBox page = new VBox(12, top, Forms.hint(messages.get("socialmap.intro")), report, split);
        page.getStyleClass().add("page");
        model.search();
        return page;
    }

    private Node detail() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        Forms.row(grid, row++, messages.get("socialmap.field.name"), text("socialmap-name", model.nameProperty()),
                model.errorOf("name"));
        ComboBox<ServiceKind> kind = choice("socialmap-kind", List.of(ServiceKind.values()),
                k -> messages.get(k.messageKey()), "");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        Forms.row(grid, row++, messages.get("socialmap.field.kind"), kind, null);
        ComboBox<String> region = choice("socialmap-region", withNull(Regions.ALL),
                r -> messages.get(Regions.messageKey(r)), messages.get("socialmap.noRegion"));
        region.valueProperty().bindBidirectional(model.regionProperty());
        Forms.row(grid, row++, messages.get("socialmap.field.region"), new HBox(8, region,
                text("socialmap-city", model.cityProperty())), model.errorOf("city"));
        Forms.row(grid, row++, messages.get("socialmap.field.languages"), text("socialmap-languages",
                model.languagesProperty()), model.errorOf("languages"));
        Forms.row(grid, row++, messages.get("socialmap.field.targetGroups"), area(model.targetGroupsProperty(), 1000),
                model.errorOf("targetGroups"));
        Forms.row(grid, row++, messages.get("socialmap.field.howToRefer"), area(model.howToReferProperty(), 4000),
                model.errorOf("howToRefer"));
        Forms.row(grid, row++, messages.get("socialmap.field.waitingTime"), text("socialmap-waiting",
                model.waitingTimeProperty()), model.errorOf("waitingTime"));
        ComboBox<Boolean> interpreter = choice("socialmap-interpreter", withNull(List.of(true, false)),
                b -> messages.get(b ? "socialmap.yes" : "socialmap.no"), messages.get("socialmap.unknown"));
        interpreter.valueProperty().bindBidirectional(model.interpreterProperty());
        Forms.row(grid, row++, messages.get("socialmap.field.interpreter"), interpreter, null);
        Forms.row(grid, row++, messages.get("socialmap.field.cost"), text("socialmap-cost", model.costProperty()),
                model.errorOf("cost"));
        Forms.row(grid, row++, messages.get("socialmap.field.phone"), text("socialmap-phone", model.phoneProperty()),
                model.errorOf("phone"));
        Forms.row(grid, row++, messages.get("socialmap.field.email"), text("socialmap-email", model.emailProperty()),
                model.errorOf("email"));
        Forms.row(grid, row++, messages.get("socialmap.field.website"), text("socialmap-website",
                model.websiteProperty()), model.errorOf("website"));
        Forms.row(grid, row++, messages.get("socialmap.field.address"), text("socialmap-address",
                model.addressProperty()), model.errorOf("address"));
        Forms.row(grid, row++, messages.get("socialmap.field.notes"), area(model.notesProperty(), 20000),
                model.errorOf("notes"));
        CheckBox crisis = new CheckBox(messages.get("socialmap.field.crisis"));
        crisis.selectedProperty().bindBidirectional(model.crisisContactProperty());
        CheckBox verify = new CheckBox(messages.get("socialmap.field.toVerify"));
        verify.selectedProperty().bindBidirectional(model.toVerifyProperty());
        Forms.row(grid, row++, "", new HBox(16, crisis, verify), null);
        Label verification = new Label();
        verification.getStyleClass().add("hint");
        verification.textProperty().bind(model.verificationProperty());
        Forms.row(grid, row, messages.get("socialmap.field.lastVerified"), verification, null);
        boolean editable = model.canEdit();
        grid.setDisable(!editable);
        Label message = new Label();
        message.getStyleClass().add("success-text");
        message.textProperty().bind(model.messageProperty());
        VBox box = new VBox(10, grid, message);
        if (editable) {
            Button save = new Button(messages.get("action.save"));
            save.setId("socialmap-save");
            save.getStyleClass().add("accent");
            save.setOnAction(e -> model.save());
            Button verified = new Button(messages.get("socialmap.markVerified"), Icons.of("mdi2c-check-decagram", 16));
            verified.setId("socialmap-verified");
            verified.setOnAction(e -> model.markVerified());
            Button delete = new Button(messages.get("socialmap.delete"));
            delete.getStyleClass().add("danger");
            delete.setOnAction(e -> model.editing().ifPresent(s -> {
                if (s.id() != null && dialogs.confirm(messages.get("socialmap.delete"),
                        messages.get("socialmap.deleteQuestion", s.name()), messages.get("socialmap.delete"))) {
                    model.delete();
                }
            }));
            box.getChildren().add(new HBox(8, save, verified, delete));
        }
        box.getStyleClass().add("socialmap-detail");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextArea area(StringProperty property, int max) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(2);
        area.setTextFormatter(new javafx.scene.control.TextFormatter<String>(c ->
                c.getControlNewText().length() <= max ? c : null));
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private static <T> List<T> withNull(List<T> items) {
        List<T> list = new ArrayList<>();
        list.add(null);
        list.addAll(items);
        return list;
    }

    private static <T> ComboBox<T> choice(String id, List<T> items, Function<T, String> text, String emptyText) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? emptyText : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? emptyText : text.apply(item));
            }
        });
        return box;
    }

    private static TableColumn<SocialService, String> column(String title, Function<SocialService, String> value) {
        TableColumn<SocialService, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}

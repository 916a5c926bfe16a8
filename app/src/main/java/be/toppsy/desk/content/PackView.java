package be.toppsy.desk.content;

import be.toppsy.desk.content.pack.PackManifest;
import be.toppsy.desk.content.pack.SourceReference;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The active content pack, its sources, and import. */
public final class PackView {

    private final PackViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final ContentUi ui;

    public PackView(PackViewModel model, Messages messages, DialogService dialogs, ContentUi ui) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.ui = ui;
    }

    public Parent build() {
        VBox activeCard = new VBox(8);
        activeCard.getStyleClass().addAll("card", "pack-card");
        activeCard.setId("pack-active");
        model.activeProperty().addListener((obs, o, pack) -> fillActive(activeCard, pack));

        Button importZip = new Button(messages.get("content.import.zip"), Icons.of("mdi2z-zip-box-outline", 16));
        importZip.setId("pack-import-zip");
        importZip.getStyleClass().add("accent");
        importZip.setOnAction(e -> model.importFrom(dialogs.chooseOpenFile(messages.get("content.import.zip"),
                messages.get("content.import.zipFiles"), List.of("*.zip"))));
        Button importFolder = new Button(messages.get("content.import.folder"), Icons.of("mdi2f-folder-open-outline", 16));
        importFolder.setId("pack-import-folder");
        importFolder.setOnAction(e -> model.importFrom(dialogs.chooseFolder(messages.get("content.import.folder"))));
        Button bundled = new Button(messages.get("content.bundled.use"));
        bundled.setId("pack-use-bundled");
        bundled.setOnAction(e -> model.useBundledPack());
        bundled.visibleProperty().bind(model.activeProperty().isNotNull().and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.activeProperty().get() != null
                        && model.activeProperty().get().origin() == ActivePack.Origin.IMPORTED, model.activeProperty())));
        bundled.managedProperty().bind(bundled.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());
        importZip.disableProperty().bind(model.busyProperty());
        importFolder.disableProperty().bind(model.busyProperty());
        HBox actions = new HBox(10, importZip, importFolder, bundled, busy);

        Label message = new Label();
        message.setId("pack-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((obs, o, error) -> {
            message.getStyleClass().removeAll("form-message", "success-text");
            message.getStyleClass().add(error ? "form-message" : "success-text");
        });
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("pack-problems");
        problems.setPrefHeight(220);
        problems.getStyleClass().add("pack-problems");
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        TableView<ContentRepository.StoredPack> history = new TableView<>(model.history());
        history.setId("pack-history");
        history.setPrefHeight(180);
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.getColumns().add(column(messages.get("content.history.when"), p -> Formats.dateTime(p.importedAt())));
        history.getColumns().add(column(messages.get("content.history.pack"), ContentRepository.StoredPack::packId));
        history.getColumns().add(column(messages.get("content.history.version"), ContentRepository.StoredPack::version));
        history.getColumns().add(column(messages.get("content.history.title"), ContentRepository.StoredPack::title));
        history.getColumns().add(column(messages.get("content.history.active"),
                p -> p.active() ? messages.get("content.history.yes") : ""));
        history.setPlaceholder(new Label(messages.get("content.history.empty")));

        VBox page = new VBox(14, Forms.title(messages.get("content.packs.title")),
                Forms.hint(messages.get("content.packs.intro")), activeCard,
                sectionTitle(messages.get("content.import.title")), Forms.hint(messages.get("content.import.intro")),
                actions, message, problems, sectionTitle(messages.get("content.history.heading")), history);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        model.load();
        return scroll;
    }

    private void fillActive(VBox card, ActivePack active) {
        card.getChildren().clear();
        if (active == null) {
            card.getChildren().add(new Label(messages.get("content.pack.none")));
            return;
        }
        PackManifest m = active.pack().manifest();
        Label title = new Label(m.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        title.setId("pack-title");
        Label official = new Label(messages.get(m.official() ? "content.pack.official" : "content.pack.notOfficial"));
        official.getStyleClass().addAll("badge", m.official() ? "level-basic" : "level-heightened");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        row = fact(grid, row, messages.get("content.pack.id"), m.id());
        row = fact(grid, row, messages.get("content.pack.version"), m.version().toString());
        row = fact(grid, row, messages.get("content.pack.language"), m.language());
        row = fact(grid, row, messages.get("content.pack.origin"), model.describeOrigin(active));
        row = fact(grid, row, messages.get("content.pack.authors"), String.join(", ", m.authors()));
        row = fact(grid, row, messages.get("content.pack.licence"), m.licence());
        fact(grid, row, messages.get("content.pack.contents"), messages.get("content.pack.counts",
                active.pack().chapters().size(), active.pack().modules().size(), active.pack().lessons().size(),
                active.pack().glossary().size()));
        card.getChildren().addAll(new HBox(10, title, official), Forms.hint(m.description()), grid);
        if (!m.sources().isEmpty()) {
            card.getChildren().add(sectionTitle(messages.get("content.pack.sources")));
            VBox sources = new VBox(2);
            for (SourceReference s : m.sources()) {
                Label line = new Label("• " + ui.renderer().sourceText(s));
                line.setWrapText(true);
                sources.getChildren().add(line);
            }
            card.getChildren().add(sources);
        }
        if (!active.warnings().isEmpty()) {
            card.getChildren().add(Forms.hint(messages.get("content.pack.warnings", active.warnings().size())));
        }
    }

    private static int fact(GridPane grid, int row, String label, String value) {
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        Label text = new Label(value == null || value.isBlank() ? "–" : value);
        text.setWrapText(true);
        grid.addRow(row, name, text);
        return row + 1;
    }

    private static Node sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}

package be.toppsy.desk.intervision.board;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.Pages;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.Ui;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The case board: five columns of cards. Cards are dragged between columns, or moved with their
 * menu (keyboard users, and tests, since drag and drop is unreliable headless).
 */
public final class BoardView {

    static final String DRAG_PREFIX = "iv-case:";

    private final BoardViewModel model;
    private final Messages messages;
    private final Pages pages;

    public BoardView(BoardViewModel model, Messages messages, Pages pages) {
        this.model = model;
        this.messages = messages;
        this.pages = pages;
    }

    public Parent build() {
        Button newCase = new Button(messages.get("iv.board.newCase"), Icons.of("mdi2p-plus", 16));
        newCase.setId("iv-new-case");
        newCase.getStyleClass().add("accent");
        newCase.setOnAction(e -> pages.newCase());

        ComboBox<Person> presenter = new ComboBox<>(model.presenters());
        presenter.setId("iv-filter-presenter");
        presenter.setPromptText(messages.get("iv.board.filter.allPresenters"));
        Ui.texts(presenter, Person::name, messages.get("iv.board.filter.allPresenters"));
        presenter.valueProperty().bindBidirectional(model.presenterFilterProperty());
        ComboBox<String> tag = new ComboBox<>(model.tags());
        tag.setId("iv-filter-tag");
        tag.setPromptText(messages.get("iv.board.filter.allTags"));
        Ui.texts(tag, t -> "#" + t, messages.get("iv.board.filter.allTags"));
        tag.valueProperty().bindBidirectional(model.tagFilterProperty());
        ComboBox<SupportLevel> level = new ComboBox<>();
        level.getItems().setAll(SupportLevel.values());
        level.setId("iv-filter-level");
        level.setPromptText(messages.get("iv.board.filter.allLevels"));
        Ui.texts(level, l -> messages.get(l.messageKey()), messages.get("iv.board.filter.allLevels"));
        level.valueProperty().bindBidirectional(model.levelFilterProperty());
        Button clear = new Button(messages.get("action.clearFilters"));
        clear.setId("iv-filter-clear");
        clear.setOnAction(e -> model.clearFilters());
        Label summary = new Label();
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.summaryProperty());

        HBox filters = new HBox(8, Icons.of("mdi2f-filter-outline", 18), presenter, tag, level, clear, summary,
                Ui.spacer(), newCase);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("iv-board-message");
        message.getStyleClass().add("iv-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        HBox columns = new HBox(12);
        columns.getStyleClass().add("iv-board");
        for (CaseColumn column : CaseColumn.values()) {
            Node node = column(column);
            HBox.setHgrow(node, Priority.ALWAYS);
            columns.getChildren().add(node);
        }
        VBox.setVgrow(columns, Priority.ALWAYS);

        VBox page = new VBox(12, Forms.title(messages.get("iv.board.title")), Forms.hint(messages.get("iv.board.intro")),
                filters, message, columns);
        page.getStyleClass().addAll("page", "iv-page");
        model.load();
        return page;
    }

    private Node column(CaseColumn column) {
        Label title = new Label();
        title.getStyleClass().add("iv-column-title");
        Runnable retitle = () -> title.setText(model.columnTitle(column));
        VBox cards = new VBox(8);
        cards.setId("iv-column-" + column.name());
        cards.getStyleClass().add("iv-column-cards");
        Label empty = Ui.wrapped(messages.get("iv.board.emptyColumn"), "hint", "iv-column-empty");
        Runnable fill = () -> {
            List<Node> nodes = model.column(column).stream().map(this::card).map(Node.class::cast).toList();
            cards.getChildren().setAll(nodes.isEmpty() ? List.of(empty) : nodes);
            retitle.run();
        };
        model.column(column).addListener((ListChangeListener<CaseCard>) c -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("iv-column-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(8, title, scroll);
        box.getStyleClass().add("iv-column");
        box.setMinWidth(200);
        box.setPrefWidth(240);
        box.setOnDragOver(e -> {
            Dragboard board = e.getDragboard();
            if (board.hasString() && board.getString().startsWith(DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        box.setOnDragEntered(e -> box.getStyleClass().add("iv-drop-target"));
        box.setOnDragExited(e -> box.getStyleClass().remove("iv-drop-target"));
        box.setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            boolean done = false;
            if (board.hasString() && board.getString().startsWith(DRAG_PREFIX)) {
                model.move(Long.parseLong(board.getString().substring(DRAG_PREFIX.length())), column);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return box;
    }

    private Node card(CaseCard card) {
        IntervisionCase kase = card.kase();
        Label title = Ui.wrapped(kase.title(), "iv-card-title");
        Label presenter = Ui.iconLabel(messages.get("iv.card.presenter", kase.presenter().name()),
                "mdi2a-account-outline", "hint");
        HBox top = new HBox(6, Ui.levelBadge(kase.level(), messages), Ui.spacer());
        top.setAlignment(Pos.CENTER_LEFT);
        if (model.mayMove(card)) {
            MenuButton menu = new MenuButton();
            menu.setGraphic(Icons.of("mdi2d-dots-horizontal", 16));
            menu.getStyleClass().addAll("flat", "iv-card-menu");
            menu.setId("iv-card-menu-" + kase.id());
            menu.setAccessibleText(messages.get("iv.card.moveTo"));
            for (CaseColumn column : CaseColumn.values()) {
                if (column != kase.column()) {
                    MenuItem item = new MenuItem(messages.get("iv.card.moveToColumn", messages.get(column.messageKey())));
                    item.setId("iv-move-" + kase.id() + "-" + column.name());
                    item.setOnAction(e -> model.move(kase.id(), column));
                    menu.getItems().add(item);
                }
            }
            menu.setOnMouseClicked(javafx.event.Event::consume);
            top.getChildren().add(menu);
        }
        VBox box = new VBox(6, top, title, presenter);
        if (!kase.tags().isEmpty()) {
            javafx.scene.layout.FlowPane chips = Ui.tagChips(kase.tags());
            chips.setPrefWrapLength(150);
            box.getChildren().add(chips);
        }
        String actions = model.actionsText(card);
        if (!actions.isEmpty()) {
            box.getChildren().add(Ui.iconLabel(actions, "mdi2c-checkbox-marked-circle-outline", "iv-card-line"));
        }
        if (card.overdueActions() > 0) {
            box.getChildren().add(Ui.iconLabel(messages.get("iv.card.overdue", card.overdueActions()),
                    "mdi2a-alert-circle-outline", "iv-overdue"));
        }
        String resident = model.residentText(card);
        if (!resident.isEmpty()) {
            box.getChildren().add(Ui.iconLabel(resident, "mdi2l-link-variant", "iv-card-line"));
        }
        if (card.attachedContent() > 0) {
            box.getChildren().add(Ui.iconLabel(messages.get("iv.card.content", card.attachedContent()),
                    "mdi2b-book-open-page-variant-outline", "iv-card-line"));
        }
        box.getStyleClass().add("iv-card");
        box.setMinWidth(0);
        box.setId("iv-card-" + kase.id());
        box.setFocusTraversable(true);
        box.setAccessibleText(kase.title());
        box.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && e.isStillSincePress()) {
                pages.openCase(kase.id());
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                pages.openCase(kase.id());
            }
        });
        if (model.mayMove(card)) {
            box.setOnDragDetected(e -> {
                Dragboard board = box.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_PREFIX + kase.id());
                board.setContent(content);
                board.setDragView(box.snapshot(null, null));
                e.consume();
            });
        }
        return box;
    }
}

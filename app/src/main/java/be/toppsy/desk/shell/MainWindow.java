package be.toppsy.desk.shell;

import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.Navigable;
import be.toppsy.desk.ui.Navigator;
import be.toppsy.desk.ui.SearchHit;
import be.toppsy.desk.ui.Shortcut;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.StringConverter;

/**
 * The main window: navigation on the left, the open area in the middle, quick search (Ctrl+K) and
 * the user menu on top, the logged-in user in the status bar.
 */
public final class MainWindow implements Navigator {

    public static final KeyCombination SEARCH_KEYS = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination LOCK_KEYS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    /** What the window asks of the shell around it. */
    public interface Actions {
        void lock();

        void logout();

        void languageChanged(String openAreaId);

        void changePassword();
    }

    private final MainViewModel model;
    private final QuickSearchViewModel search;
    private final Messages messages;
    private final Actions actions;
    private final Map<String, Area> areas = new LinkedHashMap<>();
    private final Map<String, Node> views = new HashMap<>();
    private final Map<String, ToggleButton> navButtons = new HashMap<>();
    private final StackPane content = new StackPane();
    private final ToggleGroup navGroup = new ToggleGroup();
    private TextField searchField;
    private Popup searchPopup;
    private BorderPane root;

    public MainWindow(MainViewModel model, QuickSearchViewModel search, Messages messages, Actions actions) {
        this.model = model;
        this.search = search;
        this.messages = messages;
        this.actions = actions;
        model.areas().forEach(a -> areas.put(a.id(), a));
    }

    public Parent build() {
        root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(topBar());
        root.setLeft(navigation());
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(statusBar());
        return root;
    }

    /** Adds the window-wide shortcuts to the scene that shows this window. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(SEARCH_KEYS, () -> {
            searchField.requestFocus();
            searchField.selectAll();
        });
        // Later, not now: locking replaces the scene's accelerators while the scene is still iterating them.
        scene.getAccelerators().put(LOCK_KEYS, () -> Platform.runLater(actions::lock));
        for (Shortcut shortcut : model.shortcuts()) {
            scene.getAccelerators().put(shortcut.keys(),
                    () -> Platform.runLater(() -> shortcut.action().accept(scene.getWindow())));
        }
    }

    public Optional<String> openAreaId() {
        return Optional.ofNullable(model.selectedProperty().get()).map(Area::id);
    }

    @Override
    public void open(String areaId) {
        Area area = areas.get(areaId);
        if (area == null) {
            return;
        }
        model.select(area);
        Node view = views.computeIfAbsent(areaId, id -> area.view().get());
        content.getChildren().setAll(view);
        ToggleButton button = navButtons.get(areaId);
        if (button != null && !button.isSelected()) {
            button.setSelected(true);
        }
    }

    @Override
    public void open(Destination destination) {
        open(destination.areaId());
        Node view = views.get(destination.areaId());
        if (view instanceof Navigable navigable) {
            navigable.navigateTo(destination);
        }
    }

    public void openFirst() {
        areas.keySet().stream().findFirst().ifPresent(this::open);
    }

    private Node topBar() {
        Label brand = new Label(messages.get("app.name"));
        brand.getStyleClass().add("top-brand");
        brand.setGraphic(Icons.of("mdi2h-hand-heart", 20));

        searchField = new TextField();
        searchField.setId("quick-search");
        searchField.setPromptText(messages.get("search.prompt"));
        searchField.setPrefWidth(420);
        searchField.textProperty().bindBidirectional(search.queryProperty());
        searchField.setDisable(!search.hasProviders());
        buildSearchPopup();

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ComboBox<Language> language = new ComboBox<>();
        language.setId("language-switch");
        language.getItems().setAll(Language.values());
        language.setValue(model.language());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : l.code().toUpperCase();
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        language.setOnAction(e -> {
            Language chosen = language.getValue();
            if (chosen != null && chosen != model.language()) {
                String area = openAreaId().orElse(null);
                model.changeLanguage(chosen, () -> actions.languageChanged(area));
            }
        });

        MenuItem changePassword = new MenuItem(messages.get("menu.changePassword"));
        changePassword.setOnAction(e -> actions.changePassword());
        MenuItem lock = new MenuItem(messages.get("menu.lock"));
        lock.setId("menu-lock");
        lock.setOnAction(e -> actions.lock());
        MenuItem logout = new MenuItem(messages.get("menu.logout"));
        logout.setId("menu-logout");
        logout.setOnAction(e -> actions.logout());
        MenuButton user = new MenuButton(model.userName(), Icons.of("mdi2a-account-circle", 18),
                changePassword, new SeparatorMenuItem(), lock, logout);
        user.setId("user-menu");

        HBox bar = new HBox(12, brand, searchField, spacer, language, user);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private void buildSearchPopup() {
        ListView<SearchHit> list = new ListView<>(search.results());
        list.setId("quick-search-results");
        list.setPrefSize(640, 380);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                if (empty || hit == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label category = new Label(hit.category());
                category.getStyleClass().add("search-category");
                Label title = new Label(hit.title());
                title.getStyleClass().add("search-title");
                Label detail = new Label(hit.detail());
                detail.getStyleClass().add("hint");
                VBox box = new VBox(2, new HBox(8, category, title), detail);
                // Long titles and snippets end in an ellipsis instead of scrolling sideways.
                box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
                detail.maxWidthProperty().bind(box.maxWidthProperty());
                title.setMinWidth(0);
                setPrefWidth(0);
                setGraphic(box);
                setText(null);
            }
        });
        Label empty = new Label(messages.get("search.none"));
        empty.getStyleClass().add("hint");
        list.setPlaceholder(empty);
        searchPopup = new Popup();
        searchPopup.setAutoHide(true);
        searchPopup.getContent().add(wrapPopup(list));
        Runnable openSelected = () -> {
            SearchHit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null) {
                searchPopup.hide();
                searchField.clear();
                open(hit.destination());
            }
        };
        list.setOnMouseClicked(e -> openSelected.run());
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchPopup.hide();
                searchField.requestFocus();
            }
        });
        searchField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !search.results().isEmpty()) {
                showSearchPopup();
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && !search.results().isEmpty()) {
                list.getSelectionModel().selectFirst();
                openSelected.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                searchPopup.hide();
            }
        });
        search.queryProperty().addListener((obs, o, q) -> {
            if (q == null || q.trim().length() < QuickSearchViewModel.MIN_QUERY_LENGTH) {
                searchPopup.hide();
            } else {
                showSearchPopup();
            }
        });
    }

    private static Node wrapPopup(Node node) {
        StackPane pane = new StackPane(node);
        pane.getStyleClass().add("search-popup");
        return pane;
    }

    private void showSearchPopup() {
        if (searchPopup.isShowing() || searchField.getScene() == null) {
            return;
        }
        Bounds bounds = searchField.localToScreen(searchField.getBoundsInLocal());
        if (bounds != null) {
            searchPopup.show(searchField, bounds.getMinX(), bounds.getMaxY() + 2);
        }
    }

    private Node navigation() {
        VBox nav = new VBox(2);
        nav.getStyleClass().add("nav");
        String lastSection = null;
        for (Area area : areas.values()) {
            if (!area.section().equals(lastSection)) {
                Label header = new Label(messages.get("nav.section." + area.section()));
                header.getStyleClass().add("nav-section");
                nav.getChildren().add(header);
                lastSection = area.section();
            }
            ToggleButton button = new ToggleButton(messages.get(area.titleKey()), Icons.of(area.icon(), 18));
            button.setId("nav-" + area.id());
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(navGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setOnAction(e -> {
                if (!button.isSelected()) {
                    button.setSelected(true);
                }
                open(area.id());
            });
            navButtons.put(area.id(), button);
            nav.getChildren().add(button);
        }
        ScrollPane scroll = new ScrollPane(nav);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("nav-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private Node statusBar() {
        Label user = new Label(messages.get("status.user", model.userName(), model.rolesText()));
        user.setId("status-user");
        user.setGraphic(Icons.of("mdi2a-account", 14));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label keys = new Label(messages.get("status.keys"));
        keys.getStyleClass().add("hint");
        HBox bar = new HBox(12, user, spacer, keys);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** For tests and the shell: the areas shown in the navigation. */
    public List<String> areaIds() {
        return List.copyOf(areas.keySet());
    }

    void focusSearchLater() {
        Platform.runLater(() -> searchField.requestFocus());
    }
}

package be.toppsy.desk.guide;

import be.toppsy.desk.content.pack.Chapter;
import be.toppsy.desk.content.render.ContentLink;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.render.ContentRenderer;
import be.toppsy.desk.content.ContentSearch;
import be.toppsy.desk.content.ContentUi;
import be.toppsy.desk.content.pack.GlossaryTerm;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.render.NavigableRoot;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Navigable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The guide reader: contents and search on the left, the chapter or the glossary on the right. */
public final class GuideView implements Navigable {

    private final GuideViewModel model;
    private final ContentUi ui;
    private final Messages messages;
    private final boolean trainerNotes;
    private final ContentRenderer renderer;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    private final VBox glossaryList = new VBox();
    private java.util.function.BiConsumer<Node, Chapter> print;

    public GuideView(GuideViewModel model, ContentUi ui, boolean trainerNotes) {
        this.model = model;
        this.ui = ui;
        this.messages = ui.messages();
        this.trainerNotes = trainerNotes;
        this.renderer = ui.renderer();
    }

    /** Adds "Afdrukken (PDF)" to the chapter view; the action gets the button (as owner) and the chapter. */
    GuideView withPrint(java.util.function.BiConsumer<Node, Chapter> print) {
        this.print = print;
        return this;
    }

    public Parent build() {
        root.getStyleClass().add("guide");
        root.setId("guide-view");
        root.setLeft(sidebar());
        scroll.setFitToWidth(true);
        scroll.setId("guide-scroll");
        scroll.getStyleClass().addAll("edge-to-edge", "reader-scroll");
        root.setCenter(scroll);
        model.pageProperty().addListener((obs, o, p) -> show());
        model.chapterProperty().addListener((obs, o, c) -> show());
        model.glossaryFocusProperty().addListener((obs, o, f) -> {
            if (model.pageProperty().get() == GuideViewModel.Page.GLOSSARY) {
                show();
            }
        });
        show();
        model.load();
        return new NavigableRoot(root, this::navigateTo, model::refreshIfChanged, renderer::hidePopup);
    }

    @Override
    public void navigateTo(Destination target) {
        model.navigateTo(target);
    }

    private Node sidebar() {
        TextField search = new TextField();
        search.setId("guide-search");
        search.setPromptText(messages.get("guide.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        Button clear = new Button(null, Icons.of("mdi2c-close", 14));
        clear.getStyleClass().addAll("flat", "button-icon");
        clear.setOnAction(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(4, search, clear);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        ListView<Chapter> toc = new ListView<>(model.chapters());
        toc.setId("guide-toc");
        toc.getStyleClass().add("guide-toc");
        toc.setPrefHeight(260);
        toc.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Chapter c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label label = new Label(messages.get("guide.toc.entry", c.number(), c.title()));
                label.setWrapText(true);
                label.setMaxWidth(230);
                setGraphic(label);
                setText(null);
            }
        });
        toc.getSelectionModel().selectedItemProperty().addListener((obs, o, c) -> {
            if (c != null && c != model.chapterProperty().get()) {
                model.openChapter(c.id());
            }
        });
        model.chapterProperty().addListener((obs, o, c) -> {
            if (c != null && model.pageProperty().get() == GuideViewModel.Page.CHAPTER) {
                toc.getSelectionModel().select(c);
            }
        });
        model.pageProperty().addListener((obs, o, p) -> {
            if (p == GuideViewModel.Page.GLOSSARY) {
                toc.getSelectionModel().clearSelection();
            }
        });

        Hyperlink glossary = new Hyperlink(messages.get("guide.glossary"), Icons.of("mdi2b-book-alphabet", 16));
        glossary.setId("guide-glossary-link");
        glossary.setOnAction(e -> {
            glossary.setVisited(false);
            model.openGlossary("");
        });

        VBox bookmarkBox = new VBox(2);
        bookmarkBox.setId("guide-bookmarks");
        Runnable fillBookmarks = () -> {
            bookmarkBox.getChildren().clear();
            ContentPack pack = model.packProperty().get();
            if (model.bookmarks().isEmpty() || pack == null) {
                bookmarkBox.getChildren().add(hint(messages.get("guide.bookmarks.none")));
                return;
            }
            for (Bookmark b : model.bookmarks()) {
                pack.chapter(b.chapterId()).ifPresent(c -> {
                    Hyperlink link = new Hyperlink(messages.get("guide.toc.entry", c.number(), c.title()),
                            Icons.of("mdi2b-bookmark", 14));
                    link.setWrapText(true);
                    link.setOnAction(e -> model.openChapter(c.id()));
                    bookmarkBox.getChildren().add(link);
                });
            }
        };
        model.bookmarks().addListener((javafx.collections.ListChangeListener<Bookmark>) c -> fillBookmarks.run());
        fillBookmarks.run();

        VBox contents = new VBox(8, sectionLabel(messages.get("guide.contents")), toc, glossary,
                sectionLabel(messages.get("guide.bookmarks")), bookmarkBox);

        ListView<ContentSearch.Hit> results = new ListView<>(model.results());
        results.setId("guide-search-results");
        results.getStyleClass().add("guide-results");
        results.setCellFactory(v -> new HitCell());
        Label none = new Label(messages.get("guide.search.none"));
        none.getStyleClass().add("hint");
        none.setWrapText(true);
        results.setPlaceholder(none);
        results.setOnMouseClicked(e -> open(results.getSelectionModel().getSelectedItem()));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        StackPane stack = new StackPane(contents, results);
        results.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.queryProperty().get() != null && model.queryProperty().get().strip().length() >= 2,
                model.queryProperty()));
        contents.visibleProperty().bind(results.visibleProperty().not());
        VBox.setVgrow(stack, Priority.ALWAYS);
        VBox side = new VBox(10, searchRow, stack);
        side.getStyleClass().add("guide-sidebar");
        side.setPrefWidth(300);
        side.setMinWidth(260);
        return side;
    }

    private void open(ContentSearch.Hit hit) {
        if (hit == null) {
            return;
        }
        switch (hit.kind()) {
            case CHAPTER -> model.openChapter(hit.id());
            case GLOSSARY -> model.openGlossary(hit.id());
            case LESSON -> ui.links().open(new ContentLink(ContentLink.Kind.LESSON, hit.id()));
            case MODULE -> ui.links().open(new ContentLink(ContentLink.Kind.MODULE, hit.id()));
        }
    }

    /** A search result: category, title and snippet with the matched words highlighted. */
    private final class HitCell extends ListCell<ContentSearch.Hit> {
        @Override
        protected void updateItem(ContentSearch.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label category = new Label(messages.get("guide.search.kind." + hit.kind().name().toLowerCase(Locale.ROOT)));
            category.getStyleClass().add("search-category");
            TextFlow title = highlighted(hit.title(), hit.titleHighlights(), "search-title");
            TextFlow snippet = highlighted(hit.snippet(), hit.snippetHighlights(), "search-snippet");
            title.setMaxWidth(240);
            snippet.setMaxWidth(260);
            snippet.setPrefWidth(250);
            VBox box = new VBox(3, category, title, snippet);
            setGraphic(box);
            setText(null);
        }
    }

    static TextFlow highlighted(String text, List<ContentSearch.Range> ranges, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        int at = 0;
        for (ContentSearch.Range r : ranges) {
            if (r.start() < at || r.end() > text.length()) {
                continue;
            }
            if (r.start() > at) {
                flow.getChildren().add(part(text.substring(at, r.start()), false));
            }
            flow.getChildren().add(part(text.substring(r.start(), r.end()), true));
            at = r.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(part(text.substring(at), false));
        }
        return flow;
    }

    private static Text part(String s, boolean highlight) {
        Text text = new Text(s);
        text.getStyleClass().add(highlight ? "search-highlight" : "md-text");
        return text;
    }

    private void show() {
        renderer.hidePopup();
        GuideViewModel.Page page = model.pageProperty().get();
        switch (page) {
            case LOADING -> scroll.setContent(centered(new ProgressIndicator()));
            case EMPTY -> scroll.setContent(centered(hint(messages.get("guide.empty"))));
            case CHAPTER -> {
                Chapter c = model.chapterProperty().get();
                if (c != null) {
                    scroll.setContent(chapterPage(c));
                    scroll.setVvalue(0);
                }
            }
            case GLOSSARY -> {
                scroll.setContent(glossaryPage());
                focusTerm(model.glossaryFocusProperty().get());
            }
        }
    }

    private ContentRenderer.Options options() {
        return new ContentRenderer.Options(model.packProperty().get(), trainerNotes);
    }

    private Node chapterPage(Chapter c) {
        Label number = new Label(messages.get("guide.chapter.number", c.number()));
        number.getStyleClass().add("reader-kicker");
        Label title = new Label(c.title());
        title.getStyleClass().add("reader-title");
        title.setId("guide-chapter-title");
        title.setWrapText(true);

        Button bookmark = new Button();
        bookmark.setId("guide-bookmark");
        bookmark.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(
                model.bookmarkedProperty().get() ? "mdi2b-bookmark" : "mdi2b-bookmark-outline", 16),
                model.bookmarkedProperty()));
        bookmark.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.bookmarkedProperty().get() ? "guide.bookmark.remove" : "guide.bookmark.add"),
                model.bookmarkedProperty()));
        bookmark.setOnAction(e -> model.toggleBookmark());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, renderer.levelBadges(c.levels(), options()), spacer, bookmark);
        if (print != null) {
            Button printButton = new Button(messages.get("guide.print"), Icons.of("mdi2f-file-pdf-box", 16));
            printButton.setId("guide-print");
            printButton.setOnAction(e -> print.accept(printButton, c));
            header.getChildren().add(printButton);
        }
        header.setAlignment(Pos.CENTER_LEFT);

        VBox page = new VBox(12, number, title, header);
        if (!c.summary().isBlank()) {
            Label summary = new Label(c.summary());
            summary.getStyleClass().add("reader-summary");
            summary.setWrapText(true);
            page.getChildren().add(summary);
        }
        page.getChildren().add(renderer.renderBody(c.markdown(), c.title(), options()));
        List<Lesson> lessons = model.lessonsOfChapter();
        if (!lessons.isEmpty()) {
            VBox box = new VBox(4, sectionLabel(messages.get("guide.chapter.lessons")));
            box.getStyleClass().add("reader-related");
            box.setId("guide-chapter-lessons");
            for (Lesson l : lessons) {
                Hyperlink link = new Hyperlink(l.title(), Icons.of("mdi2s-school-outline", 14));
                link.setWrapText(true);
                link.setOnAction(e -> ui.links().open(new ContentLink(ContentLink.Kind.LESSON, l.id())));
                box.getChildren().add(link);
            }
            page.getChildren().add(box);
        }
        page.getChildren().add(pager());
        page.getStyleClass().addAll("page", "reader-page");
        return page;
    }

    private Node pager() {
        Optional<Chapter> previous = model.previousChapter();
        Optional<Chapter> next = model.nextChapter();
        Button back = new Button(previous.map(c -> messages.get("guide.previous", c.title())).orElse(""),
                Icons.of("mdi2c-chevron-left", 16));
        back.setId("guide-previous");
        back.setOnAction(e -> model.previous());
        back.setVisible(previous.isPresent());
        Button forward = new Button(next.map(c -> messages.get("guide.next", c.title())).orElse(""),
                Icons.of("mdi2c-chevron-right", 16));
        forward.setId("guide-next");
        forward.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        forward.setOnAction(e -> model.next());
        forward.setVisible(next.isPresent());
        back.setMaxWidth(380);
        forward.setMaxWidth(380);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox pager = new HBox(back, spacer, forward);
        pager.getStyleClass().add("reader-pager");
        return pager;
    }

    private Node glossaryPage() {
        ContentPack pack = model.packProperty().get();
        Label title = new Label(messages.get("guide.glossary"));
        title.getStyleClass().add("reader-title");
        title.setId("guide-glossary-title");
        TextField filter = new TextField();
        filter.setId("glossary-filter");
        filter.setPromptText(messages.get("guide.glossary.filter"));
        filter.setMaxWidth(360);
        glossaryList.getChildren().clear();
        glossaryList.setSpacing(14);
        List<GlossaryTerm> terms = pack == null ? List.of() : pack.glossary().stream()
                .sorted(Comparator.comparing(t -> t.term().toLowerCase(Locale.ROOT))).toList();
        for (GlossaryTerm term : terms) {
            glossaryList.getChildren().add(termEntry(term, pack));
        }
        filter.textProperty().addListener((obs, o, text) -> {
            String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            for (Node n : glossaryList.getChildren()) {
                boolean show = q.isEmpty() || String.valueOf(n.getUserData()).contains(q);
                n.setVisible(show);
                n.setManaged(show);
            }
        });
        VBox page = new VBox(12, title, hint(messages.get("guide.glossary.intro", terms.size())), filter, glossaryList);
        page.getStyleClass().addAll("page", "reader-page");
        return page;
    }

    private Node termEntry(GlossaryTerm term, ContentPack pack) {
        Label name = new Label(term.term());
        name.getStyleClass().add("glossary-term");
        VBox entry = new VBox(4, name, renderer.renderInline(term.definition(), options()));
        entry.setId("glossary-entry-" + term.id());
        entry.getStyleClass().add("glossary-entry");
        entry.setUserData((term.term() + " " + term.id()).toLowerCase(Locale.ROOT));
        if (!term.see().isEmpty()) {
            HBox see = new HBox(6, new Label(messages.get("guide.glossary.see")));
            see.setAlignment(Pos.BASELINE_LEFT);
            for (String id : term.see()) {
                pack.term(id).ifPresent(other -> {
                    Hyperlink link = new Hyperlink(other.term());
                    link.setOnAction(e -> model.openGlossary(other.id()));
                    see.getChildren().add(link);
                });
            }
            entry.getChildren().add(see);
        }
        if (!term.source().isBlank()) {
            pack.source(term.source()).ifPresent(s ->
                    entry.getChildren().add(hint(messages.get("guide.glossary.source", renderer.sourceText(s)))));
        }
        return entry;
    }

    private void focusTerm(String termId) {
        if (termId == null || termId.isBlank()) {
            scroll.setVvalue(0);
            return;
        }
        for (Node n : glossaryList.getChildren()) {
            n.getStyleClass().remove("glossary-entry-focus");
        }
        Node target = glossaryList.lookup("#glossary-entry-" + termId);
        if (target == null) {
            return;
        }
        target.getStyleClass().add("glossary-entry-focus");
        Platform.runLater(() -> {
            Node content = scroll.getContent();
            content.applyCss();
            if (content instanceof Parent p) {
                p.layout();
            }
            double y = target.localToScene(0, 0).getY() - content.localToScene(0, 0).getY();
            double max = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(max <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / max)));
        });
    }

    private static Node centered(Node node) {
        StackPane pane = new StackPane(node);
        pane.getStyleClass().add("page");
        pane.setAlignment(Pos.TOP_CENTER);
        return pane;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static Label sectionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}

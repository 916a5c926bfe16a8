package be.toppsy.desk.content.render;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.content.pack.Chapter;
import be.toppsy.desk.content.pack.GlossaryTerm;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.pack.SourceReference;
import be.toppsy.desk.content.render.ContentRenderer.Options;
import be.toppsy.desk.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.PopOver;

/** The popups of rendered content: a glossary term, a support level; one at a time. */
final class ContentPopups {

    private final ContentRenderer renderer;
    private final Messages messages;
    private final ContentLinkHandler links;
    private PopOver popOver;

    ContentPopups(ContentRenderer renderer, Messages messages, ContentLinkHandler links) {
        this.renderer = renderer;
        this.messages = messages;
        this.links = links;
    }

    /** The glossary popup: the term, its definition, related terms, its source. */
    void showTerm(Node owner, GlossaryTerm term, Options options) {
        VBox content = new VBox();
        content.getStyleClass().add("term-popup");
        content.setId("glossary-popup");
        fillTerm(content, term, options);
        show(owner, content);
    }

    private void fillTerm(VBox content, GlossaryTerm term, Options options) {
        Label title = new Label(term.term());
        title.getStyleClass().add("term-popup-title");
        title.setId("glossary-popup-title");
        title.setWrapText(true);
        TextFlow definition = renderer.renderInline(term.definition(), options);
        definition.getStyleClass().add("term-popup-definition");
        content.getChildren().setAll(title, definition);
        if (!term.see().isEmpty()) {
            TextFlow see = ContentRenderer.flow("term-popup-see");
            see.getChildren().add(ContentRenderer.text(messages.get("content.glossary.see") + " ", List.of("md-strong")));
            boolean first = true;
            for (String id : term.see()) {
                Optional<GlossaryTerm> other = options.pack().term(id);
                if (other.isEmpty()) {
                    continue;
                }
                if (!first) {
                    see.getChildren().add(ContentRenderer.text(", ", List.of()));
                }
                first = false;
                Hyperlink link = new Hyperlink(other.get().term());
                link.getStyleClass().addAll("md-link", "md-link-glossary");
                link.setOnAction(e -> fillTerm(content, other.get(), options));
                see.getChildren().add(link);
            }
            content.getChildren().add(see);
        }
        if (!term.source().isEmpty()) {
            options.pack().source(term.source()).ifPresent(s -> {
                Label source = new Label(messages.get("content.glossary.source", sourceText(s)));
                source.getStyleClass().add("hint");
                source.setWrapText(true);
                content.getChildren().add(source);
            });
        }
        Hyperlink all = new Hyperlink(messages.get("content.glossary.openAll"));
        all.getStyleClass().add("md-link");
        all.setOnAction(e -> {
            hide();
            links.open(new ContentLink(ContentLink.Kind.GLOSSARY, term.id()));
        });
        content.getChildren().add(all);
    }

    /** "title (organisation, year)" as far as known. */
    String sourceText(SourceReference s) {
        String details = String.join(", ", java.util.stream.Stream.of(s.organisation(), s.year())
                .filter(x -> x != null && !x.isBlank()).toList());
        return details.isEmpty() ? s.title() : messages.get("content.source.withDetails", s.title(), details);
    }

    /** The level popup: what the support level means, and the chapters and lessons that belong to it. */
    void showLevel(Node owner, SupportLevel level, Options options) {
        VBox content = new VBox();
        content.getStyleClass().add("term-popup");
        content.setId("level-popup");
        Label title = new Label(messages.get(level.supportKey()));
        title.getStyleClass().addAll("term-popup-title", level.styleClass());
        Label text = new Label(messages.get("content.level.description." + level.name()));
        text.setWrapText(true);
        content.getChildren().addAll(title, text);
        List<Chapter> chapters = options.pack().chapters().stream().filter(c -> c.levels().contains(level)).toList();
        List<Lesson> lessons = options.pack().lessons().stream().filter(l -> l.levels().contains(level)).toList();
        if (!chapters.isEmpty() || !lessons.isEmpty()) {
            Label heading = new Label(messages.get("content.level.related"));
            heading.getStyleClass().add("md-strong-label");
            content.getChildren().add(heading);
            for (Chapter c : chapters) {
                content.getChildren().add(popupLink(messages.get("content.level.chapter", c.number(), c.title()),
                        new ContentLink(ContentLink.Kind.GUIDE, c.id())));
            }
            for (Lesson l : lessons) {
                content.getChildren().add(popupLink(l.title(), new ContentLink(ContentLink.Kind.LESSON, l.id())));
            }
        }
        show(owner, content);
    }

    private Hyperlink popupLink(String text, ContentLink target) {
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().add("md-link");
        link.setWrapText(true);
        link.setOnAction(e -> {
            hide();
            links.open(target);
        });
        return link;
    }

    private void show(Node owner, VBox content) {
        hide();
        content.setPrefWidth(420);
        content.setMaxWidth(420);
        popOver = new PopOver(content);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        popOver.setArrowLocation(arrowFor(owner));
        popOver.getRoot().getStylesheets().setAll(owner.getScene() == null ? List.of()
                : owner.getScene().getStylesheets());
        popOver.show(owner);
    }

    /** Below the link when there is room, otherwise above it; to the left of it near the right edge. */
    private static PopOver.ArrowLocation arrowFor(Node owner) {
        javafx.geometry.Bounds b = owner.localToScreen(owner.getBoundsInLocal());
        if (b == null) {
            return PopOver.ArrowLocation.TOP_LEFT;
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(b.getMinX(), b.getMinY(),
                Math.max(1, b.getWidth()), Math.max(1, b.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        boolean above = b.getMaxY() > screen.getMinY() + screen.getHeight() * 0.55;
        boolean right = b.getMinX() > screen.getMinX() + screen.getWidth() * 0.6;
        if (above) {
            return right ? PopOver.ArrowLocation.BOTTOM_RIGHT : PopOver.ArrowLocation.BOTTOM_LEFT;
        }
        return right ? PopOver.ArrowLocation.TOP_RIGHT : PopOver.ArrowLocation.TOP_LEFT;
    }

    void hide() {
        if (popOver != null && popOver.isShowing()) {
            popOver.hide(javafx.util.Duration.ZERO);
        }
        popOver = null;
    }

    Optional<PopOver> showing() {
        return Optional.ofNullable(popOver).filter(PopOver::isShowing);
    }
}

package be.toppsy.desk.content.render;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.content.pack.Callout;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.GlossaryTerm;
import be.toppsy.desk.content.pack.SourceReference;
import be.toppsy.desk.content.parse.Markdown;
import be.toppsy.desk.content.parse.PackFiles;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Icons;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.controlsfx.control.PopOver;

/**
 * Turns pack Markdown into JavaFX nodes (no WebView): paragraphs as {@link TextFlow}s, the block
 * types as coloured boxes with their heading, links as {@link Hyperlink}s. Glossary and level
 * links open a popup here; other links go to the {@link ContentLinkHandler}. A {@code [!crisis]}
 * block lists the crisis contacts; {@code [!trainer]} blocks are shown only when asked.
 */
public final class ContentRenderer {

    private static final double MAX_IMAGE_WIDTH = 720;

    private final Messages messages;
    private final CrisisContacts crisisContacts;
    private final ContentLinkHandler links;
    private final ContentPopups popups;

    public ContentRenderer(Messages messages, CrisisContacts crisisContacts, ContentLinkHandler links) {
        this.messages = messages;
        this.crisisContacts = crisisContacts;
        this.links = links;
        this.popups = new ContentPopups(this, messages, links);
    }

    /** What a rendering needs besides the text. */
    public record Options(ContentPack pack, boolean trainerNotes) {
    }

    /** The whole text as one column of blocks. */
    public VBox render(String markdown, Options options) {
        org.commonmark.node.Node document = Markdown.parse(markdown);
        List<org.commonmark.node.Node> blocks = new ArrayList<>();
        for (org.commonmark.node.Node b = document.getFirstChild(); b != null; b = b.getNext()) {
            blocks.add(b);
        }
        return column(renderBlocks(blocks, options), "md-document");
    }

    /** A chapter's or lesson's body; a first heading that repeats the title (already shown above it) is left out. */
    public VBox renderBody(String markdown, String title, Options options) {
        org.commonmark.node.Node document = Markdown.parse(markdown);
        List<org.commonmark.node.Node> blocks = new ArrayList<>();
        for (org.commonmark.node.Node b = document.getFirstChild(); b != null; b = b.getNext()) {
            blocks.add(b);
        }
        if (!blocks.isEmpty() && blocks.get(0) instanceof Heading h && h.getLevel() == 1
                && Markdown.plainText(h).strip().equals(title.strip())) {
            blocks.remove(0);
        }
        return column(renderBlocks(blocks, options), "md-document");
    }

    /** Each block on its own (trainer mode shows them one at a time); hidden trainer notes give no node. */
    public List<Node> renderBlocks(List<org.commonmark.node.Node> blocks, Options options) {
        List<Node> out = new ArrayList<>();
        for (org.commonmark.node.Node block : blocks) {
            Node node = block(block, options);
            if (node != null) {
                out.add(node);
            }
        }
        return out;
    }

    /** A short text (a quiz option, feedback) as one flow; paragraphs are separated by a blank line. */
    public TextFlow renderInline(String markdown, Options options) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("md-paragraph");
        org.commonmark.node.Node document = Markdown.parse(markdown);
        boolean first = true;
        for (org.commonmark.node.Node b = document.getFirstChild(); b != null; b = b.getNext()) {
            if (!first) {
                flow.getChildren().add(text("\n\n", List.of()));
            }
            first = false;
            if (b instanceof Paragraph || b instanceof Heading) {
                inline(b, flow, List.of(), options);
            } else {
                flow.getChildren().add(text(Markdown.plainText(b).strip(), List.of()));
            }
        }
        return flow;
    }

    private static VBox column(List<Node> nodes, String styleClass) {
        VBox box = new VBox();
        box.getStyleClass().add(styleClass);
        box.getChildren().setAll(nodes);
        box.setFillWidth(true);
        return box;
    }

    private Node block(org.commonmark.node.Node block, Options options) {
        // Markdown.parse already flattens deeper texts; this keeps any other tree from overflowing the UI thread's stack.
        if (Markdown.depthOf(block) > Markdown.MAX_DEPTH) {
            return new javafx.scene.text.Text("\u2026");
        }
        if (block instanceof Heading heading) {
            TextFlow flow = flow("md-h" + Math.min(4, heading.getLevel()));
            inline(heading, flow, List.of(), options);
            return flow;
        }
        if (block instanceof Paragraph paragraph) {
            return paragraph(paragraph, options);
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            return list(block, options);
        }
        if (block instanceof BlockQuote quote) {
            return quote(quote, options);
        }
        if (block instanceof TableBlock table) {
            return table(table, options);
        }
        if (block instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof ThematicBreak) {
            Separator separator = new Separator();
            separator.getStyleClass().add("md-rule");
            return separator;
        }
        if (block instanceof HtmlBlock html) {
            return codeBlock(html.getLiteral());
        }
        TextFlow flow = flow("md-paragraph");
        flow.getChildren().add(text(Markdown.plainText(block), List.of()));
        return flow;
    }

    private Node paragraph(Paragraph paragraph, Options options) {
        if (paragraph.getFirstChild() instanceof org.commonmark.node.Image image && image.getNext() == null) {
            return figure(image, options);
        }
        TextFlow flow = flow("md-paragraph");
        inline(paragraph, flow, List.of(), options);
        return flow.getChildren().isEmpty() ? null : flow;
    }

    static TextFlow flow(String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        return flow;
    }

    private Node list(org.commonmark.node.Node list, Options options) {
        VBox box = new VBox();
        box.getStyleClass().add("md-list");
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label bullet = new Label(list instanceof OrderedList ? (number++) + "." : "•");
            bullet.getStyleClass().add("md-bullet");
            bullet.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            List<org.commonmark.node.Node> children = new ArrayList<>();
            for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                children.add(c);
            }
            VBox content = column(renderBlocks(children, options), "md-list-item-content");
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(bullet, content);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private Node quote(BlockQuote quote, Options options) {
        Optional<Callout> callout = Markdown.callout(quote);
        List<org.commonmark.node.Node> children = new ArrayList<>();
        for (org.commonmark.node.Node c = quote.getFirstChild(); c != null; c = c.getNext()) {
            children.add(c);
        }
        if (callout.isEmpty()) {
            if (Markdown.marker(quote).isPresent() && !children.isEmpty()) {
                children.remove(0);
            }
            return column(renderBlocks(children, options), "md-quote");
        }
        Callout kind = callout.get();
        if (kind == Callout.TRAINER && !options.trainerNotes()) {
            return null;
        }
        Label title = new Label(messages.get(kind.titleKey()), Icons.of(kind.icon(), 18));
        title.getStyleClass().add("callout-title");
        VBox box = new VBox(title);
        box.getStyleClass().addAll("callout", kind.styleClass());
        box.getChildren().addAll(renderBlocks(children, options));
        if (kind == Callout.CRISIS) {
            box.getChildren().add(crisisList());
        }
        return box;
    }

    /**
     * The crisis numbers, large enough to read from a distance. The centre's list comes from the
     * database, so it fills in when it has been read in the background.
     */
    public Node crisisList() {
        VBox list = new VBox();
        list.getStyleClass().add("crisis-contacts");
        list.setId("crisis-contacts");
        crisisContacts.whenRead(contacts -> fillCrisisList(list, contacts));
        return list;
    }

    private void fillCrisisList(VBox list, List<CrisisContact> contacts) {
        list.getChildren().clear();
        for (CrisisContact contact : contacts) {
            Label number = new Label(contact.number());
            number.getStyleClass().add("crisis-number");
            number.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label name = new Label(contact.note() == null || contact.note().isBlank() ? contact.name()
                    : messages.get("content.crisis.nameAndNote", contact.name(), contact.note()));
            name.setWrapText(true);
            HBox row = new HBox(number, name);
            row.setAlignment(Pos.BASELINE_LEFT);
            row.getStyleClass().add("crisis-contact");
            list.getChildren().add(row);
        }
    }

    private Node table(TableBlock table, Options options) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        int row = 0;
        int columns = 0;
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (org.commonmark.node.Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int column = 0;
                for (org.commonmark.node.Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (!(c instanceof TableCell cell)) {
                        continue;
                    }
                    TextFlow flow = flow("md-table-cell");
                    if (cell.isHeader()) {
                        flow.getStyleClass().add("md-table-header");
                    }
                    inline(cell, flow, cell.isHeader() ? List.of("md-strong") : List.of(), options);
                    flow.setMaxWidth(Double.MAX_VALUE);
                    grid.add(flow, column++, row);
                }
                columns = Math.max(columns, column);
                row++;
            }
        }
        for (int i = 0; i < columns; i++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / columns);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
        return grid;
    }

    private static Node codeBlock(String literal) {
        Label label = new Label(literal.stripTrailing());
        label.getStyleClass().add("md-code-block");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private Node figure(org.commonmark.node.Image image, Options options) {
        String alt = Markdown.plainText(image).strip();
        String source = image.getTitle() == null ? "" : image.getTitle().strip();
        VBox figure = new VBox();
        figure.getStyleClass().add("md-figure");
        imageView(image.getDestination(), alt, options).ifPresent(figure.getChildren()::add);
        Label caption = new Label(source.isEmpty() ? alt : messages.get("content.figure.caption", alt, source));
        caption.getStyleClass().add("md-caption");
        caption.setWrapText(true);
        figure.getChildren().add(caption);
        return figure;
    }

    private static Optional<ImageView> imageView(String destination, String alt, Options options) {
        if (options.pack() == null) {
            return Optional.empty();
        }
        return PackFiles.normalise(destination).flatMap(path -> options.pack().files().read(path)).map(bytes -> {
            Image image = new Image(new ByteArrayInputStream(bytes));
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(MAX_IMAGE_WIDTH, image.getWidth() > 0 ? image.getWidth() : MAX_IMAGE_WIDTH));
            view.setSmooth(true);
            view.setAccessibleText(alt);
            return view;
        });
    }

    private void inline(org.commonmark.node.Node parent, TextFlow flow, List<String> styles, Options options) {
        if (Markdown.depthOf(parent) > Markdown.MAX_DEPTH) {
            flow.getChildren().add(new javafx.scene.text.Text("\u2026"));
            return;
        }
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (Markdown.isMarkerLine(n)) {
                continue;
            }
            if (n instanceof SoftLineBreak && n.getPrevious() != null && Markdown.isMarkerLine(n.getPrevious())) {
                continue;
            }
            if (n instanceof org.commonmark.node.Text t) {
                flow.getChildren().add(text(t.getLiteral(), styles));
            } else if (n instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", styles));
            } else if (n instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", styles));
            } else if (n instanceof Code code) {
                flow.getChildren().add(text(code.getLiteral(), plus(styles, "md-code")));
            } else if (n instanceof StrongEmphasis) {
                inline(n, flow, plus(styles, "md-strong"), options);
            } else if (n instanceof Emphasis) {
                inline(n, flow, plus(styles, "md-emph"), options);
            } else if (n instanceof Link link) {
                flow.getChildren().add(link(link, options));
            } else if (n instanceof org.commonmark.node.Image image) {
                imageView(image.getDestination(), Markdown.plainText(image), options).ifPresent(flow.getChildren()::add);
            } else if (n instanceof HtmlInline html) {
                flow.getChildren().add(text(html.getLiteral(), styles));
            } else {
                inline(n, flow, styles, options);
            }
        }
    }

    private static List<String> plus(List<String> styles, String style) {
        List<String> out = new ArrayList<>(styles);
        out.add(style);
        return out;
    }

    static Text text(String literal, List<String> styles) {
        Text text = new Text(literal);
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(styles);
        return text;
    }

    private Hyperlink link(Link link, Options options) {
        ContentLink target = ContentLink.parse(link.getDestination());
        Hyperlink hyperlink = new Hyperlink(Markdown.plainText(link));
        hyperlink.getStyleClass().addAll("md-link", "md-link-" + target.kind().name().toLowerCase(java.util.Locale.ROOT));
        hyperlink.setFocusTraversable(true);
        if (target.kind() == ContentLink.Kind.GLOSSARY) {
            hyperlink.setId("term-" + target.target());
        }
        hyperlink.setOnAction(e -> {
            hyperlink.setVisited(false);
            follow(target, hyperlink, options);
        });
        return hyperlink;
    }

    /** Follows a link: popups for glossary terms and levels, the handler for everything else. */
    public void follow(ContentLink target, Node source, Options options) {
        switch (target.kind()) {
            case GLOSSARY -> options.pack().term(target.target()).ifPresent(t -> showTerm(source, t, options));
            case LEVEL -> SupportLevel.fromPackCode(target.target()).ifPresent(l -> showLevel(source, l, options));
            default -> links.open(target);
        }
    }

    /** The support levels as coloured badges; each opens the level popup. */
    public HBox levelBadges(List<SupportLevel> levels, Options options) {
        HBox box = new HBox(6);
        box.getStyleClass().add("level-badges");
        for (SupportLevel level : levels) {
            Hyperlink badge = new Hyperlink(messages.get(level.supportKey()));
            badge.getStyleClass().addAll("badge", "level-badge", level.styleClass());
            badge.setOnAction(e -> {
                badge.setVisited(false);
                showLevel(badge, level, options);
            });
            box.getChildren().add(badge);
        }
        return box;
    }

    /** The glossary popup: the term, its definition, related terms, its source. */
    public void showTerm(Node owner, GlossaryTerm term, Options options) {
        popups.showTerm(owner, term, options);
    }

    /** "title (organisation, year)" as far as known. */
    public String sourceText(SourceReference s) {
        return popups.sourceText(s);
    }

    /** The level popup: what the support level means, and the chapters and lessons that belong to it. */
    public void showLevel(Node owner, SupportLevel level, Options options) {
        popups.showLevel(owner, level, options);
    }

    public void hidePopup() {
        popups.hide();
    }

    /** The popup shown now, for tests. */
    public Optional<PopOver> popup() {
        return popups.showing();
    }
}

package be.toppsy.desk.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The one Markdown dialect of packs: CommonMark with tables, and block types as {@code > [!marker]}. */
public final class Markdown {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z-]+)]");

    private Markdown() {
    }

    /** Parses Markdown; the parser is thread-safe and the result is a fresh tree. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /** The marker of a block ({@code letop}, {@code praktijk}...) when the blockquote starts with one. */
    public static Optional<String> marker(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph paragraph)) {
            return Optional.empty();
        }
        StringBuilder firstLine = new StringBuilder();
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                break;
            }
            if (n instanceof Text text) {
                firstLine.append(text.getLiteral());
            } else {
                return Optional.empty();
            }
        }
        Matcher m = MARKER.matcher(firstLine.toString().strip());
        return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The callout of a blockquote, when its marker is one the format knows. */
    public static Optional<Callout> callout(BlockQuote quote) {
        return marker(quote).flatMap(Callout::fromMarker);
    }

    /** True for the inline nodes of the marker line of a callout's first paragraph (the renderer skips them). */
    public static boolean isMarkerLine(Node inline) {
        if (!(inline.getParent() instanceof Paragraph p) || !(p.getParent() instanceof BlockQuote q)
                || q.getFirstChild() != p || marker(q).isEmpty()) {
            return false;
        }
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n == inline) {
                return true;
            }
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                return false;
            }
        }
        return false;
    }

    /** 0-based line of a node within the Markdown text, or -1 when unknown. */
    public static int lineIndex(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans != null && !spans.isEmpty()) {
                return spans.get(0).getLineIndex();
            }
        }
        return -1;
    }

    /** The plain text of a node and its children (for search and titles). */
    public static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        if (node instanceof Text t) {
            out.append(t.getLiteral());
        } else if (node instanceof Code c) {
            out.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendText(child, out);
            if (child instanceof org.commonmark.node.Block) {
                out.append('\n');
            }
        }
    }
}

package be.toppsy.desk.content.parse;

import be.toppsy.desk.content.pack.Callout;
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

    /**
     * Deepest nesting of blocks, lists, quotes, brackets and emphasis a text may have. Real lessons
     * stay far below; a deeper tree would overflow the stack of every recursive visitor (and slows
     * the parser down by seconds), so it is checked before any recursive step.
     */
    public static final int MAX_DEPTH = 40;
    /** What a too-deep text is shown as: its first characters, as plain text. */
    private static final int FLATTENED_CHARS = 10_000;

    /**
     * Parses Markdown; the parser is thread-safe and the result is a fresh tree. A text nested
     * deeper than {@link #MAX_DEPTH} comes back as one plain paragraph, so that no visitor (and no
     * renderer on the UI thread) can overflow the stack on it.
     */
    public static Node parse(String markdown) {
        String text = markdown == null ? "" : markdown;
        if (scanDepth(text).isPresent()) {
            return flattened(text);
        }
        Node document = PARSER.parse(text);
        return deepestBeyondLimit(document).isPresent() ? flattened(text) : document;
    }

    /** The 0-based line where the text nests deeper than {@link #MAX_DEPTH}, if it does. */
    public static Optional<Integer> tooDeepLine(String markdown) {
        String text = markdown == null ? "" : markdown;
        Optional<Integer> scanned = scanDepth(text);
        if (scanned.isPresent()) {
            return scanned;
        }
        return deepestBeyondLimit(PARSER.parse(text)).map(n -> Math.max(0, lineIndex(n)));
    }

    /**
     * A cheap look at the text before parsing: container markers ({@code >}, list markers) and
     * indentation at the start of each line, and open brackets within a paragraph.
     */
    private static Optional<Integer> scanDepth(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int brackets = 0;
        int emphasis = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                brackets = 0;
                emphasis = 0;
                continue;
            }
            if (prefixDepth(line) > MAX_DEPTH) {
                return Optional.of(i);
            }
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch == '\\') {
                    c++;
                } else if (ch == '[' && ++brackets > MAX_DEPTH) {
                    return Optional.of(i);
                } else if (ch == ']' && brackets > 0) {
                    brackets--;
                } else if (ch == '*' || ch == '_') {
                    // A run of * or _ opens emphasis after a space and closes it before one (the parser recurses on it).
                    int end = c;
                    while (end < line.length() && line.charAt(end) == ch) {
                        end++;
                    }
                    boolean afterSpace = c == 0 || Character.isWhitespace(line.charAt(c - 1));
                    boolean beforeSpace = end == line.length() || Character.isWhitespace(line.charAt(end));
                    if (afterSpace && !beforeSpace) {
                        emphasis += end - c;
                    } else if (!afterSpace && beforeSpace) {
                        emphasis = Math.max(0, emphasis - (end - c));
                    }
                    if (emphasis > MAX_DEPTH) {
                        return Optional.of(i);
                    }
                    c = end - 1;
                }
            }
        }
        return Optional.empty();
    }

    private static int prefixDepth(String line) {
        int markers = 0;
        int columns = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4;
            } else if (c == '>') {
                markers++;
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                markers++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j))) {
                    j++;
                }
                if (j < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')')
                        && (j + 1 == line.length() || line.charAt(j + 1) == ' ')) {
                    markers++;
                    i = j;
                } else {
                    break;
                }
            } else {
                break;
            }
            i++;
        }
        // A nested list indents each level by two columns or more.
        return markers + columns / 2;
    }

    /** How many ancestors a node has (0 for the document). */
    public static int depthOf(Node node) {
        int depth = 0;
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            depth++;
        }
        return depth;
    }

    /** The first node deeper than {@link #MAX_DEPTH}, found without recursion. */
    private static Optional<Node> deepestBeyondLimit(Node root) {
        Node n = root;
        int depth = 0;
        while (n != null) {
            Node child = n.getFirstChild();
            if (child != null) {
                n = child;
                if (++depth > MAX_DEPTH) {
                    return Optional.of(n);
                }
                continue;
            }
            while (n != root && n.getNext() == null) {
                n = n.getParent();
                depth--;
            }
            if (n == root) {
                break;
            }
            n = n.getNext();
        }
        return Optional.empty();
    }

    private static Node flattened(String text) {
        org.commonmark.node.Document document = new org.commonmark.node.Document();
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(text.length() > FLATTENED_CHARS ? text.substring(0, FLATTENED_CHARS) : text));
        document.appendChild(paragraph);
        return document;
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
        if (depthOf(node) > MAX_DEPTH) {
            return;
        }
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

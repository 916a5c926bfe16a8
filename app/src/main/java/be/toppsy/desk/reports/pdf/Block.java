package be.toppsy.desk.reports.pdf;

import java.util.List;
import java.util.Objects;

/** One piece of a document's body. The {@link DocumentEngine} lays blocks out onto A4 pages. */
public sealed interface Block {

    /** A section heading; level 1 starts a section, level 2 a subsection. Never left alone at a page's foot. */
    record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text);
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("Heading level 1..3");
            }
        }
    }

    /** Running text; line breaks in the text are kept. */
    record Paragraph(String text, TextStyle style, Align align) implements Block {
        public Paragraph {
            Objects.requireNonNull(text);
            Objects.requireNonNull(style);
            Objects.requireNonNull(align);
        }

        public Paragraph(String text) {
            this(text, TextStyle.BODY, Align.LEFT);
        }

        public Paragraph(String text, TextStyle style) {
            this(text, style, Align.LEFT);
        }
    }

    /** Items with a bullet, or numbered 1., 2., ... */
    record BulletList(List<String> items, boolean numbered) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }

        public BulletList(List<String> items) {
            this(items, false);
        }
    }

    /** Label and value pairs, labels in a narrow bold column. */
    record KeyValues(List<KeyValue> rows) implements Block {
        public KeyValues {
            rows = List.copyOf(rows);
        }
    }

    record KeyValue(String key, String value) {
        public KeyValue {
            Objects.requireNonNull(key);
            value = value == null ? "" : value;
        }
    }

    /**
     * A table: the header row is repeated on every page the table runs onto; a row moves to the
     * next page whole, unless it is taller than a page, in which case it continues line by line.
     *
     * @param widths relative column widths, one per column
     * @param emptyText shown in one line when there are no rows
     */
    record Table(List<String> header, List<Float> widths, List<List<String>> rows, String emptyText) implements Block {
        public Table {
            header = List.copyOf(header);
            widths = List.copyOf(widths);
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
            if (header.size() != widths.size() || header.isEmpty()) {
                throw new IllegalArgumentException("One width per column");
            }
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("Row has " + row.size() + " cells, header " + header.size());
                }
            }
            emptyText = emptyText == null ? "" : emptyText;
        }
    }

    /** A framed note with a label, such as "Let op". */
    record Callout(String label, String text) implements Block {
        public Callout {
            Objects.requireNonNull(label);
            Objects.requireNonNull(text);
        }
    }

    /** Vertical space in points. */
    record Spacer(float points) implements Block {
    }

    record PageBreak() implements Block {
    }

    enum TextStyle {
        BODY, MUTED, SMALL, LARGE, DISPLAY
    }

    enum Align {
        LEFT, CENTER
    }
}

package be.toppsy.desk.reports.pdf;

import static be.toppsy.desk.reports.pdf.DocumentEngine.BRAND;
import static be.toppsy.desk.reports.pdf.DocumentEngine.CALLOUT_BAR;
import static be.toppsy.desk.reports.pdf.DocumentEngine.CALLOUT_FILL;
import static be.toppsy.desk.reports.pdf.DocumentEngine.CONFIDENTIAL;
import static be.toppsy.desk.reports.pdf.DocumentEngine.CONTENT_BOTTOM;
import static be.toppsy.desk.reports.pdf.DocumentEngine.CONTENT_TOP;
import static be.toppsy.desk.reports.pdf.DocumentEngine.CONTENT_WIDTH;
import static be.toppsy.desk.reports.pdf.DocumentEngine.HEADER_FILL;
import static be.toppsy.desk.reports.pdf.DocumentEngine.MARGIN_X;
import static be.toppsy.desk.reports.pdf.DocumentEngine.MUTED;
import static be.toppsy.desk.reports.pdf.DocumentEngine.PAGE_HEIGHT;
import static be.toppsy.desk.reports.pdf.DocumentEngine.RULE;
import static be.toppsy.desk.reports.pdf.DocumentEngine.TEXT;
import static be.toppsy.desk.reports.pdf.DocumentEngine.ZEBRA;

import be.toppsy.desk.reports.pdf.Block.Align;
import be.toppsy.desk.reports.pdf.FontLibrary.Face;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws one document onto A4 pages for {@link DocumentEngine}: the blocks top to bottom with page
 * breaks, wrapping and tables, then (second pass) every page's header and footer. One per render.
 */
final class PageComposer {

    private static final float BODY = 10.5f;
    private static final float TABLE = 9f;

    /** A line of cleaned text ready to draw. */
    private record Line(String text, Face face, float size, Color color, float width, Align align) {
    }

    /** A column of a row: its lines, left edge and width (padding included). */
    private record Cell(List<Line> lines, float x, float width) {
    }



    private final PDDocument document;
    private final DocumentFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;
    private boolean pageHasContent;

    PageComposer(PDDocument document, DocumentFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        newPage();
    }

    void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages.add(page);
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = CONTENT_TOP;
        pageHasContent = false;
    }

    void finish() throws IOException {
        stream.close();
        stream = null;
    }

    /** Starts a new page when less than the given height is left (and the page is not empty). */
    void ensure(float height) {
        if (y - height < CONTENT_BOTTOM && pageHasContent) {
            newPage();
        }
    }

    void title(String title, String subtitle) {
        if (title.isBlank()) {
            return;
        }
        List<Line> lines = new ArrayList<>(wrap(title, Face.BOLD, 20, BRAND, CONTENT_WIDTH, Align.LEFT));
        row(List.of(new Cell(lines, MARGIN_X, CONTENT_WIDTH)), 26, 0, 0, null, null, null);
        if (!subtitle.isBlank()) {
            y -= 2;
            row(List.of(new Cell(wrap(subtitle, Face.REGULAR, 12.5f, MUTED, CONTENT_WIDTH, Align.LEFT),
                    MARGIN_X, CONTENT_WIDTH)), 17, 0, 0, null, null, null);
        }
        y -= 8;
        line(MARGIN_X, y, MARGIN_X + CONTENT_WIDTH, y, BRAND, 1.2f);
        y -= 16;
    }

    void block(Block block) {
        if (block instanceof Block.Heading h) {
            heading(h);
        } else if (block instanceof Block.Paragraph p) {
            paragraph(p);
        } else if (block instanceof Block.BulletList list) {
            bullets(list);
        } else if (block instanceof Block.KeyValues kv) {
            keyValues(kv);
        } else if (block instanceof Block.Table table) {
            table(table);
        } else if (block instanceof Block.Callout callout) {
            callout(callout);
        } else if (block instanceof Block.Spacer spacer) {
            y -= Math.min(spacer.points(), Math.max(0, y - CONTENT_BOTTOM));
        } else if (block instanceof Block.PageBreak && pageHasContent) {
            newPage();
        }
    }

    private void heading(Block.Heading heading) {
        float size = switch (heading.level()) {
            case 1 -> 15f;
            case 2 -> 12.5f;
            default -> 11f;
        };
        float before = heading.level() == 1 ? 12 : 8;
        List<Line> lines = wrap(heading.text(), Face.BOLD, size, heading.level() == 3 ? TEXT : BRAND,
                CONTENT_WIDTH, Align.LEFT);
        float leading = size * 1.3f;
        // Keep the heading with what follows: a line of text and the start of a table fit under it.
        ensure(before + lines.size() * leading + (heading.level() == 3 ? 4 * BODY * 1.4f : 96));
        if (pageHasContent) {
            y -= before;
        }
        row(List.of(new Cell(lines, MARGIN_X, CONTENT_WIDTH)), leading, 0, 0, null, null, null);
        if (heading.level() == 1) {
            y -= 2;
            line(MARGIN_X, y, MARGIN_X + CONTENT_WIDTH, y, RULE, 0.6f);
        }
        y -= 6;
    }

    private void paragraph(Block.Paragraph paragraph) {
        float size;
        Color color = TEXT;
        Face face = Face.REGULAR;
        switch (paragraph.style()) {
            case MUTED -> {
                size = 10f;
                color = MUTED;
                face = Face.ITALIC;
            }
            case SMALL -> {
                size = 8.5f;
                color = MUTED;
            }
            case LARGE -> size = 14f;
            case DISPLAY -> {
                size = 26f;
                face = Face.BOLD;
                color = BRAND;
            }
            default -> size = BODY;
        }
        List<Line> lines = wrap(paragraph.text(), face, size, color, CONTENT_WIDTH, paragraph.align());
        row(List.of(new Cell(lines, MARGIN_X, CONTENT_WIDTH)), size * 1.4f, 0, 0, null, null, null);
        y -= size * 0.6f;
    }

    private void bullets(Block.BulletList list) {
        float indent = list.numbered() ? 22 : 16;
        int number = 0;
        for (String item : list.items()) {
            number++;
            List<Line> bullet = wrap(list.numbered() ? number + "." : "•", list.numbered() ? Face.BOLD : Face.REGULAR,
                    BODY, BRAND, indent, Align.LEFT);
            List<Line> text = wrap(item, Face.REGULAR, BODY, TEXT, CONTENT_WIDTH - indent, Align.LEFT);
            row(List.of(new Cell(bullet, MARGIN_X + (list.numbered() ? 0 : 4), indent), new Cell(text, MARGIN_X + indent, CONTENT_WIDTH - indent)),
                    BODY * 1.4f, 0, 2, null, null, null);
        }
        y -= BODY * 0.5f;
    }

    private void keyValues(Block.KeyValues keyValues) {
        float keyWidth = Math.min(170, CONTENT_WIDTH * 0.32f);
        for (Block.KeyValue kv : keyValues.rows()) {
            List<Line> key = wrap(kv.key(), Face.BOLD, BODY, TEXT, keyWidth - 10, Align.LEFT);
            List<Line> value = wrap(kv.value(), Face.REGULAR, BODY, TEXT, CONTENT_WIDTH - keyWidth, Align.LEFT);
            row(List.of(new Cell(key, MARGIN_X, keyWidth), new Cell(value, MARGIN_X + keyWidth, CONTENT_WIDTH - keyWidth)),
                    BODY * 1.4f, 1, 2, null, null, null);
        }
        y -= BODY * 0.6f;
    }

    private void callout(Block.Callout callout) {
        float pad = 10;
        float inner = CONTENT_WIDTH - 2 * pad - 4;
        List<Line> lines = new ArrayList<>(wrap(callout.label(), Face.BOLD, BODY, CALLOUT_BAR.darker(), inner, Align.LEFT));
        lines.addAll(wrap(callout.text(), Face.REGULAR, BODY, TEXT, inner, Align.LEFT));
        ensure(Math.min(lines.size(), 3) * BODY * 1.4f + 2 * pad);
        row(List.of(new Cell(lines, MARGIN_X + pad + 4, inner)), BODY * 1.4f, pad, pad, CALLOUT_FILL, CALLOUT_BAR, null);
        y -= BODY;
    }

    private void table(Block.Table table) {
        float total = 0;
        for (float w : table.widths()) {
            total += w;
        }
        int columns = table.header().size();
        float[] xs = new float[columns];
        float[] widths = new float[columns];
        float x = MARGIN_X;
        for (int c = 0; c < columns; c++) {
            xs[c] = x;
            widths[c] = CONTENT_WIDTH * table.widths().get(c) / total;
            x += widths[c];
        }
        float pad = 4;
        float leading = TABLE * 1.35f;
        List<Cell> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(new Cell(wrap(table.header().get(c), Face.BOLD, TABLE, BRAND, widths[c] - 2 * pad, Align.LEFT),
                    xs[c] + pad, widths[c] - 2 * pad));
        }
        int headerLines = header.stream().mapToInt(cell -> cell.lines().size()).max().orElse(1);
        float headerHeight = headerLines * leading + 2 * pad;
        Runnable drawHeader = () -> row(header, leading, pad, pad, HEADER_FILL, null, BRAND);
        // The header never stands alone at a page's foot: keep it with the first row or two lines.
        ensure(headerHeight + 2 * leading + 2 * pad);
        drawHeader.run();
        if (table.rows().isEmpty()) {
            row(List.of(new Cell(wrap(table.emptyText(), Face.ITALIC, TABLE, MUTED, CONTENT_WIDTH - 2 * pad,
                    Align.LEFT), MARGIN_X + pad, CONTENT_WIDTH - 2 * pad)), leading, pad, pad, null, null, RULE);
        }
        int index = 0;
        for (List<String> values : table.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(new Cell(wrap(values.get(c), Face.REGULAR, TABLE, TEXT, widths[c] - 2 * pad, Align.LEFT),
                        xs[c] + pad, widths[c] - 2 * pad));
            }
            row(cells, leading, pad, pad, index % 2 == 1 ? ZEBRA : null, null, RULE, drawHeader, headerHeight);
            index++;
        }
        y -= BODY;
    }

    private void row(List<Cell> cells, float leading, float padTop, float padBottom, Color fill, Color bar,
            Color rule) {
        row(cells, leading, padTop, padBottom, fill, bar, rule, null, 0);
    }

    /**
     * Draws cells side by side. A row that does not fit moves to the next page whole; a row taller
     * than a page continues line by line. After each page break {@code onNewPage} runs (the table
     * header).
     */
    private void row(List<Cell> cells, float leading, float padTop, float padBottom, Color fill, Color bar,
            Color rule, Runnable onNewPage, float reserved) {
        int lineCount = cells.stream().mapToInt(c -> c.lines().size()).max().orElse(0);
        if (lineCount == 0) {
            return;
        }
        float full = lineCount * leading + padTop + padBottom;
        float pageRoom = CONTENT_TOP - CONTENT_BOTTOM - reserved;
        if (y - full < CONTENT_BOTTOM && full <= pageRoom && pageHasContent) {
            breakPage(onNewPage);
        }
        int start = 0;
        while (start < lineCount) {
            float avail = y - CONTENT_BOTTOM - padTop - padBottom;
            int fit = (int) Math.floor(avail / leading + 0.001f);
            if (fit < 1) {
                breakPage(onNewPage);
                continue;
            }
            int end = Math.min(lineCount, start + fit);
            float height = (end - start) * leading + padTop + padBottom;
            if (fill != null) {
                rect(MARGIN_X, y - height, CONTENT_WIDTH, height, fill);
            }
            if (bar != null) {
                rect(MARGIN_X, y - height, 3.5f, height, bar);
            }
            for (Cell cell : cells) {
                for (int i = start; i < Math.min(end, cell.lines().size()); i++) {
                    Line line = cell.lines().get(i);
                    float top = y - padTop - (i - start) * leading;
                    float baseline = top - (leading - line.size()) / 2 - line.size() * 0.8f;
                    float lx = line.align() == Align.CENTER ? cell.x() + (cell.width() - line.width()) / 2 : cell.x();
                    text(line, lx, baseline);
                }
            }
            y -= height;
            if (rule != null) {
                line(MARGIN_X, y, MARGIN_X + CONTENT_WIDTH, y, rule, 0.5f);
            }
            pageHasContent = true;
            start = end;
            if (start < lineCount) {
                breakPage(onNewPage);
            }
        }
    }

    private void breakPage(Runnable onNewPage) {
        newPage();
        if (onNewPage != null) {
            onNewPage.run();
        }
    }

    /** Cleans and wraps text to lines no wider than the width; a too long word is broken inside. */
    List<Line> wrap(String raw, Face face, float size, Color color, float width, Align align) {
        String text = fonts.clean(raw, face);
        List<Line> lines = new ArrayList<>();
        float space = fonts.width(" ", face, size);
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float w = fonts.width(word, face, size);
                float needed = line.isEmpty() ? w : lineWidth + space + w;
                if (needed <= width) {
                    if (!line.isEmpty()) {
                        line.append(' ');
                        lineWidth += space;
                    }
                    line.append(word);
                    lineWidth += w;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(new Line(line.toString(), face, size, color, lineWidth, align));
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (w <= width) {
                    line.append(word);
                    lineWidth = w;
                    continue;
                }
                for (int i = 0; i < word.length(); ) {
                    int cp = word.codePointAt(i);
                    i += Character.charCount(cp);
                    float cw = fonts.width(cp, face, size);
                    if (lineWidth + cw > width && !line.isEmpty()) {
                        lines.add(new Line(line.toString(), face, size, color, lineWidth, align));
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.appendCodePoint(cp);
                    lineWidth += cw;
                }
            }
            lines.add(new Line(line.toString(), face, size, color, lineWidth, align));
        }
        return lines;
    }

    private void text(Line line, float x, float baseline) {
        text(stream, line, x, baseline);
    }

    private void text(PDPageContentStream target, Line line, float x, float baseline) {
        if (line.text().isEmpty()) {
            return;
        }
        try {
            target.beginText();
            target.setNonStrokingColor(line.color());
            target.newLineAtOffset(x, baseline);
            for (DocumentFonts.Run run : fonts.runs(line.text(), line.face(), line.size())) {
                target.setFont(run.font(), line.size());
                target.showText(run.text());
            }
            target.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rect(float x, float yBottom, float width, float height, Color color) {
        try {
            stream.setNonStrokingColor(color);
            stream.addRect(x, yBottom, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float x1, float y1, float x2, float y2, Color color, float thickness) {
        line(stream, x1, y1, x2, y2, color, thickness);
    }

    private static void line(PDPageContentStream target, float x1, float y1, float x2, float y2, Color color,
            float thickness) {
        try {
            target.setStrokingColor(color);
            target.setLineWidth(thickness);
            target.moveTo(x1, y1);
            target.lineTo(x2, y2);
            target.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Second pass: now that the number of pages is known, every page gets its header and footer. */
    void headersAndFooters(DocumentModel model) throws IOException {
        int total = pages.size();
        boolean confidential = model.confidentiality() != null && !model.confidentiality().isBlank();
        float small = 8f;
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream s = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND, true, true)) {
                String pageText = model.pagePattern().replace("{0}", Integer.toString(i + 1))
                        .replace("{1}", Integer.toString(total));
                Line page = single(pageText, Face.REGULAR, small, MUTED, CONTENT_WIDTH / 4);
                float headerBaseline = PAGE_HEIGHT - 40;
                if (confidential) {
                    Line mark = single(model.confidentiality(), Face.BOLD, small, CONFIDENTIAL, CONTENT_WIDTH * 0.4f);
                    text(s, mark, MARGIN_X + CONTENT_WIDTH - mark.width(), headerBaseline);
                    Line header = single(model.headerText(), Face.REGULAR, small, MUTED, CONTENT_WIDTH * 0.58f);
                    text(s, header, MARGIN_X, headerBaseline);
                } else {
                    text(s, single(model.headerText(), Face.REGULAR, small, MUTED, CONTENT_WIDTH), MARGIN_X, headerBaseline);
                }
                line(s, MARGIN_X, headerBaseline - 7, MARGIN_X + CONTENT_WIDTH, headerBaseline - 7, RULE, 0.6f);
                if (model.framed()) {
                    frame(s, 14, BRAND, 1.6f);
                    frame(s, 10, CALLOUT_BAR, 0.6f);
                }

                float footerRule = 54;
                line(s, MARGIN_X, footerRule, MARGIN_X + CONTENT_WIDTH, footerRule, RULE, 0.6f);
                Line export = single(model.exportLine(), Face.REGULAR, small, MUTED, CONTENT_WIDTH - page.width() - 20);
                text(s, export, MARGIN_X, footerRule - 13);
                text(s, page, MARGIN_X + CONTENT_WIDTH - page.width(), footerRule - 13);
                if (confidential) {
                    Line mark = single(model.confidentiality(), Face.BOLD, small, CONFIDENTIAL, CONTENT_WIDTH);
                    text(s, mark, MARGIN_X + (CONTENT_WIDTH - mark.width()) / 2, footerRule - 26);
                }
            }
        }
    }

    /** A rectangle around the body, the given distance outside the margins. */
    private static void frame(PDPageContentStream target, float outset, Color color, float thickness)
            throws IOException {
        target.setStrokingColor(color);
        target.setLineWidth(thickness);
        target.addRect(MARGIN_X - outset, CONTENT_BOTTOM - outset + 4, CONTENT_WIDTH + 2 * outset,
                CONTENT_TOP - CONTENT_BOTTOM + 2 * outset - 8);
        target.stroke();
    }

    /** One line, shortened with an ellipsis when it does not fit. */
    private Line single(String raw, Face face, float size, Color color, float width) {
        List<Line> lines = wrap(raw.replace('\n', ' '), face, size, color, width, Align.LEFT);
        Line first = lines.get(0);
        if (lines.size() == 1) {
            return first;
        }
        String text = first.text();
        while (!text.isEmpty() && fonts.width(text + "…", face, size) > width) {
            text = text.substring(0, text.length() - 1);
        }
        return new Line(text + "…", face, size, color, fonts.width(text + "…", face, size), Align.LEFT);
    }
}

package be.toppsy.desk.reports.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A document before layout: title, subtitle, the texts of the running header and footer, and the
 * body blocks. Built by the document builders, laid out by the {@link DocumentEngine}.
 *
 * @param headerText shown at the top of every page (the kind of document, say)
 * @param exportLine shown at the foot of every page: when and by whom the document was exported
 * @param confidentiality shown on every page when not null, e.g. "Vertrouwelijk"
 * @param pagePattern the page number text with {0} for the page and {1} for the total
 * @param framed a double frame around the body of every page (certificates)
 */
public record DocumentModel(String title, String subtitle, String headerText, String exportLine,
        String confidentiality, String pagePattern, List<Block> blocks, boolean framed) {

    public DocumentModel(String title, String subtitle, String headerText, String exportLine, String confidentiality,
            String pagePattern, List<Block> blocks) {
        this(title, subtitle, headerText, exportLine, confidentiality, pagePattern, blocks, false);
    }

    public DocumentModel {
        Objects.requireNonNull(title);
        subtitle = subtitle == null ? "" : subtitle;
        headerText = headerText == null ? "" : headerText;
        exportLine = exportLine == null ? "" : exportLine;
        Objects.requireNonNull(pagePattern);
        blocks = List.copyOf(blocks);
    }
}

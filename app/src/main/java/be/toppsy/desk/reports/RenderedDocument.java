package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.Unprintable;
import java.util.List;

/**
 * A laid-out PDF, not yet protected by a password.
 *
 * @param unprintable texts that could not be printed, to show to the user; empty when all printed
 */
public record RenderedDocument(DocumentKind kind, boolean namesIncluded, String suggestedFileName, byte[] pdf,
        int pageCount, List<Unprintable> unprintable) {

    public RenderedDocument {
        unprintable = List.copyOf(unprintable);
    }
}

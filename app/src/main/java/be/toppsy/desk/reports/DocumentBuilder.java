package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.DocumentModel;

/** Turns one kind of input record into a document. Pure: no database, no session. */
public interface DocumentBuilder<D> {

    DocumentKind kind();

    DocumentModel build(D data, ExportContext context);

    /** A file name without folder, ending in .pdf, free of resident names. */
    String fileName(D data, ExportContext context);

    /** Lower case, letters, digits and dashes only. */
    static String slug(String text) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "document" : slug;
    }
}

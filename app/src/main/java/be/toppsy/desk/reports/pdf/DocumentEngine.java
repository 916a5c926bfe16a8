package be.toppsy.desk.reports.pdf;

import be.toppsy.desk.reports.pdf.FontLibrary.Face;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Lays a {@link DocumentModel} out onto A4 pages: title, wrapped text (a word wider than the line
 * is broken inside), headings kept with what follows, tables whose header row repeats on every
 * page, and a header and footer with "page N of M" on every page (drawn after the body, when the
 * number of pages is known). Nothing is drawn outside the margins.
 */
public final class DocumentEngine {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    public static final float MARGIN_X = 56;
    static final float CONTENT_TOP = PAGE_HEIGHT - 74;
    static final float CONTENT_BOTTOM = 70;
    static final float CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

    static final Color TEXT = new Color(0x22, 0x27, 0x2b);
    static final Color MUTED = new Color(0x5f, 0x67, 0x6e);
    static final Color BRAND = new Color(0x0f, 0x5c, 0x6b);
    static final Color RULE = new Color(0xcf, 0xd6, 0xdb);
    static final Color HEADER_FILL = new Color(0xe3, 0xef, 0xf1);
    static final Color ZEBRA = new Color(0xf6, 0xf8, 0xf9);
    static final Color CALLOUT_FILL = new Color(0xfd, 0xf6, 0xe3);
    static final Color CALLOUT_BAR = new Color(0xd9, 0x8e, 0x04);
    static final Color CONFIDENTIAL = new Color(0xa3, 0x1d, 0x1d);

    private final FontLibrary library;

    public DocumentEngine(FontLibrary library) {
        this.library = library;
    }

    /** The laid-out PDF, its page count and what could not be printed. */
    public record Layout(byte[] pdf, int pageCount, List<Unprintable> unprintable) {
    }

    public Layout render(DocumentModel model) {
        try (PDDocument document = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(document, library);
            PageComposer composer = new PageComposer(document, fonts);
            composer.title(model.title(), model.subtitle());
            for (Block block : model.blocks()) {
                composer.block(block);
            }
            composer.finish();
            composer.headersAndFooters(model);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(fonts.clean(model.title().isBlank() ? model.headerText() : model.title(), Face.REGULAR));
            info.setCreator("TOPPSY Desk");
            info.setCreationDate(Calendar.getInstance());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return new Layout(out.toByteArray(), document.getNumberOfPages(), fonts.unprintable());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same PDF, encrypted with AES-256; it opens only with the password. */
    public static byte[] protect(byte[] pdf, String password) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            StandardProtectionPolicy policy = new StandardProtectionPolicy(UUID.randomUUID().toString(), password,
                    permissions);
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package be.toppsy.desk.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads documents back with PDFBox, as a reader of the file would. */
final class PdfAssertions {

    private PdfAssertions() {
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, in order. */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every character drawn, as "page:char" with its box, that lies outside the given margins. */
    static List<String> charactersOutside(byte[] pdf, float left, float right, float top, float bottom) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> outside = new ArrayList<>();
            float width = document.getPage(0).getMediaBox().getWidth();
            float height = document.getPage(0).getMediaBox().getHeight();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                        throws IOException {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        float x = p.getXDirAdj();
                        float y = p.getYDirAdj();
                        if (x < left - 0.5f || x + p.getWidthDirAdj() > width - right + 0.5f || y < top
                                || y > height - bottom) {
                            outside.add(getCurrentPageNo() + ":" + p.getUnicode() + "@" + x + "," + y);
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
            return outside;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of fonts used on any page that are not embedded. */
    static List<String> notEmbeddedFonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> missing = new ArrayList<>();
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts++;
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
            if (fonts == 0) {
                missing.add("no fonts at all");
            }
            return missing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the PDF under target/ so a developer can render and look at it. */
    static void keep(String name, byte[] pdf) {
        try {
            Path folder = Path.of("target", "pdf-samples");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

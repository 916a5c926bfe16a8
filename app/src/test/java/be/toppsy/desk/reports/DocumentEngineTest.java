package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.Block;
import be.toppsy.desk.reports.pdf.DocumentModel;
import be.toppsy.desk.reports.pdf.DocumentEngine;
import be.toppsy.desk.reports.pdf.FontLibrary;
import be.toppsy.desk.reports.pdf.Unprintable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.reports.pdf.Block.KeyValue;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;

class DocumentEngineTest {

    private static final FontLibrary FONTS = new FontLibrary();
    private final DocumentEngine engine = new DocumentEngine(FONTS);

    private static DocumentModel model(List<Block> blocks) {
        return new DocumentModel("Testdocument", "Ondertitel", "TOPPSY Desk · Test", "Geëxporteerd op 22/11/2026 door Leen",
                "Vertrouwelijk", "pagina {0} van {1}", blocks);
    }

    private static List<Block> longTable(int rows) {
        List<List<String>> data = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            data.add(List.of("R-" + i, "Observatie " + i + " met wat tekst die over meerdere regels loopt wanneer de kolom smal is.", "open"));
        }
        return List.of(new Block.Heading(1, "Acties"), new Block.Table(List.of("Code", "Omschrijving", "Stand"),
                List.of(1f, 4f, 1f), data, "Geen acties"));
    }

    @Test
    void everyPageCarriesItsNumberOutOfTheTotal() {
        DocumentEngine.Layout layout = engine.render(model(longTable(150)));
        assertThat(layout.pageCount()).isGreaterThan(3);
        List<String> pages = PdfAssertions.pageTexts(layout.pdf());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("pagina " + (i + 1) + " van " + pages.size())
                    .contains("Vertrouwelijk").contains("Geëxporteerd op 22/11/2026 door Leen");
        }
        PdfAssertions.keep("engine-long-table", layout.pdf());
    }

    @Test
    void theTableHeaderIsRepeatedOnEveryPageTheTableRunsOnto() {
        DocumentEngine.Layout layout = engine.render(model(longTable(150)));
        List<String> pages = PdfAssertions.pageTexts(layout.pdf());
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("Code").contains("Omschrijving"));
        String all = String.join("\n", pages);
        for (int i = 1; i <= 150; i++) {
            assertThat(all).contains("Observatie " + i + " met");
        }
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextPageWithoutLosingText() {
        String huge = "woord ".repeat(3000) + "EINDE";
        DocumentEngine.Layout layout = engine.render(model(List.of(new Block.Table(List.of("A", "B"), List.of(1f, 1f),
                List.of(List.of("kort", huge)), ""))));
        assertThat(layout.pageCount()).isGreaterThan(1);
        assertThat(PdfAssertions.text(layout.pdf())).contains("EINDE");
    }

    @Test
    void aVeryLongWordIsBrokenInsideAndNothingIsLost() {
        String word = "Zeer" + "lang".repeat(120) + "Einde";
        DocumentEngine.Layout layout = engine.render(model(List.of(new Block.Paragraph(word),
                new Block.Table(List.of("Kolom"), List.of(1f), List.of(List.of(word)), ""))));
        String text = PdfAssertions.text(layout.pdf()).replaceAll("\\s", "");
        assertThat(text).contains(word);
        PdfAssertions.keep("engine-long-word", layout.pdf());
    }

    @Test
    void noTextRunsOffThePage() {
        String word = "Onafhankelijkheidsverklaringsvoorbereidingscommissievergadering".repeat(4);
        List<Block> blocks = new ArrayList<>(longTable(80));
        blocks.add(new Block.Paragraph(word + " " + "gewone tekst ".repeat(400)));
        blocks.add(new Block.BulletList(List.of(word, "kort")));
        blocks.add(new Block.KeyValues(List.of(new KeyValue(word, word))));
        blocks.add(new Block.Callout(word, word));
        blocks.add(new Block.Table(List.of("a", "b", "c", "d", "e", "f", "g", "h"), List.of(1f, 1f, 1f, 1f, 1f, 1f, 1f, 1f),
                List.of(List.of(word, word, "x", word, "Nguyễn Thị Mai", word, "12/12/2026", word)), ""));
        blocks.add(new Block.Paragraph(word, Block.TextStyle.DISPLAY, Block.Align.CENTER));
        DocumentModel model = new DocumentModel(word, word, word, word, word, "pagina {0} van {1}", blocks);
        DocumentEngine.Layout layout = engine.render(model);
        assertThat(PdfAssertions.charactersOutside(layout.pdf(), DocumentEngine.MARGIN_X, DocumentEngine.MARGIN_X, 20, 20))
                .isEmpty();
        assertThat(PdfAssertions.text(layout.pdf()).replaceAll("\\s", "")).contains("gewonetekstgewonetekst");
        PdfAssertions.keep("engine-stress", layout.pdf());
    }

    @Test
    void accentedAndVietnameseNamesPrintWithEmbeddedFonts() {
        String names = "Ömer Çelik, Nguyễn Thị Mai, Đorđe, Zoë, Ðào, Łukasz, Şükrü, Гиви, მარიამ";
        DocumentEngine.Layout layout = engine.render(model(List.of(new Block.Paragraph(names),
                new Block.KeyValues(List.of(new KeyValue("Naam", names))))));
        assertThat(PdfAssertions.text(layout.pdf())).contains(names);
        assertThat(layout.unprintable()).isEmpty();
        assertThat(PdfAssertions.notEmbeddedFonts(layout.pdf())).isEmpty();
        PdfAssertions.keep("engine-names", layout.pdf());
    }

    @Test
    void textNoFontCanShowIsReportedAndMarkedInsteadOfDropped() {
        DocumentEngine.Layout layout = engine.render(model(List.of(new Block.Paragraph("Bewoner محمد en 王小明 en Zoë"))));
        assertThat(layout.unprintable()).extracting(Unprintable::text).containsExactly("محمد", "王小明");
        assertThat(layout.unprintable().get(0).describe()).contains("U+0645");
        assertThat(PdfAssertions.text(layout.pdf())).contains("Bewoner [?] en [?] en Zoë");
    }

    @Test
    void aPasswordIsNeededToOpenAProtectedDocument() throws Exception {
        byte[] pdf = DocumentEngine.protect(engine.render(model(longTable(3))).pdf(), "geheim-2026");
        assertThatThrownBy(() -> Loader.loadPDF(pdf)).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument document = Loader.loadPDF(pdf, "geheim-2026")) {
            assertThat(document.isEncrypted()).isTrue();
            assertThat(document.getEncryption().getLength()).isEqualTo(256);
        }
    }

    @Test
    void allBlockKindsLayOut() {
        List<Block> blocks = List.of(new Block.Heading(1, "Hoofdstuk"), new Block.Paragraph("Eerste alinea.\nTweede regel."),
                new Block.BulletList(List.of("een", "twee " + "lang ".repeat(40))), new Block.Heading(2, "Deel"),
                new Block.Callout("Let op", "Bel bij twijfel de medische dienst."), new Block.PageBreak(),
                new Block.Paragraph("Na de pagina-einde", Block.TextStyle.LARGE, Block.Align.CENTER),
                new Block.Table(List.of("X"), List.of(1f), List.of(), "Niets te melden"));
        DocumentEngine.Layout layout = engine.render(model(blocks));
        assertThat(layout.pageCount()).isEqualTo(2);
        String text = PdfAssertions.text(layout.pdf());
        assertThat(text).contains("Let op").contains("Bel bij twijfel").contains("Niets te melden").contains("• een");
        PdfAssertions.keep("engine-blocks", layout.pdf());
    }
}

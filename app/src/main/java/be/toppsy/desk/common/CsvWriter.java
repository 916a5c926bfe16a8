package be.toppsy.desk.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one way the application writes CSV (Apache Commons CSV): semicolons, CRLF and a byte order
 * mark, so that a Belgian spreadsheet opens it with accents right, and one rule against formulas.
 */
public final class CsvWriter {

    /** A cell starting with one of these would be run as a formula (or shift into one) by a spreadsheet. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {
    }

    /** The rows as CSV text, every cell defused; starts with a byte order mark. */
    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(';').setQuote('"').setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                for (String cell : row) {
                    cells.add(defuse(cell));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The cell as a spreadsheet shows it without running it: a leading {@code = + - @}, tab or
     * carriage return gets a quote mark in front ({@code +1-2} too: a spreadsheet would compute it).
     */
    public static String defuse(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}

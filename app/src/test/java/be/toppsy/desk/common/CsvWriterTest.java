package be.toppsy.desk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule against spreadsheet formulas for every CSV the application writes. */
class CsvWriterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+1|'=1+1",
        "+1-2|'+1-2",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "+32 9 000 00 00|'+32 9 000 00 00",
        "Gewone tekst|Gewone tekst",
        "12,5|12,5"})
    void everyCellThatASpreadsheetWouldComputeIsDefused(String cell, String written) {
        assertThat(CsvWriter.defuse(cell)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"'\t=1', '\t=1'", "'\r=1', '\r=1'"})
    void aLeadingTabOrCarriageReturnIsDefusedToo(String cell, String unused) {
        assertThat(CsvWriter.defuse(cell)).isEqualTo("'" + unused);
    }

    @org.junit.jupiter.api.Test
    void cellsWithSeparatorsQuotesAndLineBreaksAreQuoted() {
        String csv = CsvWriter.write(List.of(List.of("a;b", "zegt \"ja\"", "twee\nregels", "=1")));
        assertThat(csv).isEqualTo("\uFEFF\"a;b\";\"zegt \"\"ja\"\"\";\"twee\nregels\";'=1\r\n");
    }
}

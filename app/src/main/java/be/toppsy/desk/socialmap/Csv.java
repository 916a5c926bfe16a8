package be.toppsy.desk.socialmap;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading a CSV file as people bring it (Apache Commons CSV): the encoding found from the bytes,
 * semicolon or comma as separator (Excel in Belgium writes semicolons), and a record that cannot be
 * read reported with its line while the reading goes on with the lines after it.
 */
final class Csv {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One record and the line of the file where it starts (1-based). */
    record Row(int line, List<String> fields) {
    }

    /** The records read, and the lines where a record could not be read (a quote never closed, say). */
    record Parsed(List<Row> rows, List<Integer> badLines) {
    }

    /** The text of the file and the encoding it was read with. */
    record Decoded(String text, Charset charset) {
    }

    private Csv() {
    }

    /**
     * A byte order mark decides (UTF-8, UTF-16 either way); otherwise bytes that are valid UTF-8
     * are UTF-8, and anything else is Windows-1252 (what Excel on Windows calls "CSV").
     */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The separator the header line uses: the one of ';' and ',' that occurs more often outside quotes. */
    static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /**
     * Every record with its line. A record that cannot be read is reported by its first line, and
     * reading starts again on the line after it, so the good rows after a bad quote are kept.
     */
    static Parsed parse(String text) {
        String s = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        List<Integer> lineStarts = lineStarts(s);
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(detectSeparator(s)).setQuote('"')
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).get();
        List<Row> rows = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        int firstLine = 0;
        while (firstLine < lineStarts.size()) {
            int offset = lineStarts.get(firstLine);
            int failedAt = -1;
            try (CSVParser parser = CSVParser.parse(new StringReader(s.substring(offset)), format)) {
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    long linesBefore = parser.getCurrentLineNumber();
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        CSVRecord record = records.next();
                        int line = lineOf(lineStarts, offset + (int) record.getCharacterPosition()) + 1;
                        // A Windows line break inside a quoted field is stored as one '\n'.
                        List<String> fields = record.stream().map(f -> f.replace("\r\n", "\n")).toList();
                        if (!fields.stream().allMatch(String::isBlank)) {
                            rows.add(new Row(line, List.copyOf(fields)));
                        }
                    } catch (UncheckedIOException | IllegalStateException e) {
                        failedAt = firstNonBlank(s, lineStarts, firstLine + (int) linesBefore);
                        break;
                    }
                }
            } catch (IOException e) {
                failedAt = firstLine;
            }
            if (failedAt < 0) {
                break;
            }
            bad.add(failedAt + 1);
            firstLine = failedAt + 1;
        }
        return new Parsed(rows, bad);
    }

    private static List<Integer> lineStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue;
            }
            if ((c == '\n' || c == '\r') && i + 1 < s.length()) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The 0-based line holding this character. */
    private static int lineOf(List<Integer> lineStarts, int position) {
        int low = 0;
        int high = lineStarts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts.get(mid) <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static int firstNonBlank(String s, List<Integer> lineStarts, int from) {
        for (int line = Math.min(from, lineStarts.size() - 1); line < lineStarts.size(); line++) {
            int end = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : s.length();
            if (!s.substring(lineStarts.get(line), end).isBlank()) {
                return line;
            }
        }
        return Math.min(from, lineStarts.size() - 1);
    }
}

package be.toppsy.desk.socialmap;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer: quoted fields (with doubled quotes and line breaks inside),
 * semicolon or comma as separator (Excel in Belgium writes semicolons), a UTF-8 byte order mark
 * ignored on reading and written for Excel.
 */
final class Csv {

    /** One record and the line of the file where it starts (1-based). */
    record Row(int line, List<String> fields) {
    }

    /** Thrown for a quote that is never closed; everything before that line was read. */
    static final class UnclosedQuote extends RuntimeException {
        final int line;
        final List<Row> rowsBefore;

        UnclosedQuote(int line, List<Row> rowsBefore) {
            super("Unclosed quote from line " + line);
            this.line = line;
            this.rowsBefore = rowsBefore;
        }
    }

    static final char BOM = '\uFEFF';

    private Csv() {
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

    static List<Row> parse(String text) {
        String s = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        char sep = detectSeparator(s);
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int rowStart = 1;
        int quoteStart = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    // A Windows line break inside a quoted field is stored as one '\n'.
                    i++;
                    continue;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                quoteStart = line;
            } else if (c == sep) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                addUnlessBlank(rows, rowStart, fields);
                fields = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw new UnclosedQuote(quoteStart, rows);
        }
        if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addUnlessBlank(rows, rowStart, fields);
        }
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(f -> f.isBlank());
        if (!blank) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }

    static String write(List<List<String>> rows, char sep) {
        StringBuilder out = new StringBuilder();
        out.append(BOM);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(sep);
                }
                out.append(quote(row.get(i), sep));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String quote(String value, char sep) {
        if (value == null) {
            return "";
        }
        boolean needs = value.indexOf(sep) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.startsWith(" ") || value.endsWith(" ");
        // A leading =, +, - or @ would be run as a formula by a spreadsheet: prefix a quote mark.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !looksLikePhone(value)
                ? "'" + value : value;
        return needs || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : value;
    }

    private static boolean looksLikePhone(String value) {
        return value.matches("\\+[0-9 ./()-]+");
    }
}

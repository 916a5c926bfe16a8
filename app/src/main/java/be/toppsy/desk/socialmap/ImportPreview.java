package be.toppsy.desk.socialmap;

import java.util.List;

/**
 * A CSV file as an import would read it, shown before anything is stored.
 *
 * @param encoding the character set the file was read with
 * @param rows the first data rows
 * @param rowCount all data rows
 * @param unreadableLines records that could not be read at all (reported with their lines at the import)
 * @param tooBig the file is larger than an import takes
 */
public record ImportPreview(String encoding, List<String> header, List<List<String>> rows, int rowCount,
        int unreadableLines, boolean tooBig) {

    public ImportPreview {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}

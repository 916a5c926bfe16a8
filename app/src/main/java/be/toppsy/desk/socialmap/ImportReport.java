package be.toppsy.desk.socialmap;

import java.util.List;

/** What a CSV import did: rows added or updated, and each row refused with its line and reason. */
public record ImportReport(int added, int updated, List<Problem> problems) {

    /** A refused row: the line in the file where it starts and a message key with its arguments. */
    public record Problem(int line, String messageKey, Object... args) {
    }

    public ImportReport {
        problems = List.copyOf(problems);
    }
}

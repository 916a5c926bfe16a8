package be.toppsy.desk.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Belgian date formats (day/month/year) used in every language of the interface. */
public final class Formats {

    public static final String DATE_PATTERN = "dd/MM/uuuu";
    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern(DATE_PATTERN).withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter[] ACCEPTED_DATES = {
        DATE,
        DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ISO_LOCAL_DATE,
    };

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The local calendar day of a moment, as a date (dd/mm/yyyy); empty for none. */
    public static String date(OffsetDateTime when) {
        return when == null ? "" : date(when.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate());
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    public static String dateTime(OffsetDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime.atZoneSameInstant(ZoneId.systemDefault()));
    }

    /** Reads a date typed by a user (31/12/2026, 1/2/2026, 1-2-2026, 2026-02-01); empty if invalid. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter formatter : ACCEPTED_DATES) {
            try {
                return Optional.of(LocalDate.parse(text.trim(), formatter));
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        return Optional.empty();
    }
}

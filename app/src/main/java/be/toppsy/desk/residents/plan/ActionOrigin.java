package be.toppsy.desk.residents.plan;

import be.toppsy.desk.i18n.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a plan action comes from when another feature added it: an intervision session's date and
 * the case discussed. Stored as data and put into words when shown, so each reader sees their own
 * language.
 */
public record ActionOrigin(LocalDate sessionDate, long caseId) {

    public ActionOrigin {
        Objects.requireNonNull(sessionDate);
    }

    public String messageKey() {
        return "residents.plan.origin.intervision";
    }

    /** The message arguments: the session date (written the Belgian way in every language) and the case number. */
    public List<Object> args() {
        return List.of(Formats.date(sessionDate), String.valueOf(caseId));
    }
}

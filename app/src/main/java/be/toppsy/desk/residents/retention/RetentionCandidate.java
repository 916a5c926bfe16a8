package be.toppsy.desk.residents.retention;

import be.toppsy.desk.residents.record.ResidentState;
import java.time.LocalDate;

/**
 * A resident who left longer ago than the retention period, as an administrator sees them: the
 * pseudonymous code, dates and counts, never a name or free text.
 *
 * @param anonymisedOn null while the record still holds names and free text
 */
public record RetentionCandidate(long id, String code, ResidentState state, LocalDate departureDate,
        LocalDate anonymisedOn, int observations, int planActions, int referrals, int reviews, int screenings,
        int medicalNotes, int levelChanges) {

    public boolean anonymised() {
        return anonymisedOn != null;
    }
}

package be.toppsy.desk.residents.record;

import be.toppsy.desk.common.SupportLevel;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of the residents list. {@code name} is null for users who see residents by code only
 * (a medewerker without RESIDENT_VIEW).
 */
public record ResidentRow(
        long id,
        String code,
        String name,
        String unit,
        String room,
        SupportLevel level,
        ResidentState state,
        Long keyWorkerId,
        String keyWorkerName,
        boolean teamDiscussion,
        boolean medicalFlag,
        LocalDate nextReviewDue,
        OffsetDateTime lastObservationAt) {

    /** The name when the user may see it, otherwise the code. */
    public String label() {
        return name == null ? code : code + " · " + name;
    }
}

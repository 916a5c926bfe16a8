package be.toppsy.desk.residents.record;

import be.toppsy.desk.common.SupportLevel;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A resident's whole record, as someone with RESIDENT_VIEW sees it. No ethnicity or religion, on purpose. */
public record Resident(
        long id,
        String code,
        String givenNames,
        String familyName,
        Integer birthYear,
        Gender gender,
        String unit,
        String room,
        LocalDate arrivalDate,
        List<String> languages,
        boolean interpreterNeeded,
        boolean mediatorNeeded,
        Long keyWorkerId,
        String keyWorkerName,
        String strengths,
        String ownWords,
        ResidentState state,
        LocalDate departureDate,
        SupportLevel level,
        LocalDate levelChangedOn,
        boolean teamDiscussion,
        boolean medicalFlag,
        OffsetDateTime lastObservationAt,
        LocalDate nextReviewDue) {

    public Resident {
        languages = List.copyOf(languages);
    }

    public String fullName() {
        return familyName == null || familyName.isBlank() ? givenNames : givenNames + " " + familyName;
    }

    public ResidentDraft toDraft() {
        return new ResidentDraft(givenNames, familyName, birthYear, gender, unit, room, arrivalDate, languages,
                interpreterNeeded, mediatorNeeded, keyWorkerId, strengths, ownWords, state, departureDate,
                teamDiscussion);
    }
}

package be.toppsy.desk.residents.record;

import java.time.LocalDate;
import java.util.List;

/** What a user fills in to add or change a resident; checked by {@link ResidentService}. */
public record ResidentDraft(
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
        String strengths,
        String ownWords,
        ResidentState state,
        LocalDate departureDate,
        boolean teamDiscussion) {

    public ResidentDraft {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}

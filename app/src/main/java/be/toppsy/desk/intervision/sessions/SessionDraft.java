package be.toppsy.desk.intervision.sessions;

import java.time.LocalDate;
import java.util.List;

/** A session as typed in the session form; caseIds in agenda order. */
public record SessionDraft(LocalDate heldOn, String team, Long facilitatorId, Long noteTakerId,
        List<Long> participantIds, String externalIntervisor, Long methodId, List<Long> caseIds) {

    public SessionDraft {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }
}

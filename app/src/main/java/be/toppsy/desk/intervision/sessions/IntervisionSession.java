package be.toppsy.desk.intervision.sessions;

import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.SessionState;
import java.time.LocalDate;
import java.util.List;

/**
 * An intervision session: who, when, which method version, and the cases on its agenda.
 *
 * @param externalIntervisor name of an external facilitator, who sees only de-identified material; may be blank
 * @param currentStep        where the runner is, so a session can be resumed
 */
public record IntervisionSession(long id, LocalDate heldOn, String team, Person facilitator, Person noteTaker,
        String externalIntervisor, long methodId, String methodName, int methodVersion, SessionState state,
        int currentStep, Long currentCaseId, List<Person> participants, List<AgendaItem> agenda) {

    public IntervisionSession {
        participants = List.copyOf(participants);
        agenda = List.copyOf(agenda);
        externalIntervisor = externalIntervisor == null ? "" : externalIntervisor;
    }

    public boolean hasExternalIntervisor() {
        return !externalIntervisor.isBlank();
    }
}

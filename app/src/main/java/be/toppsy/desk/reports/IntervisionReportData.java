package be.toppsy.desk.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An intervision session for its report. Cases are known by their case code only: the type has no
 * place for a resident's name, so the report can never carry one.
 */
public record IntervisionReportData(LocalDate date, String team, String method, String facilitator,
        List<String> participants, List<PhaseNote> sessionNotes, List<CaseReport> cases) {

    public IntervisionReportData {
        Objects.requireNonNull(date);
        participants = List.copyOf(participants);
        sessionNotes = List.copyOf(sessionNotes);
        cases = List.copyOf(cases);
    }

    /** Without notes for the session as a whole (opening, review of action points, closing round). */
    public IntervisionReportData(LocalDate date, String team, String method, String facilitator,
            List<String> participants, List<CaseReport> cases) {
        this(date, team, method, facilitator, participants, List.of(), cases);
    }

    public record CaseReport(String caseCode, String presenter, String question, List<PhaseNote> phases,
            String conclusion, List<String> actionPoints) {
        public CaseReport {
            phases = List.copyOf(phases);
            actionPoints = List.copyOf(actionPoints);
        }
    }

    public record PhaseNote(String phase, String notes) {
    }
}

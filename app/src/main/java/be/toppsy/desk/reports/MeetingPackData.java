package be.toppsy.desk.reports;

import be.toppsy.desk.common.SupportLevel;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a team meeting pack shows, filled from the follow-up tracker, the intervision board
 * and e-learning. Residents carry their name so the pack can show it when the user chooses names;
 * by default only the code is printed.
 *
 * @param openActions all open actions of the period; the pack shows them per resident and lists the overdue ones
 * @param sections the sections the team lead chose
 */
public record MeetingPackData(LocalDate meetingDate, String team, LocalDate periodFrom, LocalDate periodTo,
        List<String> attendees, List<String> agenda, List<ResidentForDiscussion> residents, List<Action> openActions,
        List<WaitingReferral> waitingReferrals, List<IntervisionCase> intervisionCases, List<TrainingLine> training,
        Set<Section> sections) {

    public MeetingPackData {
        Objects.requireNonNull(meetingDate);
        Objects.requireNonNull(team);
        attendees = List.copyOf(attendees);
        agenda = List.copyOf(agenda);
        residents = List.copyOf(residents);
        openActions = List.copyOf(openActions);
        waitingReferrals = List.copyOf(waitingReferrals);
        intervisionCases = List.copyOf(intervisionCases);
        training = List.copyOf(training);
        sections = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
    }

    public enum Section {
        AGENDA, RESIDENTS, OVERDUE_ACTIONS, REFERRALS, INTERVISION, TRAINING;

        public static Set<Section> all() {
            return EnumSet.allOf(Section.class);
        }
    }

    /** Why a resident is up for discussion. */
    public enum Reason {
        FLAGGED, LEVEL_CHANGED, REVIEW_DUE
    }

    public record ResidentForDiscussion(ResidentRef resident, String unit, SupportLevel supportLevel,
            Set<Reason> reasons, List<Observation> recentObservations) {
        public ResidentForDiscussion {
            reasons = reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons);
            recentObservations = List.copyOf(recentObservations);
        }
    }

    public record Observation(LocalDate date, String author, String text) {
    }

    public record Action(ResidentRef resident, String description, String owner, LocalDate due) {
    }

    public record WaitingReferral(ResidentRef resident, String service, LocalDate referredOn) {
    }

    /** A case chosen for the next intervision session: a case code, never a name. */
    public record IntervisionCase(String caseCode, String question, String presenter) {
    }

    public record TrainingLine(String person, String module, int completedLessons, int totalLessons,
            LocalDate completedOn) {
    }
}

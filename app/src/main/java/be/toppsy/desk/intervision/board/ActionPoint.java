package be.toppsy.desk.intervision.board;

import be.toppsy.desk.intervision.FollowUpLink;
import be.toppsy.desk.intervision.Person;
import java.time.LocalDate;

/**
 * An action point agreed in a session about a case.
 *
 * @param residentId   set when the point is about the case's linked resident
 * @param planActionId the action in the resident's support plan, when it was sent there
 * @param trackerState the state the follow-up tracker reports for that action, or null
 */
public record ActionPoint(long id, long sessionId, LocalDate sessionDate, long caseId, String caseTitle, String title,
        Person owner, LocalDate due, ActionPointState state, Long residentId, Long planActionId, String reviewNote,
        FollowUpLink.ActionState trackerState) {

    public boolean overdue(LocalDate today) {
        if (trackerState != null) {
            return "overdue".equalsIgnoreCase(trackerState.state());
        }
        return state == ActionPointState.OPEN && due != null && due.isBefore(today);
    }

    /** Open here, or open in the tracker when it was sent there. */
    public boolean open() {
        if (trackerState != null) {
            String s = trackerState.state();
            return !"done".equalsIgnoreCase(s) && !"cancelled".equalsIgnoreCase(s);
        }
        return state == ActionPointState.OPEN;
    }

    public ActionPoint withTrackerState(FollowUpLink.ActionState newState) {
        return new ActionPoint(id, sessionId, sessionDate, caseId, caseTitle, title, owner, due, state, residentId,
                planActionId, reviewNote, newState);
    }
}

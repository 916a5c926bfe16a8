package be.toppsy.desk.intervision.sessions;

import be.toppsy.desk.intervision.board.ActionPoint;
import be.toppsy.desk.intervision.board.CaseMaterial;
import be.toppsy.desk.intervision.methods.Method;
import java.util.List;

/**
 * Everything the runner (and the session report) needs about one session.
 *
 * @param review       action points to review at the start: the previous session's, and those still open from before
 * @param deidentified true when an external intervisor takes part: the material hides residents
 * @param mayRun       the current user may run the session (facilitator, note-taker or team lead)
 */
public record SessionMaterial(IntervisionSession session, Method method, List<CaseMaterial> cases,
        List<PhaseNote> notes, List<ActionPoint> actionPoints, List<ActionPoint> review, boolean deidentified,
        boolean mayRun, boolean trackerAvailable) {

    public SessionMaterial {
        cases = List.copyOf(cases);
        notes = List.copyOf(notes);
        actionPoints = List.copyOf(actionPoints);
        review = List.copyOf(review);
    }
}

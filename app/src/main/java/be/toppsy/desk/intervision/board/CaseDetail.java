package be.toppsy.desk.intervision.board;

import be.toppsy.desk.intervision.SessionState;
import java.time.LocalDate;
import java.util.List;

/**
 * A case with what belongs to it: attached content, its sessions (conclusions), notes and action
 * points.
 *
 * @param residentCode the linked resident's code when the current user may see them, else null
 * @param mayEdit      the current user may change the case (presenter, creator or team lead)
 */
public record CaseDetail(IntervisionCase kase, List<AttachedContent> content, List<SessionRef> sessions,
        List<CaseNote> notes, List<ActionPoint> actionPoints, String residentCode, boolean mayEdit) {

    /** A session the case was on. */
    public record SessionRef(long sessionId, LocalDate heldOn, String team, SessionState state, String conclusion,
            boolean discussed) {
    }

    /** A note taken about the case in a session phase. */
    public record CaseNote(LocalDate heldOn, String phaseName, String note) {
    }
}

package be.toppsy.desk.intervision.board;

/**
 * A case as the board shows it.
 *
 * @param residentLinked a resident is linked (shown to everyone as a fact, without who)
 * @param residentCode   the linked resident's code, only when the current user may see them
 */
public record CaseCard(IntervisionCase kase, int openActions, int doneActions, int overdueActions,
        int trackerActions, boolean residentLinked, String residentCode, int attachedContent) {

    public int totalActions() {
        return openActions + doneActions;
    }
}

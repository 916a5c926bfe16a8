package be.toppsy.desk.intervision.sessions;

/**
 * The notes of one runner step.
 *
 * @param caseId  null for steps about the whole session (the review of last session's actions)
 * @param stepKey "review", "closing" or "p" + the phase's order
 */
public record PhaseNote(Long caseId, String stepKey, String phaseName, String note, int secondsUsed) {
}

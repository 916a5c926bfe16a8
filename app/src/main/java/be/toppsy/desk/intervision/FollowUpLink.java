package be.toppsy.desk.intervision;

import be.toppsy.desk.common.SupportLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What intervision needs from the resident follow-up tracker (a port: the tracker's service
 * implements it, {@code App} connects the two). Every method answers for the logged-in user and
 * applies the tracker's own permissions.
 */
public interface FollowUpLink {

    /** False while the tracker is not part of the application; the screens then say so. */
    boolean available();

    /** Residents the current user may link a case to, by code or name. Empty when not available. */
    List<ResidentRef> findResidents(String query, int limit);

    /** The resident, or empty when the current user may not see them (or the tracker is not available). */
    Optional<ResidentRef> resident(long residentId);

    /**
     * The resident's names (given names, family name, names they are known by), used only to keep
     * them out of case texts and to mask them in de-identified material: never stored, shown or
     * logged by intervision. Answers for any logged-in user, because whoever edits a case must be
     * stopped from typing the name. Empty when unknown or not available.
     */
    List<String> names(long residentId);

    /**
     * Adds an action to the resident's support plan and returns its id.
     *
     * @param origin the session and case the action comes from; the tracker puts it into words when shown
     */
    long addPlanAction(long residentId, String title, Long ownerUserId, LocalDate due, SessionOrigin origin);

    /** The action's state for the board; empty if unknown or not visible to the current user. */
    Optional<ActionState> actionState(long actionId);

    /**
     * A resident as intervision may show them: never the name.
     *
     * @param supportLevel may be null
     */
    record ResidentRef(long id, String code, SupportLevel supportLevel) {
    }

    /**
     * @param state  "open", "done", "overdue" or "cancelled"
     * @param result what came of it, as the tracker shows it (may be null)
     */
    record ActionState(String state, LocalDate due, String result) {
    }

    /** Where an action point was agreed: the session's date and the case discussed. */
    record SessionOrigin(LocalDate sessionDate, long caseId) {
    }

    /** The stand-in while the tracker is not wired: nothing to find, nothing to link. */
    static FollowUpLink notAvailable() {
        return new FollowUpLink() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public List<ResidentRef> findResidents(String query, int limit) {
                return List.of();
            }

            @Override
            public Optional<ResidentRef> resident(long residentId) {
                return Optional.empty();
            }

            @Override
            public List<String> names(long residentId) {
                return List.of();
            }

            @Override
            public long addPlanAction(long residentId, String title, Long ownerUserId, LocalDate due,
                    SessionOrigin origin) {
                throw new IllegalStateException("The follow-up tracker is not available");
            }

            @Override
            public Optional<ActionState> actionState(long actionId) {
                return Optional.empty();
            }
        };
    }
}

package be.toppsy.desk.intervision;

/** Moves between the pages of the intervision area; implemented by {@link IntervisionView}. */
public interface Pages {

    void board();

    void openCase(long caseId);

    void newCase();

    void sessions();

    /** The session's page: its agenda, and once run, its notes, conclusions and action points. */
    void openSession(long sessionId);

    /** The session form; null for a new session. */
    void editSession(Long sessionId);

    /** Opens the full-screen runner for a session. */
    void run(long sessionId);

    void methods();

    void themes();

    /** Opens the session report's preview (PDF); does nothing when the reports are not connected. */
    default void report(long sessionId) {
    }

    /** Whether the session report can be made. */
    default boolean reportAvailable() {
        return false;
    }

    /** Opens an attached guide chapter or lesson in its own area. */
    void openContent(String kind, String contentId);
}

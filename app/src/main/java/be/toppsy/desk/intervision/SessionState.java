package be.toppsy.desk.intervision;

/** Where a session is: planned, running in the runner, or done. */
public enum SessionState {
    PLANNED,
    RUNNING,
    DONE;

    public String messageKey() {
        return "iv.session.state." + name();
    }
}

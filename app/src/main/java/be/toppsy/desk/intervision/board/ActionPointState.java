package be.toppsy.desk.intervision.board;

/** The state of an action point agreed in a session. */
public enum ActionPointState {
    OPEN,
    DONE,
    DROPPED;

    public String messageKey() {
        return "iv.actionPoint.state." + name();
    }
}

package be.toppsy.desk.intervision.board;

/** The columns of the case board, left to right. */
public enum CaseColumn {
    BROUGHT_IN,
    CHOSEN,
    DISCUSSED,
    ACTIONS_RUNNING,
    CLOSED;

    public String messageKey() {
        return "iv.column." + name();
    }
}

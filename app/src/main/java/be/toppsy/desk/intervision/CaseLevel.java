package be.toppsy.desk.intervision;

/** The stepped-care support level a case is about (basis, verhoogd, intensief). */
public enum CaseLevel {
    BASIC,
    HEIGHTENED,
    INTENSIVE;

    public String messageKey() {
        return "iv.level." + name();
    }

    /** The style class shared with the rest of the application. */
    public String styleClass() {
        return switch (this) {
            case BASIC -> "level-basic";
            case HEIGHTENED -> "level-heightened";
            case INTENSIVE -> "level-intensive";
        };
    }
}

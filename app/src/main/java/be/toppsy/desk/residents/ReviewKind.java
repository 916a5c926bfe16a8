package be.toppsy.desk.residents;

/** The kind of review held. */
public enum ReviewKind {
    NEEDS_ASSESSMENT, PERIODIC, LEVEL;

    public String messageKey() {
        return "residents.reviewKind." + name();
    }
}

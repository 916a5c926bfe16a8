package be.toppsy.desk.residents.reviews;

/** The kind of review held. */
public enum ReviewKind {
    NEEDS_ASSESSMENT, PERIODIC, LEVEL;

    public String messageKey() {
        return "residents.reviewKind." + name();
    }
}

package be.toppsy.desk.residents.record;

/** Gender as the resident gives it; unknown is allowed. */
public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN;

    public String messageKey() {
        return "residents.gender." + name();
    }
}

package be.toppsy.desk.socialmap;

/** What a service on the social map mainly offers. */
public enum ServiceKind {
    MENTAL_HEALTH, WELFARE, MEDICAL, SUBSTANCE, INTERPRETING, LEGAL, FAMILY, HOUSING, SOCIAL, CRISIS, OTHER;

    public String messageKey() {
        return "socialmap.kind." + name();
    }
}

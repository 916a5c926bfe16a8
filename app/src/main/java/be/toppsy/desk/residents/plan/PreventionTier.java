package be.toppsy.desk.residents.plan;

/** Prevention tier of an action (TOPPSY note T 174-179). */
public enum PreventionTier {
    PRIMARY, SECONDARY, TERTIARY;

    public String messageKey() {
        return "residents.preventionTier." + name();
    }
}

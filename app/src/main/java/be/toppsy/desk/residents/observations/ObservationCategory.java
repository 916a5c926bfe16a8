package be.toppsy.desk.residents.observations;

/** What an observation is about; the categories follow the guide (chapter 2). */
public enum ObservationCategory {
    SLEEP, APPETITE, WITHDRAWAL, IRRITABILITY, PHYSICAL, ANXIETY, SUBSTANCE, SUICIDAL, STRENGTH, OTHER;

    /** Suicidal statements or self-harm: shows the crisis steps and flags the resident for the medical service. */
    public boolean isCrisis() {
        return this == SUICIDAL;
    }

    public String messageKey() {
        return "residents.category." + name();
    }
}

package be.toppsy.desk.residents.observations;

/** How worried the person who wrote an observation is. */
public enum Concern {
    LOW, MEDIUM, HIGH;

    public String messageKey() {
        return "residents.concern." + name();
    }
}

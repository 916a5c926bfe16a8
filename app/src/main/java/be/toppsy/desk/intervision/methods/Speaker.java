package be.toppsy.desk.intervision.methods;

/** Who speaks during a phase of a method. */
public enum Speaker {
    /** The case presenter (casusinbrenger). */
    PRESENTER,
    /** The participants, not the presenter. */
    PARTICIPANTS,
    /** The facilitator (gespreksleider). */
    FACILITATOR,
    /** Each participant in turn; the runner shows whose turn it is. */
    ROUND,
    /** Everyone, in open conversation. */
    EVERYONE;

    public String messageKey() {
        return "iv.speaker." + name();
    }
}

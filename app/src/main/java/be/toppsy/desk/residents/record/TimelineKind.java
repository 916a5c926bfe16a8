package be.toppsy.desk.residents.record;

/** The kinds of entries on a resident's timeline. */
public enum TimelineKind {
    OBSERVATION, LEVEL, ACTION, REFERRAL, REVIEW, SCREENING, MEDICAL;

    public String messageKey() {
        return "residents.timelineKind." + name();
    }
}

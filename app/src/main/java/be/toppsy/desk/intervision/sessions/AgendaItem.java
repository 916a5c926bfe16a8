package be.toppsy.desk.intervision.sessions;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.Person;

/** A case on a session's agenda, with the presenter's conclusion once discussed. */
public record AgendaItem(long caseId, int sortOrder, String title, Person presenter, SupportLevel level,
        String conclusion, boolean discussed) {
}

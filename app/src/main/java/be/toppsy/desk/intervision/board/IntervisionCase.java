package be.toppsy.desk.intervision.board;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.Person;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case (casus) brought to intervision. The title never holds a resident's name; the optional
 * resident link is an id in the follow-up tracker, shown only to those allowed to see it.
 */
public record IntervisionCase(long id, Person presenter, String title, String situation, String question,
        SupportLevel level, CaseColumn column, Long residentId, List<String> tags, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public IntervisionCase {
        tags = List.copyOf(tags);
    }
}

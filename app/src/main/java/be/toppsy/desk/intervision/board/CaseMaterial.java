package be.toppsy.desk.intervision.board;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.Person;
import java.util.List;

/**
 * What is shown of a case in a session. De-identified material (always with an external
 * intervisor) has the linked resident's names masked in every text and no resident code.
 *
 * @param residentCode null when de-identified or not visible to the current user
 * @param toPlanPossible an action point can go to the linked resident's support plan (tracker
 *                       available, a resident linked whom the current user may see); says nothing of who
 */
public record CaseMaterial(long caseId, String title, Person presenter, String situation, String question,
        SupportLevel level, List<String> tags, List<AttachedContent> content, boolean residentLinked,
        String residentCode, boolean deidentified, boolean toPlanPossible) {

    public CaseMaterial {
        tags = List.copyOf(tags);
        content = List.copyOf(content);
    }
}

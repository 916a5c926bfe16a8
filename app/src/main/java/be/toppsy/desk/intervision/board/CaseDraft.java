package be.toppsy.desk.intervision.board;

import be.toppsy.desk.common.SupportLevel;
import java.util.List;

/** A case as typed in the case form; presenterId null means the current user. */
public record CaseDraft(Long presenterId, String title, String situation, String question, SupportLevel level,
        List<String> tags, Long residentId) {

    public CaseDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}

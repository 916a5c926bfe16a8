package be.toppsy.desk.intervision.board;

import static be.toppsy.desk.intervision.IntervisionAccess.trim;
import static be.toppsy.desk.intervision.board.CaseService.LONG_TEXT_MAX;
import static be.toppsy.desk.intervision.board.CaseService.QUESTION_MAX;
import static be.toppsy.desk.intervision.board.CaseService.TAGS_MAX;
import static be.toppsy.desk.intervision.board.CaseService.TAG_MAX;
import static be.toppsy.desk.intervision.board.CaseService.TITLE_MAX;

import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.intervision.FollowUpLink;
import be.toppsy.desk.intervision.IntervisionAccess;
import be.toppsy.desk.intervision.NameCheck;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a case may hold, checked before {@link CaseService} stores it: lengths, tags, a resident
 * link only to a resident the user may see, and no text that holds the linked resident's names.
 */
final class CaseRules {

    private final IntervisionAccess access;

    CaseRules(IntervisionAccess access) {
        this.access = access;
    }

    /** The fields a change touches, by name (for the audit line; never their values). */
    static List<String> changedFields(IntervisionCase old, CaseDraft draft, long presenter) {
        List<String> fields = new ArrayList<>();
        if (old.presenter().id() != presenter) {
            fields.add("presenter");
        }
        if (!old.title().equals(draft.title())) {
            fields.add("title");
        }
        if (!old.situation().equals(draft.situation())) {
            fields.add("situation");
        }
        if (!old.question().equals(draft.question())) {
            fields.add("question");
        }
        if (old.level() != draft.level()) {
            fields.add("level");
        }
        if (!old.tags().equals(draft.tags())) {
            fields.add("tags");
        }
        if (!Objects.equals(old.residentId(), draft.residentId())) {
            fields.add("resident");
        }
        return fields;
    }

    /**
     * Checks a case: lengths, tags, the resident link (only to a resident the user may see), and
     * that no text holds the linked resident's names.
     */
    CaseDraft validate(CaseDraft draft, IntervisionCase existing) {
        ValidationException.Builder errors = new ValidationException.Builder();
        String title = trim(draft.title()).replaceAll("\\s+", " ");
        String situation = trim(draft.situation());
        String question = trim(draft.question());
        if (title.isEmpty()) {
            errors.add("title", "iv.case.error.titleRequired");
        } else if (title.length() > TITLE_MAX) {
            errors.add("title", "iv.error.tooLong", TITLE_MAX);
        }
        if (situation.length() > LONG_TEXT_MAX) {
            errors.add("situation", "iv.error.tooLong", LONG_TEXT_MAX);
        }
        if (question.isEmpty()) {
            errors.add("question", "iv.case.error.questionRequired");
        } else if (question.length() > QUESTION_MAX) {
            errors.add("question", "iv.error.tooLong", QUESTION_MAX);
        }
        List<String> tags = normaliseTags(draft.tags());
        if (tags.size() > TAGS_MAX) {
            errors.add("tags", "iv.case.error.tooManyTags", TAGS_MAX);
        } else if (tags.stream().anyMatch(t -> t.length() > TAG_MAX)) {
            errors.add("tags", "iv.case.error.tagTooLong", TAG_MAX);
        }
        FollowUpLink followUp = access.followUp();
        Long residentId = draft.residentId();
        boolean linkChanged = existing == null ? residentId != null : !Objects.equals(existing.residentId(), residentId);
        if (linkChanged) {
            if (!followUp.available()) {
                errors.add("resident", "iv.case.error.trackerUnavailable");
            } else if (residentId != null && followUp.resident(residentId).isEmpty()) {
                errors.add("resident", "iv.case.error.residentNotVisible");
            } else if (existing != null && existing.residentId() != null
                    && followUp.resident(existing.residentId()).isEmpty() && !access.mayManage()) {
                errors.add("resident", "iv.case.error.residentNotVisible");
            }
        }
        if (residentId != null) {
            List<String> names = followUp.names(residentId);
            if (NameCheck.containsName(title, names)) {
                errors.add("title", "iv.case.error.titleHasName");
            }
            if (NameCheck.containsName(situation, names)) {
                errors.add("situation", "iv.case.error.textHasName");
            }
            if (NameCheck.containsName(question, names)) {
                errors.add("question", "iv.case.error.textHasName");
            }
        }
        errors.throwIfAny();
        return new CaseDraft(draft.presenterId(), title, situation, question, draft.level(), tags, residentId);
    }

    /** Tags in lower case, without a leading #, single spaces, each once, in the order typed. */
    static List<String> normaliseTags(List<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            String clean = trim(tag).replaceFirst("^#+", "").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
            if (!clean.isEmpty()) {
                tags.add(clean);
            }
        }
        return List.copyOf(tags);
    }
}

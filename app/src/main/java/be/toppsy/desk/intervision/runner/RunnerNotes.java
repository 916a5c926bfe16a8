package be.toppsy.desk.intervision.runner;

import be.toppsy.desk.intervision.sessions.AgendaItem;
import be.toppsy.desk.intervision.sessions.PhaseNote;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the runner remembers of each step, per case: the note and the seconds used as last saved,
 * and each case's conclusion; and so what needs saving now. A step about the whole session (review,
 * case choice) has one note; the other steps have one per case.
 */
final class RunnerNotes {

    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, Long> seconds = new HashMap<>();
    private final Map<Long, String> conclusions = new HashMap<>();

    /** Starts from what the session has stored. */
    void load(List<PhaseNote> saved, List<AgendaItem> agenda) {
        notes.clear();
        seconds.clear();
        conclusions.clear();
        for (PhaseNote n : saved) {
            notes.put(key(n.caseId(), n.stepKey()), n.note());
            seconds.put(key(n.caseId(), n.stepKey()), (long) n.secondsUsed());
        }
        agenda.forEach(a -> conclusions.put(a.caseId(), a.conclusion()));
    }

    /** The case a step's note belongs to: none for a step about the whole session. */
    static Long caseOf(Step step, Long currentCase) {
        return step.sessionLevel() ? null : currentCase;
    }

    String note(Step step, Long currentCase) {
        return notes.getOrDefault(key(step, currentCase), "");
    }

    long secondsUsed(Step step, Long currentCase) {
        return seconds.getOrDefault(key(step, currentCase), 0L);
    }

    void recordSeconds(Step step, Long currentCase, long used) {
        seconds.put(key(step, currentCase), used);
    }

    /**
     * The note to store: when its text changed, or with {@code withTime} (leaving or closing the
     * step) when there is something to keep. From then on it counts as saved.
     */
    Optional<PhaseNote> toSave(Step step, Long currentCase, String text, long used, boolean withTime) {
        String key = key(step, currentCase);
        boolean changed = !text.equals(notes.getOrDefault(key, ""));
        if (!changed && !withTime) {
            return Optional.empty();
        }
        notes.put(key, text);
        int secondsUsed = (int) Math.min(Integer.MAX_VALUE, used);
        if (!changed && text.isEmpty() && secondsUsed == 0) {
            return Optional.empty();
        }
        return Optional.of(new PhaseNote(caseOf(step, currentCase), step.key(), step.name(), text, secondsUsed));
    }

    String conclusion(long caseId) {
        String saved = conclusions.get(caseId);
        return saved == null ? "" : saved;
    }

    /** The conclusion to store when it changed (spaces around it do not count); then it counts as saved. */
    Optional<String> conclusionToSave(long caseId, String text) {
        if (text.strip().equals(conclusion(caseId))) {
            return Optional.empty();
        }
        conclusions.put(caseId, text.strip());
        return Optional.of(text);
    }

    /** Seconds used in the whole session: every step's saved time, the current step's as it runs. */
    long sessionSeconds(List<Step> steps, Step current, Long currentCase, long currentUsed) {
        long total = 0;
        for (Step each : steps) {
            total += each == current ? currentUsed : secondsUsed(each, currentCase);
        }
        return total;
    }

    private static String key(Step step, Long currentCase) {
        return key(caseOf(step, currentCase), step.key());
    }

    private static String key(Long caseId, String stepKey) {
        return (caseId == null ? "-" : caseId.toString()) + "|" + stepKey;
    }
}

package be.toppsy.desk.intervision.runner;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.methods.Produces;
import be.toppsy.desk.intervision.methods.Speaker;
import be.toppsy.desk.intervision.sessions.AgendaItem;
import be.toppsy.desk.intervision.sessions.PhaseNote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the runner remembers of each step and case, and when a note or conclusion needs saving. */
class RunnerNotesTest {

    private static final Step REVIEW = new Step("review", "Review", "", 10, Speaker.FACILITATOR, false,
            Produces.REVIEW, true, true);
    private static final Step ADVICE = new Step("p2", "Advies", "", 15, Speaker.ROUND, false, Produces.ADVICE,
            false, false);

    private final RunnerNotes notes = new RunnerNotes();

    private void load(List<PhaseNote> saved, String conclusion) {
        notes.load(saved, List.of(new AgendaItem(4, 1, "Casus", new Person(1, "Sara"), null, conclusion, false)));
    }

    @Test
    void eachCaseHasItsOwnNoteForAStepAboutACase() {
        load(List.of(new PhaseNote(4L, "p2", "Advies", "Voor casus 4", 120)), "");

        assertThat(notes.note(ADVICE, 4L)).isEqualTo("Voor casus 4");
        assertThat(notes.secondsUsed(ADVICE, 4L)).isEqualTo(120);
        assertThat(notes.note(ADVICE, 5L)).isEmpty();
    }

    @Test
    void aStepAboutTheWholeSessionHasOneNoteWhateverTheCase() {
        load(List.of(new PhaseNote(null, "review", "Review", "Alles loopt", 60)), "");

        assertThat(notes.note(REVIEW, 4L)).isEqualTo("Alles loopt");
        assertThat(notes.toSave(REVIEW, 4L, "Alles loopt, bijna", 70, false)).map(PhaseNote::caseId).isEmpty();
    }

    @Test
    void anUnchangedNoteIsNotSavedAgainUntilTheStepIsLeft() {
        load(List.of(), "");

        assertThat(notes.toSave(ADVICE, 4L, "Idee", 30, false)).isPresent();
        assertThat(notes.toSave(ADVICE, 4L, "Idee", 40, false)).isEmpty();
        assertThat(notes.toSave(ADVICE, 4L, "Idee", 40, true)).map(PhaseNote::secondsUsed).contains(40);
    }

    @Test
    void anUntouchedStepWithoutTimeLeavesNothingToStore() {
        load(List.of(), "");

        assertThat(notes.toSave(ADVICE, 4L, "", 0, true)).isEmpty();
        assertThat(notes.toSave(ADVICE, 4L, "", 5, true)).map(PhaseNote::note).contains("");
    }

    @Test
    void aConclusionIsSavedOnlyWhenItChangedBeyondSpaces() {
        load(List.of(), "Ik bel de school");

        assertThat(notes.conclusionToSave(4, "Ik bel de school  ")).isEmpty();
        assertThat(notes.conclusionToSave(4, "Ik bel de school en de moeder")).contains("Ik bel de school en de moeder");
        assertThat(notes.conclusion(4)).isEqualTo("Ik bel de school en de moeder");
    }

    @Test
    void theSessionTimeAddsTheCurrentStepAsItRunsToTheOthersSavedTime() {
        load(List.of(new PhaseNote(null, "review", "Review", "", 300)), "");

        assertThat(notes.sessionSeconds(List.of(REVIEW, ADVICE), ADVICE, 4L, 90)).isEqualTo(390);
    }
}

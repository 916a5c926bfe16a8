package be.toppsy.desk.intervision.runner;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.methods.Produces;
import be.toppsy.desk.intervision.methods.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose turn it is in a round. */
class SpeakerTurnsTest {

    private final Person sara = new Person(1, "Sara");
    private final Person tom = new Person(2, "Tom");
    private final Person aicha = new Person(3, "Aicha");
    private final List<Person> participants = List.of(sara, tom, aicha);
    private final Messages messages = new Messages(Language.EN);

    private static Step step(Speaker speaker, boolean presenterListens, boolean sessionLevel) {
        return new Step("p1", "Ronde", "", 10, speaker, presenterListens, Produces.ADVICE, sessionLevel, false);
    }

    @Test
    void inARoundAboutACaseThePresenterSpeaksLast() {
        SpeakerTurns turns = SpeakerTurns.of(step(Speaker.ROUND, false, false), participants, sara);

        assertThat(turns.order()).containsExactly(tom, aicha, sara);
    }

    @Test
    void aPresenterWhoOnlyListensHasNoTurn() {
        SpeakerTurns turns = SpeakerTurns.of(step(Speaker.ROUND, true, false), participants, sara);

        assertThat(turns.order()).containsExactly(tom, aicha);
    }

    @Test
    void aRoundAboutTheWholeSessionGoesPastEveryParticipantInOrder() {
        SpeakerTurns turns = SpeakerTurns.of(step(Speaker.ROUND, true, true), participants, sara);

        assertThat(turns.order()).containsExactly(sara, tom, aicha);
    }

    @Test
    void aStepThatIsNotARoundHasNoTurns() {
        SpeakerTurns turns = SpeakerTurns.of(step(Speaker.EVERYONE, false, false), participants, sara);

        assertThat(turns.order()).isEmpty();
        assertThat(turns.current()).isEmpty();
    }

    @Test
    void afterTheLastSpeakerTheRoundStartsAgain() {
        SpeakerTurns turns = SpeakerTurns.of(step(Speaker.ROUND, true, false), participants, sara);

        assertThat(turns.current()).contains(tom);
        turns.next();
        assertThat(turns.current()).contains(aicha);
        assertThat(turns.index()).isEqualTo(1);
        turns.next();
        assertThat(turns.current()).contains(tom);
    }

    @Test
    void aRoundSaysWhoseTurnItIsAndHowManySpeak() {
        SpeakerTurns turns = SpeakerTurns.of(step(Speaker.ROUND, false, false), participants, sara);
        turns.next();

        assertThat(turns.describe(step(Speaker.ROUND, false, false), sara, null, messages))
                .isEqualTo("Turn: Aicha (2 of 3)");
    }

    @Test
    void aStepForThePresenterNamesThemOrSaysThePresenterWhenThereIsNoCase() {
        Step presenterStep = step(Speaker.PRESENTER, false, false);
        SpeakerTurns turns = SpeakerTurns.of(presenterStep, participants, null);

        assertThat(turns.describe(presenterStep, sara, null, messages)).isEqualTo("Speaking: Sara (presenter)");
        assertThat(turns.describe(presenterStep, null, null, messages)).isEqualTo("Speaking: the presenter");
    }
}

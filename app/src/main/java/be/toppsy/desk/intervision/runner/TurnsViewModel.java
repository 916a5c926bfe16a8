package be.toppsy.desk.intervision.runner;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.Person;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who speaks in the runner's current step: the line shown to the facilitator and, in a round, the
 * order of turns with "next turn" passing the word (the rules are {@link SpeakerTurns}).
 */
public final class TurnsViewModel {

    private final Messages messages;
    private final ObservableList<Person> turnOrder = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper speakerText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper turnIndex = new ReadOnlyIntegerWrapper(0);
    private SpeakerTurns turns;
    private Step step;
    private Person presenter;
    private Person facilitator;

    TurnsViewModel(Messages messages) {
        this.messages = messages;
    }

    /** A step is entered: its speakers, with the current case's presenter (null without a case). */
    void show(Step s, List<Person> participants, Person casePresenter, Person sessionFacilitator) {
        step = s;
        presenter = casePresenter;
        facilitator = sessionFacilitator;
        turns = SpeakerTurns.of(s, participants, casePresenter);
        turnOrder.setAll(turns.order());
        turnIndex.set(turns.index());
        update();
    }

    /** Passes the word to the next person in a round. */
    public void nextTurn() {
        if (turns == null || turns.order().isEmpty()) {
            return;
        }
        turns.next();
        turnIndex.set(turns.index());
        update();
    }

    private void update() {
        speakerText.set(step == null || turns == null ? ""
                : turns.describe(step, presenter, facilitator, messages));
    }

    public ObservableList<Person> turnOrder() {
        return turnOrder;
    }

    public ReadOnlyStringProperty speakerTextProperty() {
        return speakerText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty turnIndexProperty() {
        return turnIndex.getReadOnlyProperty();
    }
}

package be.toppsy.desk.learning.trainer;

import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Trainer mode: moving through a deck one slide at a time, the trainer notes shown or hidden,
 * quiz answers hidden until revealed, and a scenario played by the group's choices.
 */
public final class TrainerModeViewModel {

    private final TrainerDeck deck;
    private final ObservableList<TrainerDeck.Slide> slides = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper notesVisible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper blank = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(0);
    private final Set<Integer> revealedSlides = new HashSet<>();
    private final Map<Integer, Integer> choices = new HashMap<>();

    /** Only for users with the trainer permission. */
    public TrainerModeViewModel(TrainerDeck deck, Session session) {
        session.require(Permission.TRAINER_MODE);
        this.deck = deck;
        slides.setAll(deck.slides());
        deck.scenario().ifPresent(s -> slides.add(TrainerDeck.stepSlide(s, s.step(s.start()).orElseThrow(), 1)));
        update();
    }

    public TrainerDeck deck() {
        return deck;
    }

    public TrainerDeck.Slide slide() {
        return slides.get(index.get());
    }

    public ObservableList<TrainerDeck.Slide> slides() {
        return slides;
    }

    public Optional<TrainerDeck.Slide> nextSlide() {
        return index.get() + 1 < slides.size() ? Optional.of(slides.get(index.get() + 1)) : Optional.empty();
    }

    public void next() {
        if (index.get() + 1 < slides.size()) {
            go(index.get() + 1);
        }
    }

    public void previous() {
        if (index.get() > 0) {
            go(index.get() - 1);
        }
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(slides.size() - 1);
    }

    private void go(int i) {
        blank.set(false);
        index.set(i);
        update();
    }

    public void toggleNotes() {
        notesVisible.set(!notesVisible.get());
        changes.set(changes.get() + 1);
    }

    /** Black screen and back (a clicker's "b" key), to draw the group's attention to the trainer. */
    public void toggleBlank() {
        blank.set(!blank.get());
        changes.set(changes.get() + 1);
    }

    /** Shows the answer of a quiz question (and its feedback); toggles back to hide it. */
    public void reveal() {
        if (slide().kind() != TrainerDeck.SlideKind.QUESTION) {
            return;
        }
        if (!revealedSlides.add(index.get())) {
            revealedSlides.remove(index.get());
        }
        update();
    }

    /**
     * The group's choice at a scenario step (1-based as shown): its feedback shows, and the step it
     * leads to becomes the next slide. Choosing again at an earlier step replaces what followed.
     */
    public void choose(int number) {
        TrainerDeck.Slide s = slide();
        Scenario scenario = deck.scenario().orElse(null);
        if (scenario == null || s.kind() != TrainerDeck.SlideKind.SCENARIO_STEP || number < 1
                || number > s.step().choices().size()) {
            return;
        }
        choices.put(index.get(), number - 1);
        while (slides.size() > index.get() + 1) {
            choices.remove(slides.size() - 1);
            slides.remove(slides.size() - 1);
        }
        Scenario.Choice choice = s.step().choices().get(number - 1);
        scenario.step(choice.next()).ifPresent(next -> slides.add(TrainerDeck.stepSlide(scenario, next, s.number() + 1)));
        update();
    }

    /** The choice made on a scenario step slide, 0-based. */
    public Optional<Integer> chosen() {
        return Optional.ofNullable(choices.get(index.get()));
    }

    private void update() {
        revealed.set(revealedSlides.contains(index.get()));
        changes.set(changes.get() + 1);
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty notesVisibleProperty() {
        return notesVisible.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blankProperty() {
        return blank.getReadOnlyProperty();
    }

    /** Changes whenever anything shown changes; the view redraws on it. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }
}

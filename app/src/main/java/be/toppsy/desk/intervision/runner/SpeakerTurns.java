package be.toppsy.desk.intervision.runner;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.methods.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who speaks in a round, and whose turn it is. In a round about a case the presenter speaks last,
 * or not at all when they only listen; a round about the whole session goes past every participant.
 * Steps that are not a round have no turns.
 */
public final class SpeakerTurns {

    private final List<Person> order;
    private int index;

    private SpeakerTurns(List<Person> order) {
        this.order = List.copyOf(order);
    }

    /** @param presenter the current case's presenter, or null */
    public static SpeakerTurns of(Step step, List<Person> participants, Person presenter) {
        List<Person> order = new ArrayList<>();
        if (step.speaker() == Speaker.ROUND) {
            boolean aboutCase = presenter != null && !step.sessionLevel();
            for (Person p : participants) {
                if (!(aboutCase && p.id() == presenter.id())) {
                    order.add(p);
                }
            }
            if (aboutCase && !step.presenterListens()) {
                order.add(presenter);
            }
        }
        return new SpeakerTurns(order);
    }

    public List<Person> order() {
        return order;
    }

    /** The position of the current speaker, from 0. */
    public int index() {
        return index;
    }

    public Optional<Person> current() {
        return order.isEmpty() ? Optional.empty() : Optional.of(order.get(index));
    }

    /** Who speaks in the step, as the runner shows it; null presenter or facilitator when unknown. */
    public String describe(Step step, Person presenter, Person facilitator, Messages messages) {
        return switch (step.speaker()) {
            case PRESENTER -> presenter == null ? messages.get("iv.runner.speaker.presenterUnknown")
                    : messages.get("iv.runner.speaker.presenter", presenter.name());
            case PARTICIPANTS -> messages.get("iv.runner.speaker.participants");
            case FACILITATOR -> facilitator == null ? messages.get("iv.runner.speaker.facilitatorUnknown")
                    : messages.get("iv.runner.speaker.facilitator", facilitator.name());
            case ROUND -> order.isEmpty() ? messages.get("iv.runner.speaker.roundEmpty")
                    : messages.get("iv.runner.speaker.round", order.get(index).name(), index + 1, order.size());
            case EVERYONE -> messages.get("iv.runner.speaker.everyone");
        };
    }

    /** Passes the word on; after the last speaker the round starts again. */
    public void next() {
        if (!order.isEmpty()) {
            index = (index + 1) % order.size();
        }
    }
}

package be.toppsy.desk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.ui.SearchProvider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ctrl+K: the providers are asked once typing pauses, not on every key. */
class QuickSearchViewModelTest {

    private final List<String> asked = new ArrayList<>();
    private final List<Runnable> waiting = new ArrayList<>();
    private final SearchProvider provider = (query, limit) -> {
        asked.add(query);
        return List.of();
    };

    private QuickSearchViewModel quickSearch() {
        return new QuickSearchViewModel(List.of(provider, provider), TaskRunner.direct(),
                (delay, action) -> waiting.add(action));
    }

    @Test
    void typingAsksNoProviderUntilThePause() {
        QuickSearchViewModel model = quickSearch();

        for (String typed : List.of("t", "to", "tol", "tolk")) {
            model.queryProperty().set(typed);
        }

        assertThat(asked).isEmpty();
    }

    @Test
    void theLastPauseAsksEachProviderOnceForWhatWasTyped() {
        QuickSearchViewModel model = quickSearch();
        for (String typed : List.of("t", "to", "tol", "tolk")) {
            model.queryProperty().set(typed);
        }

        waiting.forEach(Runnable::run);

        assertThat(asked).containsExactly("tolk", "tolk");
    }

    @Test
    void clearingTheFieldStopsAPendingSearch() {
        QuickSearchViewModel model = quickSearch();
        model.queryProperty().set("tolk");

        model.queryProperty().set("");
        waiting.forEach(Runnable::run);

        assertThat(asked).isEmpty();
        assertThat(model.results()).isEmpty();
    }
}

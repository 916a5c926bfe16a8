package be.toppsy.desk.shell;

import be.toppsy.desk.common.Delay;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.ui.SearchHit;
import be.toppsy.desk.ui.SearchProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quick search across every feature that registered a {@link SearchProvider}. Typing searches in
 * the background once it pauses ({@link Delay#TYPING_PAUSE}), not on every key; results of an older
 * query that arrive late are dropped.
 */
public final class QuickSearchViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(QuickSearchViewModel.class);
    public static final int MIN_QUERY_LENGTH = 2;
    private static final int LIMIT_PER_PROVIDER = 8;

    private final List<SearchProvider> providers;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final AtomicLong generation = new AtomicLong();

    private final Runnable searchAfterPause;

    public QuickSearchViewModel(List<SearchProvider> providers, TaskRunner tasks) {
        this(providers, tasks, Delay.fx());
    }

    /** With the delay that waits for a pause in typing (tests run it by hand). */
    public QuickSearchViewModel(List<SearchProvider> providers, TaskRunner tasks, Delay delay) {
        this.providers = List.copyOf(providers);
        this.tasks = tasks;
        this.searchAfterPause = delay.debounce(Delay.TYPING_PAUSE, () -> search(query.get()));
        query.addListener((obs, old, text) -> typed(text));
    }

    /** Too short clears the results at once; otherwise the search waits for a pause in typing. */
    private void typed(String text) {
        if (text == null || text.trim().length() < MIN_QUERY_LENGTH) {
            generation.incrementAndGet();
            results.clear();
            searching.set(false);
            return;
        }
        searchAfterPause.run();
    }

    private void search(String text) {
        long mine = generation.incrementAndGet();
        String q = text == null ? "" : text.trim();
        if (q.length() < MIN_QUERY_LENGTH) {
            results.clear();
            searching.set(false);
            return;
        }
        searching.set(true);
        tasks.run(() -> {
            List<SearchHit> hits = new ArrayList<>();
            for (SearchProvider provider : providers) {
                if (generation.get() != mine) {
                    break;
                }
                try {
                    hits.addAll(provider.search(q, LIMIT_PER_PROVIDER));
                } catch (RuntimeException e) {
                    LOG.warn("A search provider failed", e);
                }
            }
            return hits;
        }, hits -> {
            if (generation.get() == mine) {
                results.setAll(hits);
                searching.set(false);
            }
        }, error -> searching.set(false));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public boolean hasProviders() {
        return !providers.isEmpty();
    }
}

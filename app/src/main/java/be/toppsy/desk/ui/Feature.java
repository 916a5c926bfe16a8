package be.toppsy.desk.ui;

import java.util.List;
import javafx.scene.Node;

/**
 * A product area plugged into the main window. Each feature package has one, built in
 * {@code App} with the services it needs.
 */
public interface Feature {

    /** Navigation entries, in order. */
    List<Area> areas();

    default List<SearchProvider> searchProviders() {
        return List.of();
    }

    default List<Shortcut> shortcuts() {
        return List.of();
    }

    /** Cards on the start page (e.g. "continue where I stopped"); built per session, may be empty. */
    default List<Node> homeCards() {
        return List.of();
    }

    /**
     * Loads this feature's part of the training demo data. Called once, at first run, with the new
     * administrator logged in, in the order features are registered.
     */
    default void loadDemoData(DemoData demo) {
    }
}

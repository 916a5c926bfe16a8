package be.toppsy.desk.ui;

import java.util.List;

/**
 * A feature's contribution to the quick search. Called off the JavaFX thread while the user
 * types, so it must be quick and must check the user's permissions itself.
 */
public interface SearchProvider {

    List<SearchHit> search(String query, int limit);
}

package be.toppsy.desk.content.render;

import java.util.List;
import java.util.function.Consumer;

/**
 * The crisis contacts a {@code > [!crisis]} block shows: the centre's list from the social map, or
 * the Belgian numbers ({@link DefaultCrisisContacts}).
 */
public interface CrisisContacts {

    /** The contacts now; may read the database, so never on the JavaFX thread. */
    List<CrisisContact> list();

    /**
     * Hands the contacts to {@code use} on the JavaFX thread, read in the background where they come
     * from the database. A fixed list answers at once.
     */
    default void whenRead(Consumer<List<CrisisContact>> use) {
        use.accept(list());
    }
}

package be.toppsy.desk.content;

import java.util.List;

/**
 * The crisis contacts a {@code > [!crisis]} block shows. The social map will keep the centre's
 * editable list; until it is wired in, {@link DefaultCrisisContacts} gives the Belgian numbers.
 */
public interface CrisisContacts {

    List<CrisisContact> list();
}

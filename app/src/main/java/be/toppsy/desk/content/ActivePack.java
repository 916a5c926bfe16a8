package be.toppsy.desk.content;

import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.Problem;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The pack the application shows now: where it came from, and the warnings found when loading it.
 *
 * @param importedAt null for the bundled pack
 */
public record ActivePack(ContentPack pack, Origin origin, OffsetDateTime importedAt, List<Problem> warnings,
        long generation) {

    public enum Origin {
        BUNDLED, IMPORTED
    }

    public ActivePack {
        warnings = List.copyOf(warnings);
    }
}

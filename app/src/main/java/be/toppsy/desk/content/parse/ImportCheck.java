package be.toppsy.desk.content.parse;

import be.toppsy.desk.content.pack.PackManifest;
import be.toppsy.desk.content.pack.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What an import would do: the problems found in the candidate pack, and how it relates to the
 * active one. Only {@link Verdict#NEWER_VERSION} and {@link Verdict#OTHER_PACK} may be imported.
 */
public record ImportCheck(Verdict verdict, Optional<PackManifest> candidate, PackManifest active,
        List<Problem> problems, String unreadableReason) {

    public enum Verdict {
        /** The same pack, newer: replaces the active one, progress kept. */
        NEWER_VERSION,
        /** Another pack (other id): replaces the active one; progress of the other pack is kept apart. */
        OTHER_PACK,
        /** The same pack, same or older version: refused. */
        NOT_NEWER,
        /** Errors in the pack: refused, with the list. */
        INVALID,
        /** Not a pack at all (not a zip, too large...): refused. */
        UNREADABLE
    }

    public ImportCheck {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return verdict == Verdict.NEWER_VERSION || verdict == Verdict.OTHER_PACK;
    }
}

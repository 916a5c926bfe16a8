package be.toppsy.desk.residents.record;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of a resident's timeline. The headline is a message key with arguments so the screen
 * shows it in the user's language (arguments of type {@link Key} are translated too); {@code text}
 * is what someone wrote (may be null); {@code note} is a line put into words when shown, such as
 * where an action comes from (may be null).
 */
public record TimelineEntry(OffsetDateTime at, TimelineKind kind, long refId, String headlineKey,
        List<Object> headlineArgs, String text, String author, boolean attention, Note note) {

    public TimelineEntry {
        headlineArgs = List.copyOf(headlineArgs);
    }

    public TimelineEntry(OffsetDateTime at, TimelineKind kind, long refId, String headlineKey,
            List<Object> headlineArgs, String text, String author, boolean attention) {
        this(at, kind, refId, headlineKey, headlineArgs, text, author, attention, null);
    }

    /** A message key with its arguments, translated when shown. */
    public record Note(String key, List<Object> args) {

        public Note {
            args = List.copyOf(args);
        }
    }

    /** A message key used as an argument, translated when shown. */
    public record Key(String key) {
    }
}

package be.toppsy.desk.residents.record;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of a resident's timeline. The headline is a message key with arguments so the screen
 * shows it in the user's language (arguments of type {@link Key} are translated too); {@code text}
 * is what someone wrote (may be null).
 */
public record TimelineEntry(OffsetDateTime at, TimelineKind kind, long refId, String headlineKey,
        List<Object> headlineArgs, String text, String author, boolean attention) {

    public TimelineEntry {
        headlineArgs = List.copyOf(headlineArgs);
    }

    /** A message key used as an argument, translated when shown. */
    public record Key(String key) {
    }
}

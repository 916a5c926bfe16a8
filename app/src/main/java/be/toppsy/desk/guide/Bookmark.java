package be.toppsy.desk.guide;

import java.time.OffsetDateTime;

/** A user's bookmark on a guide chapter (and optionally a section of it). */
public record Bookmark(long id, String chapterId, String section, OffsetDateTime createdAt) {
}

package be.toppsy.desk.guide;

import static be.toppsy.desk.storage.jooq.Tables.GUIDE_BOOKMARK;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** Bookmarks per user and pack. */
public final class BookmarkRepository {

    public List<Bookmark> find(DSLContext dsl, long userId, String packId) {
        return dsl.selectFrom(GUIDE_BOOKMARK)
                .where(GUIDE_BOOKMARK.USER_ID.eq(userId).and(GUIDE_BOOKMARK.PACK_ID.eq(packId)))
                .orderBy(GUIDE_BOOKMARK.CREATED_AT, GUIDE_BOOKMARK.ID)
                .fetch(r -> new Bookmark(r.getId(), r.getChapterId(), r.getSection(), r.getCreatedAt()));
    }

    public boolean exists(DSLContext dsl, long userId, String packId, String chapterId, String section) {
        return dsl.fetchExists(GUIDE_BOOKMARK, GUIDE_BOOKMARK.USER_ID.eq(userId).and(GUIDE_BOOKMARK.PACK_ID.eq(packId))
                .and(GUIDE_BOOKMARK.CHAPTER_ID.eq(chapterId)).and(GUIDE_BOOKMARK.SECTION.eq(section)));
    }

    public void insert(DSLContext tx, long userId, String packId, String chapterId, String section,
            OffsetDateTime now) {
        tx.insertInto(GUIDE_BOOKMARK)
                .set(GUIDE_BOOKMARK.USER_ID, userId)
                .set(GUIDE_BOOKMARK.PACK_ID, packId)
                .set(GUIDE_BOOKMARK.CHAPTER_ID, chapterId)
                .set(GUIDE_BOOKMARK.SECTION, section)
                .set(GUIDE_BOOKMARK.CREATED_AT, now)
                .execute();
    }

    public void delete(DSLContext tx, long userId, String packId, String chapterId, String section) {
        tx.deleteFrom(GUIDE_BOOKMARK).where(GUIDE_BOOKMARK.USER_ID.eq(userId).and(GUIDE_BOOKMARK.PACK_ID.eq(packId))
                .and(GUIDE_BOOKMARK.CHAPTER_ID.eq(chapterId)).and(GUIDE_BOOKMARK.SECTION.eq(section))).execute();
    }
}

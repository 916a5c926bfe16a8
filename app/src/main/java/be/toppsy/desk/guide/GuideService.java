package be.toppsy.desk.guide;

import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.Database;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Reading the guide: each user's own bookmarks in the active pack. */
public final class GuideService {

    private final Database database;
    private final BookmarkRepository bookmarks;
    private final ContentService content;
    private final Session session;
    private final Clock clock;

    public GuideService(Database database, BookmarkRepository bookmarks, ContentService content, Session session,
            Clock clock) {
        this.database = database;
        this.bookmarks = bookmarks;
        this.content = content;
        this.session = session;
        this.clock = clock;
    }

    /** The logged-in user's bookmarks on chapters that exist in the active pack, oldest first. */
    public List<Bookmark> bookmarks() {
        CurrentUser user = session.require(Permission.CONTENT_READ);
        ContentPack pack = content.pack().orElse(null);
        if (pack == null) {
            return List.of();
        }
        return bookmarks.find(database.dsl(), user.id(), pack.id()).stream()
                .filter(b -> pack.chapter(b.chapterId()).isPresent()).toList();
    }

    /** Adds or removes the bookmark on a chapter; returns whether it is bookmarked now. */
    public boolean toggle(String chapterId) {
        CurrentUser user = session.require(Permission.CONTENT_READ);
        ContentPack pack = content.pack().orElseThrow();
        if (pack.chapter(chapterId).isEmpty()) {
            throw new IllegalArgumentException("No chapter " + chapterId);
        }
        return database.transaction(tx -> {
            if (bookmarks.exists(tx, user.id(), pack.id(), chapterId, "")) {
                bookmarks.delete(tx, user.id(), pack.id(), chapterId, "");
                return false;
            }
            bookmarks.insert(tx, user.id(), pack.id(), chapterId, "", OffsetDateTime.now(clock));
            return true;
        });
    }
}

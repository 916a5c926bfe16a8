package be.toppsy.desk.intervision;

import be.toppsy.desk.common.SupportLevel;
import java.util.List;

/**
 * What intervision needs from the guide and the e-learning (a port: their services implement it,
 * {@code App} connects them). Chapters open as {@code Destination.GuideChapter}, lessons as
 * {@code Destination.Lesson}.
 */
public interface ContentLink {

    /** Every guide chapter and lesson the current user can read; empty when not available. */
    List<ContentRef> all();

    /**
     * @param kind     "chapter" or "lesson"
     * @param levels   support levels the content is about (empty: all levels)
     * @param keywords words that describe the content (e.g. its tags); may be empty
     */
    record ContentRef(String kind, String id, String title, List<SupportLevel> levels, List<String> keywords) {

        public static final String CHAPTER = "chapter";
        public static final String LESSON = "lesson";

        public ContentRef {
            levels = levels == null ? List.of() : List.copyOf(levels);
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }
    }

    /** The stand-in while the guide and e-learning are not wired. */
    static ContentLink notAvailable() {
        return List::of;
    }
}

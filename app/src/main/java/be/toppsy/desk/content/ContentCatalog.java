package be.toppsy.desk.content;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.content.pack.Chapter;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.Navigator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What other features may know of the content: the guide's chapters and the lessons, with their
 * ids, titles and levels, and a way to open one. Example: the follow-up tracker lists the lessons
 * for a resident's support level and opens one with {@link #open(Entry)}.
 */
public final class ContentCatalog {

    public enum Kind {
        CHAPTER, MODULE, LESSON
    }

    /**
     * @param moduleId    for a lesson, its module; otherwise empty
     * @param destination where the main window shows it
     */
    public record Entry(Kind kind, String id, String title, List<SupportLevel> levels, String moduleId,
            Destination destination) {

        public Entry {
            levels = List.copyOf(levels);
        }
    }

    private final ContentService content;
    private final Navigator navigator;

    public ContentCatalog(ContentService content, Navigator navigator) {
        this.content = content;
        this.navigator = navigator;
    }

    /** The guide's chapters in reading order. */
    public List<Entry> chapters() {
        return content.pack().map(p -> p.chapters().stream().map(ContentCatalog::entry).toList()).orElse(List.of());
    }

    public List<Entry> modules() {
        return content.pack().map(p -> p.modules().stream().map(ContentCatalog::entry).toList()).orElse(List.of());
    }

    /** Every lesson, module by module. */
    public List<Entry> lessons() {
        return content.pack().map(p -> p.lessons().stream().map(ContentCatalog::entry).toList()).orElse(List.of());
    }

    /** Chapters and lessons that belong to a support level. */
    public List<Entry> forLevel(SupportLevel level) {
        List<Entry> all = new ArrayList<>(chapters());
        all.addAll(lessons());
        return all.stream().filter(e -> e.levels().contains(level)).toList();
    }

    /** A chapter, module or lesson by its id. */
    public Optional<Entry> find(String id) {
        return content.pack().flatMap(p -> p.chapter(id).map(ContentCatalog::entry)
                .or(() -> p.lesson(id).map(ContentCatalog::entry))
                .or(() -> p.module(id).map(ContentCatalog::entry)));
    }

    /** Opens the entry in the main window. */
    public void open(Entry entry) {
        navigator.open(entry.destination());
    }

    private static Entry entry(Chapter c) {
        return new Entry(Kind.CHAPTER, c.id(), c.title(), c.levels(), "", new Destination.GuideChapter(c.id()));
    }

    private static Entry entry(CourseModule m) {
        return new Entry(Kind.MODULE, m.id(), m.title(), List.of(m.level()), "",
                new Destination.Module(m.id()));
    }

    private static Entry entry(Lesson l) {
        return new Entry(Kind.LESSON, l.id(), l.title(), l.levels(), l.moduleId(),
                new Destination.Lesson(l.id()));
    }
}

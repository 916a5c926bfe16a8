package be.toppsy.desk.guide;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.pack.Chapter;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.ContentSearch;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.ui.Destination;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The guide reader: the table of contents, the open chapter (or the glossary), previous/next,
 * the user's bookmarks, and search across the guide, lessons and glossary while typing.
 */
public final class GuideViewModel {

    public enum Page {
        LOADING, CHAPTER, GLOSSARY, EMPTY
    }

    public static final int SEARCH_LIMIT = 30;

    private final ContentService content;
    private final ContentSearch search;
    private final GuideService guide;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ContentPack> pack = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.LOADING);
    private final ReadOnlyObjectWrapper<Chapter> chapter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper glossaryFocus = new ReadOnlyStringWrapper("");
    private final ObservableList<Chapter> chapters = FXCollections.observableArrayList();
    private final ObservableList<Bookmark> bookmarks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper bookmarked = new ReadOnlyBooleanWrapper(false);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<ContentSearch.Hit> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final AtomicLong searchGeneration = new AtomicLong();
    private Destination pendingTarget;
    private long loadedGeneration = -1;

    public GuideViewModel(ContentService content, ContentSearch search, GuideService guide, TaskRunner tasks) {
        this.content = content;
        this.search = search;
        this.guide = guide;
        this.tasks = tasks;
        query.addListener((obs, o, q) -> search(q));
    }

    private record Loaded(ContentPack pack, List<Bookmark> bookmarks, long generation) {
    }

    /** Loads the active pack and the user's bookmarks (off the JavaFX thread). */
    public void load() {
        tasks.run(() -> {
            ContentPack p = content.pack().orElse(null);
            return new Loaded(p, p == null ? List.of() : guide.bookmarks(), content.generation());
        }, loaded -> {
            loadedGeneration = loaded.generation();
            pack.set(loaded.pack());
            chapters.setAll(loaded.pack() == null ? List.of() : loaded.pack().chapters());
            bookmarks.setAll(loaded.bookmarks());
            if (loaded.pack() == null || loaded.pack().chapters().isEmpty()) {
                page.set(Page.EMPTY);
                return;
            }
            Destination target = pendingTarget;
            pendingTarget = null;
            String current = chapter.get() == null ? null : chapter.get().id();
            if (target != null) {
                navigateTo(target);
            } else if (current != null && loaded.pack().chapter(current).isPresent()) {
                openChapter(current);
            } else {
                openChapter(loaded.pack().chapters().get(0).id());
            }
        }, error -> {
            page.set(Page.EMPTY);
            tasks.reportFailure(error);
        });
    }

    /** Reloads when another pack became active since the last load. */
    public void refreshIfChanged() {
        if (content.generation() != loadedGeneration && loadedGeneration >= 0) {
            load();
        }
    }

    /**
     * Opens a chapter or a glossary term; other destinations are not the guide's. Before the pack
     * is loaded the destination waits.
     */
    public void navigateTo(Destination target) {
        if (!(target instanceof Destination.GuideChapter) && !(target instanceof Destination.GlossaryTerm)) {
            return;
        }
        if (pack.get() == null) {
            pendingTarget = target;
            return;
        }
        if (target instanceof Destination.GlossaryTerm term) {
            openGlossary(term.id());
        } else if (target instanceof Destination.GuideChapter c) {
            openChapter(c.id());
        }
    }

    public void openChapter(String id) {
        ContentPack p = pack.get();
        if (p == null) {
            return;
        }
        p.chapter(id).ifPresent(c -> {
            chapter.set(c);
            page.set(Page.CHAPTER);
            bookmarked.set(bookmarks.stream().anyMatch(b -> b.chapterId().equals(c.id())));
        });
    }

    public void openGlossary(String termId) {
        glossaryFocus.set(termId == null ? "" : termId);
        page.set(Page.GLOSSARY);
    }

    public Optional<Chapter> previousChapter() {
        return neighbour(-1);
    }

    public Optional<Chapter> nextChapter() {
        return neighbour(1);
    }

    private Optional<Chapter> neighbour(int step) {
        Chapter c = chapter.get();
        if (c == null || page.get() != Page.CHAPTER) {
            return Optional.empty();
        }
        int index = chapters.indexOf(c) + step;
        return index >= 0 && index < chapters.size() ? Optional.of(chapters.get(index)) : Optional.empty();
    }

    public void previous() {
        previousChapter().ifPresent(c -> openChapter(c.id()));
    }

    public void next() {
        nextChapter().ifPresent(c -> openChapter(c.id()));
    }

    /** Lessons that belong to the open chapter. */
    public List<Lesson> lessonsOfChapter() {
        Chapter c = chapter.get();
        return c == null || pack.get() == null ? List.of() : pack.get().lessonsOfChapter(c.id());
    }

    public void toggleBookmark() {
        Chapter c = chapter.get();
        if (c == null) {
            return;
        }
        tasks.run(() -> new Toggled(guide.toggle(c.id()), guide.bookmarks()), result -> {
            bookmarks.setAll(result.bookmarks());
            if (chapter.get() == c) {
                bookmarked.set(result.bookmarked());
            }
        });
    }

    /** What toggling a bookmark hands back: whether the chapter is now bookmarked, and all bookmarks. */
    private record Toggled(boolean bookmarked, List<Bookmark> bookmarks) {
    }

    private void search(String text) {
        long mine = searchGeneration.incrementAndGet();
        String q = text == null ? "" : text.strip();
        if (q.length() < 2) {
            results.clear();
            searching.set(false);
            return;
        }
        searching.set(true);
        tasks.run(() -> search.search(q, SEARCH_LIMIT), hits -> {
            if (searchGeneration.get() == mine) {
                results.setAll(hits);
                searching.set(false);
            }
        }, error -> {
            searching.set(false);
            tasks.reportFailure(error);
        });
    }

    public ReadOnlyObjectProperty<ContentPack> packProperty() {
        return pack.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Chapter> chapterProperty() {
        return chapter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty glossaryFocusProperty() {
        return glossaryFocus.getReadOnlyProperty();
    }

    public ObservableList<Chapter> chapters() {
        return chapters;
    }

    public ObservableList<Bookmark> bookmarks() {
        return bookmarks;
    }

    public ReadOnlyBooleanProperty bookmarkedProperty() {
        return bookmarked.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ContentSearch.Hit> results() {
        return results;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }
}

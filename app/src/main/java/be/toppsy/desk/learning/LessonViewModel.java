package be.toppsy.desk.learning;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One open lesson: opening it starts it, reading time is counted while it is open (at most an hour
 * per visit), and "completed" marks it done.
 */
public final class LessonViewModel {

    private final ProgressService progress;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ContentPack pack;
    private final Lesson lesson;
    private final Runnable onProgressChanged;
    private final ReadOnlyBooleanWrapper completed = new ReadOnlyBooleanWrapper(false);
    private Instant openedAt;

    public LessonViewModel(ProgressService progress, TaskRunner tasks, Clock clock, ContentPack pack, Lesson lesson,
            Runnable onProgressChanged) {
        this.progress = progress;
        this.tasks = tasks;
        this.clock = clock;
        this.pack = pack;
        this.lesson = lesson;
        this.onProgressChanged = onProgressChanged;
    }

    /** Records the opening; the lesson counts as started from now on. */
    public void open() {
        openedAt = clock.instant();
        tasks.run(() -> progress.openLesson(lesson.id()), p -> {
            completed.set(p.completed());
            onProgressChanged.run();
        });
    }

    /** Marks the lesson completed, with the time read so far. */
    public void complete() {
        Duration spent = takeElapsed();
        tasks.run(() -> progress.completeLesson(lesson.id(), spent), p -> {
            completed.set(p.completed());
            onProgressChanged.run();
        });
    }

    /** The lesson is closed: counts the time read since opening (or since completing). */
    public void leave() {
        Duration spent = takeElapsed();
        if (!spent.isZero()) {
            tasks.run(() -> {
                progress.addTime(lesson.id(), spent);
                return true;
            }, ok -> { });
        }
    }

    private Duration takeElapsed() {
        if (openedAt == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        Duration spent = Duration.between(openedAt, now);
        openedAt = now;
        return spent.isNegative() ? Duration.ZERO : spent;
    }

    public Lesson lesson() {
        return lesson;
    }

    public CourseModule module() {
        return pack.module(lesson.moduleId()).orElseThrow();
    }

    public ContentPack pack() {
        return pack;
    }

    /** The lesson before this one in the pack (across modules), if any. */
    public Optional<Lesson> previous() {
        return neighbour(-1);
    }

    public Optional<Lesson> next() {
        return neighbour(1);
    }

    private Optional<Lesson> neighbour(int step) {
        List<Lesson> all = pack.lessons();
        int index = all.indexOf(lesson) + step;
        return index >= 0 && index < all.size() ? Optional.of(all.get(index)) : Optional.empty();
    }

    /** Position in the module: "2 of 5". */
    public int positionInModule() {
        return module().lessons().indexOf(lesson) + 1;
    }

    public ReadOnlyBooleanProperty completedProperty() {
        return completed.getReadOnlyProperty();
    }
}

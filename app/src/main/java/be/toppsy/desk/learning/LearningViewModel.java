package be.toppsy.desk.learning;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.ContentPack;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.CourseModule;
import be.toppsy.desk.content.Lesson;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The learning area: which page is open (the modules, a module, a lesson, a quiz, a scenario) and
 * the user's own progress, reloaded after each change.
 */
public final class LearningViewModel {

    public enum Kind {
        OVERVIEW, MODULE, LESSON, QUIZ, SCENARIO
    }

    /** A page and the id it shows (empty for the overview). */
    public record Route(Kind kind, String id) {

        public static Route parse(String target) {
            if (target == null || target.isBlank() || !target.contains(":")) {
                return new Route(Kind.OVERVIEW, "");
            }
            String kind = target.substring(0, target.indexOf(':'));
            String id = target.substring(target.indexOf(':') + 1);
            return switch (kind) {
                case "module" -> new Route(Kind.MODULE, id);
                case "lesson" -> new Route(Kind.LESSON, id);
                case "quiz" -> new Route(Kind.QUIZ, id);
                case "scenario" -> new Route(Kind.SCENARIO, id);
                default -> new Route(Kind.OVERVIEW, "");
            };
        }
    }

    public enum State {
        LOADING, READY, EMPTY
    }

    private final ProgressService progress;
    private final ContentService content;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Route> route = new ReadOnlyObjectWrapper<>(new Route(Kind.OVERVIEW, ""));
    private final ReadOnlyObjectWrapper<ProgressService.Overview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private Route pending;
    private long loadedGeneration = -1;

    public LearningViewModel(ProgressService progress, ContentService content, TaskRunner tasks) {
        this.progress = progress;
        this.content = content;
        this.tasks = tasks;
    }

    public void load() {
        tasks.run(() -> content.pack().isPresent() ? progress.myProgress() : null, loaded -> {
            loadedGeneration = content.generation();
            if (loaded == null) {
                state.set(State.EMPTY);
                return;
            }
            overview.set(loaded);
            state.set(State.READY);
            Route next = pending != null ? pending : route.get();
            pending = null;
            route.set(valid(next) ? next : new Route(Kind.OVERVIEW, ""));
        }, error -> {
            state.set(State.EMPTY);
            tasks.reportFailure(error);
        });
    }

    /** Reloads the user's progress (after a lesson is completed, a quiz finished...) without changing the page. */
    public void reloadProgress() {
        tasks.run(progress::myProgress, overview::set);
    }

    /** Reloads everything when another pack became active since the last load. */
    public void refreshIfChanged() {
        if (loadedGeneration >= 0 && content.generation() != loadedGeneration) {
            load();
        } else if (state.get() == State.READY) {
            reloadProgress();
        }
    }

    /** Opens {@code module:m1}, {@code lesson:m1-l2}, {@code quiz:m1}, {@code scenario:m1-s1}, or the overview. */
    public void navigateTo(String target) {
        open(Route.parse(target));
    }

    public void open(Route target) {
        if (state.get() != State.READY) {
            pending = target;
            return;
        }
        route.set(valid(target) ? target : new Route(Kind.OVERVIEW, ""));
    }

    private boolean valid(Route r) {
        ContentPack pack = pack();
        if (pack == null) {
            return false;
        }
        return switch (r.kind()) {
            case OVERVIEW -> true;
            case MODULE -> pack.module(r.id()).isPresent();
            case LESSON -> pack.lesson(r.id()).isPresent();
            case QUIZ -> pack.module(r.id()).flatMap(CourseModule::optionalQuiz).isPresent();
            case SCENARIO -> pack.scenario(r.id()).isPresent();
        };
    }

    public ContentPack pack() {
        return overview.get() == null ? null : overview.get().pack();
    }

    /** The module of the open page, for the breadcrumb. */
    public Optional<CourseModule> currentModule() {
        ContentPack pack = pack();
        Route r = route.get();
        if (pack == null) {
            return Optional.empty();
        }
        return switch (r.kind()) {
            case MODULE, QUIZ -> pack.module(r.id());
            case LESSON -> pack.moduleOfLesson(r.id());
            case SCENARIO -> pack.scenario(r.id()).flatMap(s -> pack.module(s.moduleId()));
            default -> Optional.empty();
        };
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(pack()).flatMap(p -> p.lesson(id));
    }

    public ReadOnlyObjectProperty<Route> routeProperty() {
        return route.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProgressService.Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}

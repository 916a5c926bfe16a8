package be.toppsy.desk.learning;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.ui.Destination;
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

        public static final Route OVERVIEW = new Route(Kind.OVERVIEW, "");

        /** The page for one of the learning area's destinations; empty for any other destination. */
        public static Optional<Route> of(Destination destination) {
            Route route = null;
            if (destination instanceof Destination.LearningOverview) {
                route = OVERVIEW;
            } else if (destination instanceof Destination.Module m) {
                route = new Route(Kind.MODULE, m.id());
            } else if (destination instanceof Destination.Lesson l) {
                route = new Route(Kind.LESSON, l.id());
            } else if (destination instanceof Destination.Quiz q) {
                route = new Route(Kind.QUIZ, q.moduleId());
            } else if (destination instanceof Destination.Scenario s) {
                route = new Route(Kind.SCENARIO, s.id());
            }
            return Optional.ofNullable(route);
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

    /** Opens a module, lesson, quiz or scenario, or the overview; other destinations are not this area's. */
    public void navigateTo(Destination destination) {
        Route.of(destination).ifPresent(this::open);
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

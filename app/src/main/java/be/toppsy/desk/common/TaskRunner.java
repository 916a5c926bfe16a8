package be.toppsy.desk.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that touches the database or files off the JavaFX thread and hands the result back
 * on it. Results are typed (a record when there are several values), never {@code Object[]}.
 * Tests use {@link #direct()}, which runs everything on the calling thread.
 */
public interface TaskRunner {

    /** Runs work; a failure goes to {@code onFailure}, which must show or handle it (never ignore it). */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs work with the default failure path: the failure is logged at WARN with its cause and the
     * user sees a message in their language.
     */
    default <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, this::reportFailure);
    }

    /** The default failure path (see {@link #run(Callable, Consumer)}). */
    void reportFailure(Throwable failure);

    /**
     * Runs a work unit, marking this thread as doing background work while it runs (see
     * {@link #inWorkUnit()}). Every implementation calls its work through here.
     */
    static <T> T callAsWorkUnit(Callable<T> work) throws Exception {
        return WorkUnits.call(work);
    }

    /**
     * True while a work unit runs on this thread. Under test, {@link #direct()} runs work on the
     * JavaFX thread; this tells that work apart from UI code, which must not touch the database.
     */
    static boolean inWorkUnit() {
        return WorkUnits.running();
    }

    /** Runs on the calling thread; a failure on the default path is thrown so a test sees it. */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = callAsWorkUnit(work);
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void reportFailure(Throwable failure) {
                if (failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failure instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(failure);
            }
        };
    }
}

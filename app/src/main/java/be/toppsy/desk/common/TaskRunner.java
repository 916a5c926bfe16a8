package be.toppsy.desk.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that touches the database or files off the JavaFX thread and hands the result back
 * on it. Tests use {@link #direct()}, which runs everything on the calling thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}

package be.toppsy.desk.ui;

import be.toppsy.desk.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background work on a small pool of daemon threads; results come back on the JavaFX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor;
    /** Until the shell sets its own there is no window to show a failure in; it is in the log all the same. */
    private volatile Consumer<Throwable> userNotice = failure -> { };

    public FxTaskRunner() {
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "background-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = TaskRunner.callAsWorkUnit(work);
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.warn("Background task failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Where the default failure path shows the user a message (set by the shell once it has a window). */
    public void setUserNotice(Consumer<Throwable> userNotice) {
        this.userNotice = userNotice;
    }

    /** Tells the user; {@link #run} has already logged the failure at WARN with its cause. */
    @Override
    public void reportFailure(Throwable failure) {
        userNotice.accept(failure);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

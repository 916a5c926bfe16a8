package be.toppsy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import be.toppsy.desk.common.TaskRunner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxToolkit;

/** Background work: the default failure path logs at WARN with the cause and tells the user, on the JavaFX thread. */
class FxTaskRunnerTest {

    private final Logger log = (Logger) LoggerFactory.getLogger(FxTaskRunner.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private FxTaskRunner tasks;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        logged.start();
        log.addAppender(logged);
        tasks = new FxTaskRunner();
    }

    @AfterEach
    void tearDown() {
        log.detachAppender(logged);
        tasks.close();
    }

    @Test
    void aFailureOnTheDefaultPathIsLoggedAtWarnAndShownToTheUser() throws Exception {
        IllegalStateException failure = new IllegalStateException("disk said no");
        CompletableFuture<Boolean> noticedOnFxThread = new CompletableFuture<>();
        CompletableFuture<Throwable> noticed = new CompletableFuture<>();
        tasks.setUserNotice(error -> {
            noticedOnFxThread.complete(Platform.isFxApplicationThread());
            noticed.complete(error);
        });
        AtomicBoolean succeeded = new AtomicBoolean();

        tasks.run(() -> {
            throw failure;
        }, result -> succeeded.set(true));

        assertThat(noticed.get(5, TimeUnit.SECONDS)).isSameAs(failure);
        assertThat(noticedOnFxThread.get()).isTrue();
        assertThat(succeeded).isFalse();
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
        });
    }

    @Test
    void workRunsOffTheFxThreadMarkedAsAWorkUnitAndTheResultComesBackOnIt() throws Exception {
        CompletableFuture<String> where = new CompletableFuture<>();
        CompletableFuture<Boolean> resultOnFxThread = new CompletableFuture<>();
        tasks.run(() -> {
            where.complete(Platform.isFxApplicationThread() + " " + TaskRunner.inWorkUnit());
            return "ok";
        }, result -> resultOnFxThread.complete(Platform.isFxApplicationThread() && !TaskRunner.inWorkUnit()));

        assertThat(where.get(5, TimeUnit.SECONDS)).isEqualTo("false true");
        assertThat(resultOnFxThread.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(logged.list).isEmpty();
    }
}

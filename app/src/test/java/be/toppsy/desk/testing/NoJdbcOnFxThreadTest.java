package be.toppsy.desk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.common.TaskRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The guard every test runs under: UI code on the JavaFX thread takes no database connection. */
class NoJdbcOnFxThreadTest {

    @TempDir
    Path folder;
    private App.Services services;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        services = TestServices.withAdmin(folder, MutableClock.at("2026-03-10T09:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private static <T> T onFxThread(Callable<T> action) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(action.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void uiCodeQueryingOnTheFxThreadIsRefusedAndFailsTheTest() throws Exception {
        // The shell's settings are not a service: code like a view reading them on the FX thread.
        Throwable refused = onFxThread(() -> {
            try {
                services.shellSettings().idleLockMinutes();
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(refused).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JDBC on the JavaFX application thread")
                .hasMessageContaining("ShellSettings#idleLockMinutes");

        // Even when the code swallowed the exception, the test fails afterwards.
        assertThatThrownBy(() -> new NoJdbcOnFxThread().afterEach(null)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ShellSettings#idleLockMinutes");
    }

    @Test
    void theSameQueryInsideAWorkUnitOrOffTheFxThreadIsAllowed() throws Exception {
        int inWork = onFxThread(() -> {
            int[] minutes = new int[1];
            TaskRunner.direct().run(() -> services.shellSettings().idleLockMinutes(), m -> minutes[0] = m);
            return minutes[0];
        });
        assertThat(inWork).isPositive();
        assertThat(services.shellSettings().idleLockMinutes()).isPositive();
        new NoJdbcOnFxThread().afterEach(null);
    }

    @Test
    void testCodeMaySetUpDataThroughTheServicesOnTheFxThread() throws Exception {
        boolean admin = onFxThread(() -> services.accounts().listUsers().stream()
                .anyMatch(u -> u.username().equals("admin")));
        assertThat(admin).isTrue();
        new NoJdbcOnFxThread().afterEach(null);
    }
}

package be.toppsy.desk.testing;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.storage.Database;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * No JDBC on the JavaFX application thread: a connection taken there outside a {@link TaskRunner}
 * work unit is refused (the code that asked gets an exception) and fails the test, even when the
 * code under test swallows the exception. Tests run work with {@link TaskRunner#direct()}, on the
 * calling thread, which under TestFX is the JavaFX thread; such work is marked as a work unit and
 * allowed.
 *
 * <p>Test code may set up its data on the JavaFX thread (TestFX runs {@code @Start} there): a
 * connection is allowed when test code called a service, the wiring or storage directly. Views,
 * view models, features and the shell must not.
 *
 * <p>Registered for every test (META-INF/services, autodetection in junit-platform.properties); it
 * only ever acts on the JavaFX thread. {@link #ENABLED} switches it off, and {@link #KNOWN_OFFENDERS}
 * lists the code (class#method) still waiting for a fix, which is reported but not refused.
 */
public final class NoJdbcOnFxThread implements BeforeEachCallback, AfterEachCallback {

    /** Set {@code -Dtoppsy.fxJdbcGuard=false} to switch the guard off while hunting for something else. */
    static final boolean ENABLED = !"false".equals(System.getProperty("toppsy.fxJdbcGuard"));

    /**
     * Code known to query on the JavaFX thread (class#method anywhere in the call), each waiting for
     * its fix in a package being reorganised; remove a line once it is fixed, and the guard holds
     * that code to the rule again.
     */
    static final List<String> KNOWN_OFFENDERS = List.of(
            // Today: fill(...) calls TodayViewModel.settings() -> ResidentService.reviewSettings() (app_setting).
            "TodayView#fill",
            // Meeting pack button: meetingPack(...) calls ResidentService.colleagues() (app_user) before its task.
            "ResidentExportDialogs#meetingPack",
            // A guide chapter or lesson with a crisis block: crisisList(...) reads the crisis contacts
            // (SocialMapService.crisisContacts, service) while rendering; found by DestinationsFxTest.
            "ContentRenderer#crisisList");

    private static final String FX_THREAD = "JavaFX Application Thread";
    private static final List<String> VIOLATIONS = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        synchronized (VIOLATIONS) {
            VIOLATIONS.clear();
        }
        Database.checkEachConnection(ENABLED ? NoJdbcOnFxThread::check : null);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> found;
        synchronized (VIOLATIONS) {
            found = List.copyOf(VIOLATIONS);
            VIOLATIONS.clear();
        }
        if (!found.isEmpty()) {
            throw new AssertionError("JDBC on the JavaFX application thread, outside background work:\n  "
                    + String.join("\n  ", found));
        }
    }

    private static void check() {
        // The thread's name first: Platform would start loading the toolkit in tests that never use it.
        if (!FX_THREAD.equals(Thread.currentThread().getName()) || !Platform.isFxApplicationThread()
                || TaskRunner.inWorkUnit()) {
            return;
        }
        StackTraceElement[] stack = new Throwable().getStackTrace();
        if (fixtureSetUp(stack)) {
            return;
        }
        String where = caller(stack, 5);
        String whole = caller(stack, Integer.MAX_VALUE);
        if (KNOWN_OFFENDERS.stream().anyMatch(known -> whole.contains(known + ":"))) {
            return;
        }
        synchronized (VIOLATIONS) {
            VIOLATIONS.add(where);
        }
        throw new IllegalStateException("JDBC on the JavaFX application thread: " + where);
    }

    /** True when test code called the data layer directly (a service, the wiring, storage): test set-up. */
    private static boolean fixtureSetUp(StackTraceElement[] stack) {
        StackTraceElement entry = null;
        for (StackTraceElement frame : stack) {
            if (!frame.getClassName().startsWith("be.toppsy.desk.")
                    || frame.getClassName().equals(NoJdbcOnFxThread.class.getName())) {
                continue;
            }
            if (isTestCode(frame.getClassName())) {
                return entry != null && isDataLayer(entry.getClassName());
            }
            entry = frame;
        }
        return false;
    }

    private static boolean isDataLayer(String className) {
        String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return topLevel.startsWith("be.toppsy.desk.storage.") || topLevel.endsWith("Service")
                || topLevel.equals("be.toppsy.desk.App") || topLevel.equals("be.toppsy.desk.AppGate");
    }

    private static final Map<String, Boolean> TEST_CODE = new ConcurrentHashMap<>();

    /** Whether a class was compiled from src/test (its code comes from test-classes). */
    private static boolean isTestCode(String className) {
        return TEST_CODE.computeIfAbsent(className, name -> {
            try {
                Class<?> type = Class.forName(name, false, NoJdbcOnFxThread.class.getClassLoader());
                CodeSource source = type.getProtectionDomain().getCodeSource();
                return source != null && source.getLocation().toString().contains("test-classes");
            } catch (ClassNotFoundException e) {
                return false;
            }
        });
    }

    /** The application's frames that led to the connection, nearest first (class#method:line). */
    private static String caller(StackTraceElement[] stack, int frames) {
        return Arrays.stream(stack)
                .filter(f -> f.getClassName().startsWith("be.toppsy.desk.")
                        && !f.getClassName().startsWith("be.toppsy.desk.storage.")
                        && !f.getClassName().startsWith("be.toppsy.desk.testing."))
                .limit(frames)
                .map(f -> simpleName(f.getClassName()) + "#" + f.getMethodName() + ":" + f.getLineNumber())
                .collect(Collectors.joining(" < "));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}

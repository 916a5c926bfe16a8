package be.toppsy.desk.common;

import java.util.concurrent.Callable;

/** Marks the thread while a {@link TaskRunner} work unit runs, so a test guard can tell work from UI code. */
final class WorkUnits {

    private static final ThreadLocal<Boolean> RUNNING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private WorkUnits() {
    }

    static boolean running() {
        return RUNNING.get();
    }

    static <T> T call(Callable<T> work) throws Exception {
        boolean outer = RUNNING.get();
        RUNNING.set(Boolean.TRUE);
        try {
            return work.call();
        } finally {
            RUNNING.set(outer);
        }
    }
}

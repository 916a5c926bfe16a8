package be.toppsy.desk;

/**
 * Plain entry point. A main class that extends {@code Application} fails with "JavaFX runtime
 * components are missing" when JavaFX is on the classpath, so start from here.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        App.launchWith(args);
    }
}

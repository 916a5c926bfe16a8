package be.toppsy.desk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A small RAM file system mounted for a test, to make a disk really full or really read-only.
 * Only where the test runs as root on Linux and may mount; elsewhere {@link #mount} is empty and
 * the test is skipped (the same faults are also checked without it).
 */
public final class Tmpfs implements AutoCloseable {

    private final Path path;

    private Tmpfs(Path path) {
        this.path = path;
    }

    public static Optional<Tmpfs> mount(Path directory, String size) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                || !"root".equals(System.getProperty("user.name"))) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(directory);
            if (run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", directory.toString())) {
                return Optional.of(new Tmpfs(directory));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public Path path() {
        return path;
    }

    public boolean remountReadOnly() {
        return run("mount", "-o", "remount,ro", path.toString());
    }

    @Override
    public void close() {
        run("umount", "-l", path.toString());
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

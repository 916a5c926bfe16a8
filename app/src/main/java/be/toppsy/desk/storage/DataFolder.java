package be.toppsy.desk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Where the application keeps its database, settings and backups. Chosen, in this order, by the
 * {@code --data-dir} option, the {@code TOPPSY_DATA_DIR} variable, or the platform's per-user
 * application data folder.
 */
public record DataFolder(Path path) {

    public static final String ENV_VARIABLE = "TOPPSY_DATA_DIR";
    public static final String OPTION = "--data-dir";

    public static DataFolder resolve(String[] args, Map<String, String> env, String osName, Path home) {
        return new DataFolder(fromArgs(args)
                .or(() -> Optional.ofNullable(env.get(ENV_VARIABLE)).filter(s -> !s.isBlank()).map(Path::of))
                .orElseGet(() -> platformDefault(env, osName, home))
                .toAbsolutePath()
                .normalize());
    }

    public static DataFolder resolveForThisMachine(String[] args) {
        return resolve(args, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static Optional<Path> fromArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith(OPTION + "=")) {
                return Optional.of(Path.of(arg.substring(OPTION.length() + 1)));
            }
            if (arg.equals(OPTION) && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
        }
        return Optional.empty();
    }

    static Path platformDefault(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null ? Path.of(localAppData) : home.resolve("AppData").resolve("Local");
            return base.resolve("TOPPSY Desk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("TOPPSY Desk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("toppsy-desk");
    }

    /** Creates the folder if needed; fails with a clear message when it cannot be written. */
    public DataFolder ensureWritable() {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE, path.toString(), e);
        }
        if (!Files.isWritable(path)) {
            throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE, path.toString(), null);
        }
        keepPrivate();
        return this;
    }

    /**
     * On Linux and macOS the folder is made readable by its owner only (rwx------), so other accounts
     * on a shared PC cannot reach the database, backups, key file or log inside it. Windows keeps
     * {@code %LOCALAPPDATA%} per user by itself.
     */
    private void keepPrivate() {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not our folder (a shared one chosen on purpose): keep going, the administrator decides.
            LoggerFactory.getLogger(DataFolder.class)
                    .warn("The data folder could not be made private to its owner: {}", e.getClass().getSimpleName());
        }
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }
}

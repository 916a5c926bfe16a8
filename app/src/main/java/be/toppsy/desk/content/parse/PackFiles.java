package be.toppsy.desk.content.parse;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The files of a pack, by path relative to the pack's root with forward slashes
 * ({@code modules/m1/module.yaml}). A pack is read from the classpath (the bundled one), from a
 * folder or a zip being imported, or from the database (an imported one).
 */
public interface PackFiles {

    /** Where the pack comes from, for messages and logs. */
    String description();

    Optional<byte[]> read(String path);

    default boolean exists(String path) {
        return read(path).isPresent();
    }

    default Optional<String> readText(String path) {
        return read(path).map(bytes -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            // A byte order mark would end up in the first YAML key.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        });
    }

    /** Resolves {@code relative} against the folder of {@code file}; ".." is allowed but never above the root. */
    static Optional<String> resolve(String file, String relative) {
        String base = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
        return normalise(base + relative);
    }

    /** Removes "." and ".." segments; empty when the path leaves the pack or is absolute. */
    static Optional<String> normalise(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return Optional.empty();
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }
}

package be.toppsy.desk.content.parse;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A pack held in memory: read from a zip or folder being imported, or from the database. */
public final class MemoryPackFiles implements PackFiles {

    private final String description;
    private final Map<String, byte[]> files;

    public MemoryPackFiles(String description, Map<String, byte[]> files) {
        this.description = description;
        this.files = new TreeMap<>(files);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(files.get(path)).map(byte[]::clone);
    }

    @Override
    public boolean exists(String path) {
        return files.containsKey(path);
    }

    /** Every file, for storing the pack. */
    public Map<String, byte[]> all() {
        return java.util.Collections.unmodifiableMap(files);
    }

    public long totalBytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }
}

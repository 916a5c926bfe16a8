package be.toppsy.desk.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key file's bytes on disk: read, checked and written atomically. The last line holds a
 * checksum of all lines before it, so a damaged or half-written file is recognised instead of being
 * read as a file with fewer copies. Every write happens under the data folder's {@link FolderLock},
 * through a temporary file of its own (forced to disk, then renamed over the old one).
 */
final class KeyFile {

    private static final Logger LOG = LoggerFactory.getLogger(KeyFile.class);
    private static final String SUM = "sum=";

    private final DataFolder folder;
    private final Path file;

    KeyFile(DataFolder folder, String fileName) {
        this.folder = folder;
        this.file = folder.resolve(fileName);
    }

    Path path() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** The entries; none when there is no file. {@code KEYS_DAMAGED} when the file is damaged or incomplete. */
    Map<String, String> load() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw StorageException.fromIo(e, file.toString());
        }
        return read(bytes).orElseThrow(
                () -> new StorageException(StorageException.Reason.KEYS_DAMAGED, file.toString(), null));
    }

    /** True when the file is missing or whole. */
    boolean isWhole() {
        try {
            load();
            return true;
        } catch (StorageException e) {
            return e.reason() != StorageException.Reason.KEYS_DAMAGED;
        }
    }

    /**
     * The entries of a key file's bytes, when they are a whole key file. A file from before the
     * checksum (no {@code sum=} line) is accepted when it parses and has its format line.
     */
    static Optional<Map<String, String>> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int last = text.lastIndexOf('\n', text.length() - 2);
        String lastLine = text.substring(last + 1).strip();
        if (lastLine.startsWith(SUM)) {
            String body = text.substring(0, last + 1);
            if (!lastLine.substring(SUM.length()).equals(checksum(body))) {
                return Optional.empty();
            }
            text = body;
        } else if (!text.endsWith("\n")) {
            return Optional.empty();
        }
        Optional<Map<String, String>> entries = parse(text);
        return entries.filter(e -> e.containsKey("format"));
    }

    private static Optional<Map<String, String>> parse(String text) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        Map<String, String> entries = new TreeMap<>();
        properties.forEach((k, v) -> entries.put((String) k, (String) v));
        return Optional.of(entries);
    }

    static byte[] render(Map<String, String> entries) {
        StringBuilder out = new StringBuilder();
        out.append("# TOPPSY Desk: copies of the database key, each locked with one user's password or with the\n");
        out.append("# recovery code. Without this file the database cannot be opened. Do not edit; it is part of every backup.\n");
        entries.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        String body = out.toString();
        return (body + SUM + checksum(body) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    void save(Map<String, String> entries) {
        FolderLock.acquire(folder);
        byte[] bytes = render(entries);
        Path temporary = null;
        try {
            // A temporary file of its own: a fixed name would be shared by every writer.
            temporary = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            LOG.warn("Could not write the key file {}", file, e);
            throw StorageException.fromIo(e, file.getParent().toString());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.warn("Could not remove the temporary key file {}", temporary, e);
                }
            }
        }
    }

    private static String checksum(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package be.toppsy.desk.content.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a pack to be imported, from a folder or a {@code .zip}, into memory. The zip may hold the
 * pack's files at its root or inside one folder. Sizes are limited so that a wrong file cannot
 * fill the memory; paths that try to leave the pack are refused.
 */
public final class PackArchive {

    public static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    public static final int MAX_FILES = 2_000;
    /** One file (a lesson, an image): far above any real one, far below the memory. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    /** The file cannot be read as a pack at all (not a zip, too large...). */
    public static final class UnreadableException extends IOException {
        private final String reason;

        public UnreadableException(String reason, String detail) {
            super(reason + ": " + detail);
            this.reason = reason;
        }

        /** A message key under {@code content.import.unreadable.*}. */
        public String reason() {
            return reason;
        }
    }

    private PackArchive() {
    }

    public static MemoryPackFiles read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return readFolder(path);
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return readZip(path);
        }
        throw new UnreadableException("content.import.unreadable.type", path.getFileName().toString());
    }

    public static MemoryPackFiles readFolder(Path folder) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                // A link could bring any file of the PC into the pack (/etc/passwd as an image): refused, never followed.
                if (Files.isSymbolicLink(file)) {
                    throw new UnreadableException("content.import.unreadable.symlink", relative);
                }
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || hidden(relative)) {
                    continue;
                }
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    throw new UnreadableException("content.import.unreadable.fileTooLarge", relative);
                }
                total += size;
                if (total > MAX_TOTAL_BYTES || files.size() >= MAX_FILES) {
                    throw new UnreadableException("content.import.unreadable.tooLarge", folder.toString());
                }
                files.put(relative, Files.readAllBytes(file));
            }
        }
        return new MemoryPackFiles(folder.getFileName().toString(), files);
    }

    public static MemoryPackFiles readZip(Path zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory() || hidden(entry.getName())) {
                    continue;
                }
                String name = PackFiles.normalise(entry.getName().replace('\\', '/')).orElseThrow(
                        () -> new UnreadableException("content.import.unreadable.badPath", zip.getFileName().toString()));
                byte[] bytes = readLimited(in, Math.min(MAX_FILE_BYTES, MAX_TOTAL_BYTES - total), zip);
                total += bytes.length;
                if (entries.size() >= MAX_FILES) {
                    throw new UnreadableException("content.import.unreadable.tooLarge", zip.getFileName().toString());
                }
                entries.put(name, bytes);
            }
        } catch (java.util.zip.ZipException e) {
            throw new UnreadableException("content.import.unreadable.notZip", zip.getFileName().toString());
        }
        if (entries.isEmpty()) {
            throw new UnreadableException("content.import.unreadable.notZip", zip.getFileName().toString());
        }
        // The pack's root is the folder holding the shallowest manifest.yaml.
        String root = entries.keySet().stream().filter(n -> n.equals(PackParser.MANIFEST)
                        || n.endsWith("/" + PackParser.MANIFEST))
                .min(java.util.Comparator.comparingInt(String::length))
                .map(n -> n.substring(0, n.length() - PackParser.MANIFEST.length())).orElse("");
        Map<String, byte[]> files = new HashMap<>();
        entries.forEach((name, bytes) -> {
            if (name.startsWith(root)) {
                files.put(name.substring(root.length()), bytes);
            }
        });
        return new MemoryPackFiles(zip.getFileName().toString(), files);
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readLimited(InputStream in, long allowed, Path zip) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > allowed) {
                throw new UnreadableException("content.import.unreadable.tooLarge", zip.getFileName().toString());
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}

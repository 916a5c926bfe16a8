package be.toppsy.desk.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The font files embedded in documents, read once from the classpath: Liberation Sans (from the
 * openpdf-fonts-extra jar) and DejaVu Sans as fallback for characters Liberation lacks (from the
 * jasperreports-fonts jar). Both are free fonts from Maven Central; nothing is read from the system.
 */
public final class FontLibrary {

    /** How text is set; each has a chain of fonts tried in order. */
    public enum Face {
        REGULAR("/liberation/LiberationSans-Regular.ttf", "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf"),
        BOLD("/liberation/LiberationSans-Bold.ttf", "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf"),
        ITALIC("/liberation/LiberationSans-Italic.ttf", "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Oblique.ttf");

        final String primary;
        final String fallback;

        Face(String primary, String fallback) {
            this.primary = primary;
            this.fallback = fallback;
        }
    }

    private final Map<Face, byte[]> primary = new EnumMap<>(Face.class);
    private final Map<Face, byte[]> fallback = new EnumMap<>(Face.class);

    /** Reads nothing yet: the files (about 3 MB) are read at the first document, not at start-up. */
    public FontLibrary() {
    }

    synchronized byte[] primary(Face face) {
        return primary.computeIfAbsent(face, f -> read(f.primary));
    }

    synchronized byte[] fallback(Face face) {
        return fallback.computeIfAbsent(face, f -> read(f.fallback));
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

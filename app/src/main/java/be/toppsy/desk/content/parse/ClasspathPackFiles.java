package be.toppsy.desk.content.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** A pack bundled in the application jar under {@code packs/<id>/} (the build copies {@code modules/} there). */
public final class ClasspathPackFiles implements PackFiles {

    private final String base;
    private final ClassLoader loader;

    public ClasspathPackFiles(String packFolder) {
        this.base = "packs/" + packFolder + "/";
        this.loader = ClasspathPackFiles.class.getClassLoader();
    }

    @Override
    public String description() {
        return base;
    }

    @Override
    public Optional<byte[]> read(String path) {
        try (InputStream in = loader.getResourceAsStream(base + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a pack with this folder name is bundled. */
    public boolean present() {
        return loader.getResource(base + "manifest.yaml") != null;
    }
}

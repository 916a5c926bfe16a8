package be.toppsy.desk.testing;

import be.toppsy.desk.App;
import be.toppsy.desk.content.ContentRepository;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.parse.PackArchive;
import be.toppsy.desk.content.parse.PackFiles;
import be.toppsy.desk.learning.ProgressRepository;
import be.toppsy.desk.learning.ProgressService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Content packs for tests: the packs in {@code modules/}, copies to change, zips, services on them. */
public final class ContentPacks {

    public static final Path MODULES = Path.of("..", "modules");

    private ContentPacks() {
    }

    public static Path folder(String pack) {
        return MODULES.resolve(pack);
    }

    /** A pack from {@code modules/} read as a folder. */
    public static PackFiles read(String pack) {
        try {
            return PackArchive.readFolder(folder(pack));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a pack from {@code modules/} to {@code target} so that a test can change it. */
    public static Path copy(String pack, Path target) {
        Path source = folder(pack);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces a line of the manifest that starts with {@code key:}. */
    public static void setManifest(Path pack, String key, String value) {
        try {
            Path manifest = pack.resolve("manifest.yaml");
            List<String> lines = Files.readAllLines(manifest);
            Files.write(manifest, lines.stream().map(l -> l.startsWith(key + ":") ? key + ": " + value : l).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits a text file of a pack. */
    public static void replace(Path pack, String file, String from, String to) {
        try {
            Path path = pack.resolve(file);
            Files.writeString(path, Files.readString(path).replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Zips a pack folder, its files inside a folder named {@code root} (or at the zip's root when empty). */
    public static Path zip(Path pack, Path zip, String root) {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> walk = Files.walk(pack)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = (root.isEmpty() ? "" : root + "/") + pack.relativize(p).toString().replace('\\', '/');
                z.putNextEntry(new ZipEntry(name));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    /** A content service on the application's database whose bundled pack is {@code bundled}. */
    public static ContentService contentService(App.Services services, Clock clock, PackFiles bundled) {
        return new ContentService(services.database(), new ContentRepository(), services.session(), services.audit(),
                clock, bundled);
    }

    /** Learning progress on a content service. */
    public static ProgressService progressService(App.Services services, ContentService content, Clock clock) {
        return new ProgressService(services.database(), new ProgressRepository(), content, services.accounts(),
                services.audit(), services.session(), clock, services.messages());
    }
}

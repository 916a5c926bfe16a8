package be.toppsy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.IkonHandler;

/** Every icon code written in the code exists in the icon pack. */
class IconsTest {

    private static final Pattern CODE = Pattern.compile("\"(mdi2[a-z]-[a-z0-9-]+)\"");

    @Test
    void everyIconCodeExists() throws IOException {
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!resolves(matcher.group(1))) {
                        unknown.add(matcher.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    private static boolean resolves(String code) {
        for (IkonHandler handler : ServiceLoader.load(IkonHandler.class)) {
            if (handler.supports(code)) {
                try {
                    return handler.resolve(code) != null;
                } catch (RuntimeException e) {
                    return false;
                }
            }
        }
        return false;
    }
}

package be.toppsy.desk.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.content.pack.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pack in {@code modules/} passes the validator, read as a folder and as bundled in the jar. */
class PacksInModulesTest {

    static final Path MODULES = Path.of("..", "modules");

    static Stream<Path> packs() throws IOException {
        try (Stream<Path> folders = Files.list(MODULES)) {
            return folders.filter(p -> Files.exists(p.resolve(PackParser.MANIFEST))).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyPackInModulesIsValid(Path folder) throws IOException {
        PackParser.Result result = PackParser.load(PackArchive.readFolder(folder));
        // Warnings count too: answer patterns that give the right answer away are defects of the pack.
        assertThat(result.problems()).as("problems in %s", folder.getFileName()).isEmpty();
        assertThat(result.valid()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void theSamplePackHasNoProblemAtAll() throws IOException {
        assertThat(problemsOf(MODULES.resolve("sample-pack"))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyPackIsBundledInTheApplication(Path folder) {
        ClasspathPackFiles bundled = new ClasspathPackFiles(folder.getFileName().toString());
        assertThat(bundled.present()).isTrue();
        PackParser.Result result = PackParser.load(bundled);
        assertThat(result.errors()).isEmpty();
    }

    static List<Problem> problemsOf(Path folder) throws IOException {
        return PackParser.load(PackArchive.readFolder(folder)).problems();
    }
}

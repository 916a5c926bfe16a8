package be.toppsy.desk.content.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import be.toppsy.desk.content.pack.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Packs made to hurt: limits are checked before any recursive step and reported with file and
 * line; nothing overflows the stack or takes seconds; a folder pack never follows a link.
 */
class HostilePacksTest {

    private static final String LESSON = "modules/m3/lessons/01-les.md";

    @TempDir
    Path folder;

    private Path copyOfBrokenPack() throws IOException {
        Path source = Path.of("src/test/resources/broken-pack");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = folder.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return folder;
    }

    private List<Problem> problems(Path pack) throws IOException {
        return PackParser.load(PackArchive.readFolder(pack)).problems();
    }

    static String nestedList(int levels) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            text.append("  ".repeat(i)).append("- niveau ").append(i).append('\n');
        }
        return text.toString();
    }

    @Test
    void aListNestedThreeThousandLevelsDeepIsReportedWithFileAndLineQuickly() throws IOException {
        Path pack = copyOfBrokenPack();
        // Each "- " opens a list inside the item before: 3,000 levels on one line (indented, it would be 9 MB).
        Files.writeString(pack.resolve(LESSON), Files.readString(pack.resolve(LESSON)) + "\n"
                + "- ".repeat(3_000) + "x\n", StandardCharsets.UTF_8);
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(pack));
        assertThat(problems).filteredOn(p -> p.kind() == Problem.Kind.TOO_DEEP).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(LESSON);
            assertThat(p.line()).isEqualTo(10);
        });
    }

    @Test
    void aPackIdLongerThanItsColumnIsReportedWithFileAndLine() throws IOException {
        Path pack = copyOfBrokenPack();
        String manifest = Files.readString(pack.resolve(PackParser.MANIFEST));
        Files.writeString(pack.resolve(PackParser.MANIFEST), manifest.replace("id: broken-pack", "id: " + "a".repeat(70)));
        assertThat(problems(pack)).filteredOn(p -> p.kind() == Problem.Kind.ID_TOO_LONG)
                .filteredOn(p -> p.file().equals(PackParser.MANIFEST)).singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo(PackParser.MANIFEST);
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.args()).containsExactly("a".repeat(70), "64");
                });
    }

    @Test
    void aSymbolicLinkInAFolderPackIsRefusedAndNeverRead() throws IOException {
        Path pack = copyOfBrokenPack();
        Files.createSymbolicLink(pack.resolve("images/wachtwoorden.png"), Path.of("/etc/passwd"));
        assertThatThrownBy(() -> PackArchive.readFolder(pack)).isInstanceOfSatisfying(
                PackArchive.UnreadableException.class,
                e -> assertThat(e.reason()).isEqualTo("content.import.unreadable.symlink"));
    }

    @Test
    void aSingleFileAboveItsLimitIsRefused() throws IOException {
        Path pack = copyOfBrokenPack();
        Files.write(pack.resolve("images/groot.png"), new byte[(int) PackArchive.MAX_FILE_BYTES + 1]);
        assertThatThrownBy(() -> PackArchive.readFolder(pack)).isInstanceOfSatisfying(
                PackArchive.UnreadableException.class,
                e -> assertThat(e.reason()).isEqualTo("content.import.unreadable.fileTooLarge"));
    }

    static Stream<String> hostileMarkdown() {
        return Stream.of(
                nestedList(3_000),
                "> ".repeat(3_000) + "diep citaat",
                ">\n".repeat(1) + (">".repeat(5_000) + " x\n"),
                "[".repeat(20_000) + "x" + "]".repeat(20_000),
                "*a ".repeat(5_000) + "b" + " a*".repeat(5_000),
                "1. ".repeat(3_000) + "genummerd");
    }

    @ParameterizedTest
    @MethodSource("hostileMarkdown")
    void hostileMarkdownIsRefusedAtImportAndFlattenedForEveryVisitor(String markdown) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(Markdown.tooDeepLine(markdown)).isPresent();
            Node document = Markdown.parse(markdown);
            assertThat(maxDepth(document)).isLessThanOrEqualTo(Markdown.MAX_DEPTH);
            // The recursive visitors (plain text for search, the renderer) now run on a shallow tree.
            assertThat(Markdown.plainText(document)).isNotEmpty();
        });
    }

    @Test
    void ordinaryNestingStaysAsItIs() {
        String markdown = "> [!letop]\n> Let op\n\n- een\n  - twee\n    - drie\n\n[link](lesson:m1-l1) en *nadruk*";
        assertThat(Markdown.tooDeepLine(markdown)).isEmpty();
        assertThat(maxDepth(Markdown.parse(markdown))).isGreaterThan(3);
    }

    private static int maxDepth(Node node) {
        int deepest = Markdown.depthOf(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            deepest = Math.max(deepest, maxDepth(child));
        }
        return deepest;
    }
}

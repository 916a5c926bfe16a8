package be.toppsy.desk.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.content.pack.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deliberately broken packs in the test resources: each validation rule fires, on the file
 * and line where the mistake is.
 */
class PackValidationTest {

    private static List<Problem> broken;
    private static List<Problem> brokenManifest;

    @BeforeAll
    static void load() throws IOException {
        broken = PackParser.load(PackArchive.readFolder(Path.of("src/test/resources/broken-pack"))).problems();
        brokenManifest = PackParser.load(PackArchive.readFolder(Path.of("src/test/resources/broken-manifest")))
                .problems();
    }

    @ParameterizedTest(name = "{0}:{1} {2} {3}")
    @CsvSource({
            "manifest.yaml, 3, INVALID_VERSION, 1.x",
            "manifest.yaml, 12, FILE_MISSING, guide/03-bestaat-niet.md",
            "manifest.yaml, 18, UNKNOWN_FIELD, colour",
            "guide/01-hoofdstuk.md, 4, UNKNOWN_LEVEL, hoog",
            "guide/01-hoofdstuk.md, 9, BROKEN_LINK, lesson:m9-l9",
            "guide/01-hoofdstuk.md, 9, BROKEN_LINK, glossary:onbekend",
            "guide/01-hoofdstuk.md, 11, UNKNOWN_LINK_TYPE, lessons/01.md",
            "guide/01-hoofdstuk.md, 13, UNKNOWN_BLOCK, tip",
            "guide/01-hoofdstuk.md, 16, IMAGE_MISSING, images/ontbreekt.png",
            "guide/01-hoofdstuk.md, 16, IMAGE_NO_ALT, images/ontbreekt.png",
            "guide/01-hoofdstuk.md, 18, IMAGE_NO_SOURCE, images/figuur.png",
            "guide/01-hoofdstuk.md, 20, IMAGE_NO_SOURCE, images/figuur.png",
            "guide/02-zonder-front-matter.md, 1, FRONT_MATTER_MISSING, ",
            "modules/m1/module.yaml, 4, FIELD_INVALID, passMark",
            "modules/m1/lessons/01-les.md, 2, UNKNOWN_REFERENCE, chapters",
            "modules/m1/lessons/02-les.md, 2, INVALID_ID, Les Twee",
            "modules/m1/lessons/02-les.md, 2, FIELD_MISSING, title",
            "modules/m1/lessons/02-les.md, 3, FIELD_MISSING, levels",
            "modules/m1/lessons/03-dubbel.md, 2, DUPLICATE_ID, m1-l1",
            "modules/m1/quiz.yaml, 3, QUIZ_NO_CORRECT, q1",
            "modules/m1/quiz.yaml, 11, QUIZ_SINGLE_SEVERAL_CORRECT, q2",
            "modules/m1/quiz.yaml, 21, QUIZ_TOO_FEW_OPTIONS, q3",
            "modules/m1/quiz.yaml, 25, QUIZ_NO_FEEDBACK, q3",
            "modules/m1/quiz.yaml, 28, FIELD_INVALID, type",
            "modules/m1/quiz.yaml, 32, UNKNOWN_FIELD, corect",
            "modules/m1/scenarios/s1.yaml, 6, SCENARIO_NO_ENDING, begin",
            "modules/m1/scenarios/s1.yaml, 9, SCENARIO_UNKNOWN_STEP, nergens",
            "modules/m1/scenarios/s1.yaml, 14, FIELD_INVALID, quality",
            "modules/m1/scenarios/s1.yaml, 17, SCENARIO_NO_ENDING, lus",
            "modules/m1/scenarios/s1.yaml, 28, SCENARIO_TOO_FEW_CHOICES, eenzaam",
            "modules/m1/scenarios/s1.yaml, 28, SCENARIO_UNREACHABLE, eenzaam",
            "modules/m1/scenarios/s1.yaml, 35, SCENARIO_UNREACHABLE, einde",
            "modules/m1/scenarios/s2-kapot.yaml, 3, YAML_SYNTAX, ",
            "modules/m1/trainer-guide.yaml, 1, TRAINER_GUIDE_MINUTES, 30",
            "modules/m1/trainer-guide.yaml, 5, UNKNOWN_REFERENCE, lesson",
            "modules/m1/trainer-guide.yaml, 6, FIELD_INVALID, minutes",
            "modules/m1/trainer-guide.yaml, 11, UNKNOWN_FIELD, duraton",
            "modules/m2/quiz.yaml, 1, QUIZ_RIGHT_FIRST, 5",
            "modules/m2/quiz.yaml, 1, QUIZ_RIGHT_LONGEST, 5",
            "modules/m2/module.yaml, 1, SCENARIO_BEST_FIRST, 5",
            "modules/m2/module.yaml, 1, SCENARIO_BEST_LONGEST, 5",
            "modules/m3/lessons/01-les.md, 2, ID_TOO_LONG, m3-l1-langlanglanglanglanglanglanglanglanglanglanglanglanglanglang",
            "modules/m3/lessons/01-les.md, 10, TOO_DEEP, 40",
            "modules/m3/quiz.yaml, 1, QUIZ_RIGHT_FIRST_TWO, 5",
            "modules/m3/module.yaml, 1, SCENARIO_BEST_FIRST_TWO, 5",
            "glossary.yaml, 2, DUPLICATE_ID, g1",
            "glossary.yaml, 5, FIELD_MISSING, definition",
            "glossary.yaml, 7, UNKNOWN_REFERENCE, see",
            "glossary.yaml, 7, UNKNOWN_REFERENCE, source",
    })
    void eachMistakeIsReportedWithItsFileAndLine(String file, int line, Problem.Kind kind, String firstArg) {
        assertThat(broken).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.kind()).isEqualTo(kind);
            if (firstArg != null) {
                assertThat(p.args()).first().isEqualTo(firstArg);
            }
        });
    }

    @Test
    void aManifestWithoutIdTitleVersionOrLanguageIsRefused() {
        assertThat(brokenManifest).extracting(Problem::kind, p -> p.args().get(0), Problem::line)
                .contains(org.assertj.core.groups.Tuple.tuple(Problem.Kind.FIELD_MISSING, "id", 1),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.FIELD_MISSING, "title", 1),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.FIELD_MISSING, "version", 1),
                        org.assertj.core.groups.Tuple.tuple(Problem.Kind.FIELD_MISSING, "language", 1));
    }

    @Test
    void aFolderWithoutManifestIsNoPack() {
        PackParser.Result result = PackParser.load(new MemoryPackFiles("empty", Map.of("readme.txt", new byte[0])));
        assertThat(result.pack()).isEmpty();
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FILE_MISSING));
    }

    @Test
    void everyRuleIsProvedByTheBrokenPacks() {
        Set<Problem.Kind> seen = Stream.concat(broken.stream(), brokenManifest.stream()).map(Problem::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Problem.Kind.class)));
        assertThat(seen).containsExactlyInAnyOrder(Problem.Kind.values());
    }

    @Test
    void anInvalidPackIsNotValidButAWarningAloneDoesNotBlock() throws IOException {
        assertThat(PackParser.load(PackArchive.readFolder(Path.of("src/test/resources/broken-pack"))).valid())
                .isFalse();
        Map<String, byte[]> files = new java.util.HashMap<>(PackArchive.readFolder(PacksInModulesTest.MODULES
                .resolve("sample-pack")).all());
        files.put("manifest.yaml", (new String(files.get("manifest.yaml"), java.nio.charset.StandardCharsets.UTF_8)
                + "\nextra: typo\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PackParser.Result withWarning = PackParser.load(new MemoryPackFiles("sample+warning", files));
        assertThat(withWarning.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.UNKNOWN_FIELD);
            assertThat(p.isError()).isFalse();
        });
        assertThat(withWarning.valid()).isTrue();
    }

    @Test
    void everyProblemHasAMessageInEveryLanguage() {
        for (be.toppsy.desk.i18n.Language language : be.toppsy.desk.i18n.Language.values()) {
            be.toppsy.desk.i18n.Messages messages = new be.toppsy.desk.i18n.Messages(language);
            for (Problem.Kind kind : Problem.Kind.values()) {
                assertThat(messages.has(kind.messageKey())).as("%s in %s", kind.messageKey(), language).isTrue();
            }
        }
    }
}

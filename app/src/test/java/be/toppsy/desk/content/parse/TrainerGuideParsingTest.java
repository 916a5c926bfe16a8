package be.toppsy.desk.content.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.Problem;
import be.toppsy.desk.content.pack.TrainerGuide;
import be.toppsy.desk.testing.ContentPacks;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** trainer-guide.yaml beside a module.yaml: optional, read with its lines, checked like the other files. */
class TrainerGuideParsingTest {

    private static final String DEFAULT_GUIDE = "modules/m1-basis/trainer-guide.yaml";

    private static PackParser.Result defaultPackWith(String path, String yaml) {
        Map<String, byte[]> files = new HashMap<>(((MemoryPackFiles) ContentPacks.read("toppsy-default")).all());
        files.put(path, yaml.getBytes(StandardCharsets.UTF_8));
        return PackParser.load(new MemoryPackFiles("default+" + path, files));
    }

    private static List<Problem> guideProblems(PackParser.Result result) {
        return result.problems().stream().filter(p -> p.file().endsWith("trainer-guide.yaml")).toList();
    }

    @Test
    void aModuleWithoutTheFileHasNoGuide() {
        Map<String, byte[]> files = new HashMap<>(((MemoryPackFiles) ContentPacks.read("toppsy-default")).all());
        files.remove(DEFAULT_GUIDE);
        ContentPack pack = PackParser.load(new MemoryPackFiles("default-without-guide", files)).pack().orElseThrow();
        assertThat(pack.modules()).filteredOn(m -> m.id().equals("m1")).singleElement()
                .satisfies(m -> assertThat(m.optionalTrainerGuide()).isEmpty());
    }

    @Test
    void everyModuleOfTheDefaultPackHasAGuideWhoseBlocksAddUp() {
        ContentPack pack = PackParser.load(ContentPacks.read("toppsy-default")).pack().orElseThrow();
        assertThat(pack.modules()).allSatisfy(m -> assertThat(m.optionalTrainerGuide()).hasValueSatisfying(g ->
                assertThat(g.blocks().stream().mapToInt(TrainerGuide.Block::minutes).sum()).isEqualTo(g.totalMinutes())));
    }

    @Test
    void aGoodGuideIsReadWithoutProblems() {
        PackParser.Result result = defaultPackWith(DEFAULT_GUIDE, """
                total_minutes: 45
                audience: "Nieuwe medewerkers."
                blocks:
                  - title: "Les een"
                    minutes: 30
                    lesson: m1-l1
                  - title: "Afsluiting"
                    minutes: 15
                """);
        assertThat(guideProblems(result)).isEmpty();
        TrainerGuide guide = result.pack().orElseThrow().module("m1").orElseThrow().optionalTrainerGuide().orElseThrow();
        assertThat(guide.materials()).isEmpty();
        assertThat(guide.preparation()).isEmpty();
        assertThat(guide.startOffsets()).containsExactly(0, 30);
    }

    @Test
    void aBlockMayOnlyNameALessonOfItsOwnModule() {
        PackParser.Result result = defaultPackWith(DEFAULT_GUIDE, """
                total_minutes: 30
                audience: "Nieuwe medewerkers."
                blocks:
                  - title: "Een les van module 2"
                    minutes: 30
                    lesson: m2-l1
                    activity: Zie [de les](lesson:m9-l9).
                """);
        assertThat(guideProblems(result)).extracting(Problem::line, Problem::kind, p -> p.args().get(0))
                .containsExactlyInAnyOrder(tuple(4, Problem.Kind.UNKNOWN_REFERENCE, "lesson"),
                        tuple(4, Problem.Kind.BROKEN_LINK, "lesson:m9-l9"));
        assertThat(result.valid()).isFalse();
    }

    @Test
    void missingPartsAndMinutesThatDoNotAddUpAreErrors() {
        PackParser.Result result = defaultPackWith(DEFAULT_GUIDE, """
                materials: Flip-over
                blocks:
                  - minutes: veel
                  - title: "Tweede"
                    minutes: 20
                """);
        assertThat(guideProblems(result)).extracting(Problem::line, Problem::kind, p -> p.args().get(0))
                .containsExactlyInAnyOrder(tuple(1, Problem.Kind.FIELD_MISSING, "total_minutes"),
                        tuple(1, Problem.Kind.FIELD_MISSING, "audience"),
                        tuple(3, Problem.Kind.FIELD_MISSING, "title"),
                        tuple(3, Problem.Kind.FIELD_INVALID, "minutes"));
        // Without a valid total, the sum is not compared; with one, it is.
        PackParser.Result sum = defaultPackWith(DEFAULT_GUIDE, """
                total_minutes: 90
                audience: "Iedereen."
                blocks:
                  - title: "Enige blok"
                    minutes: 60
                """);
        assertThat(guideProblems(sum)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.TRAINER_GUIDE_MINUTES);
            assertThat(p.args()).containsExactly("60", "90");
            assertThat(p.isError()).isTrue();
        });
    }

    @Test
    void aGuideThatIsNoMappingIsAYamlProblem() {
        PackParser.Result result = defaultPackWith(DEFAULT_GUIDE, "- alleen\n- een lijst\n");
        assertThat(guideProblems(result)).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.YAML_SYNTAX));
        assertThat(result.pack().orElseThrow().module("m1").orElseThrow().optionalTrainerGuide()).isEmpty();
    }
}

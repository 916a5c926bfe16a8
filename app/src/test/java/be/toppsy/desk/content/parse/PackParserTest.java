package be.toppsy.desk.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.content.pack.Callout;
import be.toppsy.desk.content.pack.Chapter;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.GlossaryTerm;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.pack.PackManifest;
import be.toppsy.desk.content.pack.PackVersion;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.content.pack.ScenarioGraph;
import be.toppsy.desk.content.pack.SourceLocation;
import be.toppsy.desk.content.pack.SourceReference;
import be.toppsy.desk.content.render.ContentLink;
import be.toppsy.desk.testing.ContentPacks;
import be.toppsy.desk.ui.Destination;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the sample pack, which uses every part of the format. */
class PackParserTest {

    private static ContentPack pack;

    @BeforeAll
    static void load() {
        PackParser.Result result = PackParser.load(ContentPacks.read("sample-pack"));
        assertThat(result.problems()).isEmpty();
        pack = result.pack().orElseThrow();
    }

    @Test
    void theManifestIsReadCompletely() {
        PackManifest m = pack.manifest();
        assertThat(m.id()).isEqualTo("sample-pack");
        assertThat(m.version()).isEqualTo(new PackVersion(0, 1, 0));
        assertThat(m.language()).isEqualTo("nl");
        assertThat(m.official()).isFalse();
        assertThat(m.authors()).containsExactly("Team TOPPSY Desk");
        assertThat(m.licence()).isEqualTo("CC BY 4.0");
        assertThat(m.sources()).extracting(SourceReference::id).containsExactly("iasc-2007", "eigen-tekst");
        assertThat(m.sources().get(0).year()).isEqualTo("2007");
    }

    @Test
    void chaptersKeepTheirFrontMatterAndWhereTheBodyStarts() {
        assertThat(pack.chapters()).extracting(Chapter::id).containsExactly("g1", "g2");
        Chapter g1 = pack.chapter("g1").orElseThrow();
        assertThat(g1.levels()).containsExactly(SupportLevel.BASIC, SupportLevel.HEIGHTENED, SupportLevel.INTENSIVE);
        assertThat(g1.number()).isEqualTo(1);
        assertThat(g1.bodyLine()).isEqualTo(8);
        assertThat(g1.markdown()).startsWith("\n# Welkom in het voorbeeldpakket");
        assertThat(g1.location()).isEqualTo(new SourceLocation("guide/01-welkom.md", 2));
    }

    @Test
    void lessonsBelongToTheirModuleWithGoalsChaptersAndMinutes() {
        Lesson l1 = pack.lesson("m1-l1").orElseThrow();
        assertThat(l1.moduleId()).isEqualTo("m1");
        assertThat(l1.goals()).hasSize(2);
        assertThat(l1.chapters()).containsExactly("g1");
        assertThat(l1.minutes()).isEqualTo(5);
        assertThat(pack.moduleOfLesson("m1-l2")).map(CourseModule::title).contains("Voorbeeldmodule");
        assertThat(pack.lessonsOfChapter("g2")).extracting(Lesson::id).containsExactly("m1-l2");
    }

    @Test
    void quizQuestionsAreSingleOrMultipleWithFeedbackPerOption() {
        Quiz quiz = pack.module("m1").orElseThrow().quiz();
        assertThat(quiz.questions()).extracting(Quiz.Question::kind)
                .containsExactly(Quiz.Kind.SINGLE, Quiz.Kind.MULTIPLE, Quiz.Kind.SINGLE);
        assertThat(quiz.questions().get(1).correctIndexes()).containsExactly(0, 1);
        assertThat(quiz.questions().get(0).explanation()).contains("glossary:tolk");
        assertThat(pack.module("m1").orElseThrow().passMark()).isEqualTo(70);
    }

    @Test
    void scenariosAreDecisionTreesWithADepth() {
        Scenario s = pack.scenario("m1-s1").orElseThrow();
        assertThat(s.start()).isEqualTo("begin");
        assertThat(s.steps()).hasSize(5);
        assertThat(s.step("einde").orElseThrow().end()).isTrue();
        assertThat(s.step("vraag").orElseThrow().choices()).extracting(Scenario.Choice::quality)
                .containsExactly(Scenario.Quality.GOOD, Scenario.Quality.PARTIAL, Scenario.Quality.POOR);
        assertThat(ScenarioGraph.depth(s)).isEqualTo(3);
        assertThat(s.situation()).contains("\n");
    }

    @Test
    void theGlossaryKnowsRelatedTermsAndSources() {
        GlossaryTerm tolk = pack.term("tolk").orElseThrow();
        assertThat(tolk.see()).containsExactly("bemiddelaar");
        assertThat(pack.source(tolk.source())).isPresent();
    }

    @Test
    void theSamplePackUsesEveryBlockTypeAndEveryLinkType() {
        StringBuilder all = new StringBuilder();
        pack.chapters().forEach(c -> all.append(c.markdown()));
        pack.lessons().forEach(l -> all.append(l.markdown()));
        for (Callout callout : Callout.values()) {
            assertThat(all).contains("> [!" + callout.marker() + "]");
        }
        for (String scheme : List.of("guide:", "lesson:", "module:", "quiz:", "scenario:", "glossary:", "level:",
                "https://")) {
            assertThat(all).contains("](" + scheme);
        }
        assertThat(all).contains("![").contains("\"Bron:");
        assertThat(pack.files().exists("images/piramide.png")).isTrue();
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreRead() {
        Map<String, byte[]> files = new HashMap<>(((MemoryPackFiles) ContentPacks.read("sample-pack")).all());
        String manifest = "\uFEFF" + new String(files.get("manifest.yaml"), StandardCharsets.UTF_8).replace("\n", "\r\n");
        files.put("manifest.yaml", manifest.getBytes(StandardCharsets.UTF_8));
        String chapter = new String(files.get("guide/02-niveaus.md"), StandardCharsets.UTF_8).replace("\n", "\r\n");
        files.put("guide/02-niveaus.md", chapter.getBytes(StandardCharsets.UTF_8));
        PackParser.Result result = PackParser.load(new MemoryPackFiles("crlf", files));
        assertThat(result.problems()).isEmpty();
        assertThat(result.pack().orElseThrow().id()).isEqualTo("sample-pack");
    }

    @ParameterizedTest
    @CsvSource({"1.2.0, 1.10.0, true", "2, 1.9.9, false", "1.0, 1.0.0, false", "0.1.0, 0.1.1, true"})
    void versionsCompareNumberByNumber(String older, String newer, boolean isNewer) {
        assertThat(PackVersion.parse(newer).orElseThrow().isNewerThan(PackVersion.parse(older).orElseThrow()))
                .isEqualTo(isNewer);
    }

    @Test
    void pathsCannotLeaveThePack() {
        assertThat(PackFiles.resolve("modules/m1/module.yaml", "lessons/01.md")).contains("modules/m1/lessons/01.md");
        assertThat(PackFiles.resolve("modules/m1/module.yaml", "../../glossary.yaml")).contains("glossary.yaml");
        assertThat(PackFiles.resolve("modules/m1/module.yaml", "../../../etc/passwd")).isEmpty();
        assertThat(PackFiles.normalise("/etc/passwd")).isEmpty();
        assertThat(PackFiles.normalise("C:\\windows")).isEmpty();
    }

    @Test
    void linksAreReadByTheirKind() {
        assertThat(ContentLink.parse("lesson:m1-l2")).isEqualTo(new ContentLink(ContentLink.Kind.LESSON, "m1-l2"));
        assertThat(ContentLink.parse("https://www.fedasil.be").kind()).isEqualTo(ContentLink.Kind.EXTERNAL);
        assertThat(ContentLink.parse("lessons/01.md").kind()).isEqualTo(ContentLink.Kind.UNKNOWN);
        assertThat(ContentLink.parse("quiz:m1").destination()).contains(new Destination.Quiz("m1"));
        assertThat(ContentLink.parse("guide:g2").destination()).contains(new Destination.GuideChapter("g2"));
        assertThat(ContentLink.parse("level:verhoogd").destination()).isEmpty();
    }
}

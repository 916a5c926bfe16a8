package be.toppsy.desk.content.parse;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.content.pack.ScenarioGraph;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default pack has the shape issue 4 asks for: five chapters; three modules of at least four
 * lessons; quizzes of at least ten questions with feedback on every option; at least two scenarios
 * per module of depth three or more; a glossary of at least forty terms; every lesson linked to a
 * guide chapter and a support level.
 */
class DefaultPackShapeTest {

    private static ContentPack pack;

    @BeforeAll
    static void load() throws IOException {
        PackParser.Result result = PackParser.load(PackArchive.readFolder(PacksInModulesTest.MODULES.resolve("toppsy-default")));
        assertThat(result.errors()).isEmpty();
        pack = result.pack().orElseThrow();
    }

    @Test
    void manifestSaysWhatThePackIs() {
        assertThat(pack.id()).isEqualTo("toppsy-default");
        assertThat(pack.manifest().official()).isFalse();
        assertThat(pack.manifest().language()).isEqualTo("nl");
        assertThat(pack.manifest().sources()).isNotEmpty();
    }

    @Test
    void theGuideHasFiveChapters() {
        assertThat(pack.chapters()).hasSize(5);
        assertThat(pack.chapters()).allSatisfy(c -> {
            assertThat(c.levels()).isNotEmpty();
            assertThat(c.markdown()).isNotBlank();
        });
    }

    @Test
    void threeModulesWithAtLeastFourLessonsEach() {
        assertThat(pack.modules()).hasSize(3);
        assertThat(pack.modules()).allSatisfy(m -> assertThat(m.lessons()).hasSizeGreaterThanOrEqualTo(4));
        assertThat(pack.modules()).extracting(CourseModule::level)
                .containsExactly(SupportLevel.BASIC, SupportLevel.HEIGHTENED, SupportLevel.INTENSIVE);
    }

    @Test
    void everyQuizHasTenQuestionsWithFeedbackOnEveryOption() {
        for (CourseModule module : pack.modules()) {
            Quiz quiz = module.optionalQuiz().orElseThrow();
            assertThat(quiz.questions()).as("questions of %s", quiz.id()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(quiz.questions()).allSatisfy(q -> {
                assertThat(q.options()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(q.correctIndexes()).isNotEmpty();
                assertThat(q.options()).allSatisfy(o -> assertThat(o.feedback()).isNotBlank());
            });
        }
    }

    @Test
    void everyModuleHasTwoScenariosOfDepthThree() {
        for (CourseModule module : pack.modules()) {
            assertThat(module.scenarios()).as("scenarios of %s", module.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(module.scenarios()).allSatisfy(s ->
                    assertThat(ScenarioGraph.depth(s)).as("depth of %s", s.id()).isGreaterThanOrEqualTo(3));
        }
    }

    @Test
    void theGlossaryHasFortyTerms() {
        assertThat(pack.glossary()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyLessonIsLinkedToAChapterAndALevel() {
        List<Lesson> lessons = pack.lessons();
        assertThat(lessons).hasSizeGreaterThanOrEqualTo(12);
        assertThat(lessons).allSatisfy(l -> {
            assertThat(l.levels()).as("levels of %s", l.id()).isNotEmpty();
            assertThat(l.chapters()).as("chapters of %s", l.id()).isNotEmpty();
            assertThat(l.chapters()).allSatisfy(c -> assertThat(pack.chapter(c)).isPresent());
            assertThat(l.goals()).as("goals of %s", l.id()).isNotEmpty();
        });
    }

    @Test
    void crisisStepsAreMarkedSoThatTheContactsShow() {
        long crisisBlocks = pack.lessons().stream().filter(l -> l.markdown().contains("> [!crisis]")).count();
        assertThat(crisisBlocks).isGreaterThanOrEqualTo(1);
    }
}

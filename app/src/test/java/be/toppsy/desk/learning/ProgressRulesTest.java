package be.toppsy.desk.learning;

import static org.assertj.core.api.Assertions.assertThat;

import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.parse.PackParser;
import be.toppsy.desk.learning.quiz.QuizAttempt;
import be.toppsy.desk.testing.ContentPacks;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** When a module counts as completed, and where "continue" leads. */
class ProgressRulesTest {

    private static ContentPack pack;
    private static CourseModule module;
    private static final OffsetDateTime DAY1 = OffsetDateTime.parse("2026-03-01T10:00:00+01:00");
    private static final OffsetDateTime DAY2 = DAY1.plusDays(1);
    private static final OffsetDateTime DAY3 = DAY1.plusDays(2);

    @BeforeAll
    static void load() {
        pack = PackParser.load(ContentPacks.read("sample-pack")).pack().orElseThrow();
        module = pack.module("m1").orElseThrow();
    }

    private static LessonProgress done(String id, OffsetDateTime when) {
        return new LessonProgress(id, when.minusHours(1), when, when, 300);
    }

    private static LessonProgress started(String id, OffsetDateTime when) {
        return new LessonProgress(id, when, when, null, 120);
    }

    private static UserProgress progress(List<LessonProgress> lessons, List<QuizAttempt> attempts) {
        Map<String, LessonProgress> map = new HashMap<>();
        lessons.forEach(l -> map.put(l.lessonId(), l));
        return new UserProgress(1, map, attempts, List.of());
    }

    @Test
    void allLessonsAndAPassingQuizCompleteTheModule() {
        ModuleStatus status = ProgressRules.moduleStatus(module, progress(
                List.of(done("m1-l1", DAY1), done("m1-l2", DAY2)),
                List.of(new QuizAttempt("m1", 3, 3, 100, 60, DAY3))));
        assertThat(status.completed()).isTrue();
        assertThat(status.completedAt()).isEqualTo(DAY3);
        assertThat(status.bestScore()).isEqualTo(100);
        assertThat(status.fraction()).isEqualTo(1.0);
        assertThat(status.secondsSpent()).isEqualTo(660);
    }

    @Test
    void aQuizBelowThePassMarkLeavesTheModuleOpen() {
        ModuleStatus status = ProgressRules.moduleStatus(module, progress(
                List.of(done("m1-l1", DAY1), done("m1-l2", DAY2)),
                List.of(new QuizAttempt("m1", 2, 3, 66, 60, DAY3))));
        assertThat(status.completed()).isFalse();
        assertThat(status.quizPassed()).isFalse();
        assertThat(status.bestScore()).isEqualTo(66);
    }

    @Test
    void thePassMarkIsReachedExactlyWithoutRounding() {
        assertThat(new QuizAttempt("m1", 7, 10, 70, 0, DAY1).passes(70)).isTrue();
        assertThat(new QuizAttempt("m1", 8, 12, 66, 0, DAY1).passes(67)).isFalse();
        assertThat(new QuizAttempt("m1", 8, 12, 66, 0, DAY1).passes(66)).isTrue();
        assertThat(new QuizAttempt("m1", 0, 0, 0, 0, DAY1).passes(0)).isFalse();
    }

    @Test
    void aPassingQuizBeforeTheLastLessonCompletesTheModuleWhenTheLessonIsDone() {
        ModuleStatus status = ProgressRules.moduleStatus(module, progress(
                List.of(done("m1-l1", DAY1), done("m1-l2", DAY3)),
                List.of(new QuizAttempt("m1", 3, 3, 100, 0, DAY2))));
        assertThat(status.completedAt()).isEqualTo(DAY3);
    }

    @Test
    void aMissingLessonLeavesTheModuleOpenWhateverTheQuiz() {
        ModuleStatus status = ProgressRules.moduleStatus(module, progress(
                List.of(done("m1-l1", DAY1), started("m1-l2", DAY2)),
                List.of(new QuizAttempt("m1", 3, 3, 100, 0, DAY3))));
        assertThat(status.completed()).isFalse();
        assertThat(status.lessonsCompleted()).isEqualTo(1);
        assertThat(status.lessonsStarted()).isEqualTo(2);
        assertThat(status.started()).isTrue();
    }

    @Test
    void progressOnLessonsOfOtherModulesOrOldVersionsDoesNotCount() {
        ModuleStatus status = ProgressRules.moduleStatus(module, progress(
                List.of(done("m1-l1", DAY1), done("m1-l9-removed", DAY1)), List.of()));
        assertThat(status.lessonsCompleted()).isEqualTo(1);
        assertThat(status.lessonsTotal()).isEqualTo(2);
    }

    @Test
    void continueWithTheLessonOpenedLastWhenItIsNotDone() {
        UserProgress p = progress(List.of(done("m1-l1", DAY1), started("m1-l2", DAY2)), List.of());
        assertThat(ProgressRules.continueWith(pack.lessons(), p)).map(l -> l.id()).contains("m1-l2");
    }

    @Test
    void continueWithTheNextLessonAfterTheOneCompletedLast() {
        UserProgress p = progress(List.of(done("m1-l1", DAY2)), List.of());
        assertThat(ProgressRules.continueWith(pack.lessons(), p)).map(l -> l.id()).contains("m1-l2");
    }

    @Test
    void continueAtTheStartForANewcomerAndNowhereWhenAllIsDone() {
        assertThat(ProgressRules.continueWith(pack.lessons(), UserProgress.empty(1))).map(l -> l.id()).contains("m1-l1");
        UserProgress all = progress(List.of(done("m1-l1", DAY1), done("m1-l2", DAY2)), List.of());
        assertThat(ProgressRules.continueWith(pack.lessons(), all)).isEmpty();
    }
}

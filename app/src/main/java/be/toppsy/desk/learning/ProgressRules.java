package be.toppsy.desk.learning;

import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.learning.quiz.QuizAttempt;
import be.toppsy.desk.learning.quiz.ScenarioRun;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules that turn raw progress into a module's status. Pure: no database, no clock. */
public final class ProgressRules {

    private ProgressRules() {
    }

    public static ModuleStatus moduleStatus(CourseModule module, UserProgress progress) {
        int completed = 0;
        int started = 0;
        int seconds = 0;
        OffsetDateTime lastLessonDone = null;
        for (Lesson lesson : module.lessons()) {
            LessonProgress p = progress.lessons().get(lesson.id());
            if (p == null) {
                continue;
            }
            started++;
            seconds += p.secondsSpent();
            if (p.completed()) {
                completed++;
                lastLessonDone = later(lastLessonDone, p.completedAt());
            }
        }
        List<QuizAttempt> attempts = progress.attempts().stream().filter(a -> a.moduleId().equals(module.id()))
                .toList();
        seconds += attempts.stream().mapToInt(QuizAttempt::secondsSpent).sum();
        int best = attempts.stream().mapToInt(QuizAttempt::scorePercent).max().orElse(-1);
        Optional<OffsetDateTime> firstPass = attempts.stream().filter(a -> a.passes(module.passMark()))
                .map(QuizAttempt::finishedAt).min(Comparator.naturalOrder());
        boolean hasQuiz = module.optionalQuiz().isPresent();
        boolean quizPassed = !hasQuiz || firstPass.isPresent();
        Set<String> scenarioIds = module.scenarios().stream().map(Scenario::id).collect(Collectors.toSet());
        List<ScenarioRun> runs = progress.runs().stream().filter(r -> scenarioIds.contains(r.scenarioId())).toList();
        seconds += runs.stream().mapToInt(ScenarioRun::secondsSpent).sum();
        int scenariosDone = (int) runs.stream().map(ScenarioRun::scenarioId).distinct().count();
        boolean done = !module.lessons().isEmpty() && completed == module.lessons().size() && quizPassed;
        OffsetDateTime completedAt = null;
        if (done) {
            completedAt = hasQuiz ? later(lastLessonDone, firstPass.get()) : lastLessonDone;
        }
        return new ModuleStatus(module.id(), completed, started, module.lessons().size(), hasQuiz, best,
                attempts.size(), hasQuiz && firstPass.isPresent(), scenariosDone, module.scenarios().size(), seconds,
                done, completedAt);
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /**
     * Where to continue: the lesson opened last if it is not completed, else the first lesson not
     * completed after it (in pack order), else the first lesson not completed at all.
     */
    public static Optional<Lesson> continueWith(List<Lesson> lessonsInOrder, UserProgress progress) {
        if (lessonsInOrder.isEmpty()) {
            return Optional.empty();
        }
        Optional<LessonProgress> last = progress.lessons().values().stream()
                .filter(p -> lessonsInOrder.stream().anyMatch(l -> l.id().equals(p.lessonId())))
                .max(Comparator.comparing(LessonProgress::lastOpenedAt));
        int from = 0;
        if (last.isPresent()) {
            String id = last.get().lessonId();
            int index = indexOf(lessonsInOrder, id);
            if (!last.get().completed()) {
                return Optional.of(lessonsInOrder.get(index));
            }
            from = index + 1;
        }
        for (int i = 0; i < lessonsInOrder.size(); i++) {
            Lesson candidate = lessonsInOrder.get((from + i) % lessonsInOrder.size());
            if (progress.state(candidate.id()) != LessonState.COMPLETED) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<Lesson> lessons, String id) {
        for (int i = 0; i < lessons.size(); i++) {
            if (Objects.equals(lessons.get(i).id(), id)) {
                return i;
            }
        }
        return 0;
    }
}

package be.toppsy.desk.learning;

import static be.toppsy.desk.storage.jooq.Tables.LEARNING_LESSON_PROGRESS;
import static be.toppsy.desk.storage.jooq.Tables.LEARNING_QUIZ_ATTEMPT;
import static be.toppsy.desk.storage.jooq.Tables.LEARNING_SCENARIO_RUN;

import be.toppsy.desk.learning.quiz.QuizAttempt;
import be.toppsy.desk.learning.quiz.ScenarioRun;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Learning progress: lessons, quiz attempts, scenario runs, per user and pack. */
public final class ProgressRepository {

    /** Progress of one user (userId given) or of everyone (null). */
    public Map<Long, UserProgress> progress(DSLContext dsl, Long userId, String packId) {
        Map<Long, Map<String, LessonProgress>> lessons = new HashMap<>();
        Map<Long, List<QuizAttempt>> attempts = new HashMap<>();
        Map<Long, List<ScenarioRun>> runs = new HashMap<>();
        Condition lessonWhere = LEARNING_LESSON_PROGRESS.PACK_ID.eq(packId)
                .and(userId == null ? DSL.noCondition() : LEARNING_LESSON_PROGRESS.USER_ID.eq(userId));
        dsl.selectFrom(LEARNING_LESSON_PROGRESS).where(lessonWhere).fetch().forEach(r ->
                lessons.computeIfAbsent(r.getUserId(), k -> new HashMap<>()).put(r.getLessonId(),
                        new LessonProgress(r.getLessonId(), r.getStartedAt(), r.getLastOpenedAt(), r.getCompletedAt(),
                                r.getSecondsSpent())));
        Condition attemptWhere = LEARNING_QUIZ_ATTEMPT.PACK_ID.eq(packId)
                .and(userId == null ? DSL.noCondition() : LEARNING_QUIZ_ATTEMPT.USER_ID.eq(userId));
        dsl.selectFrom(LEARNING_QUIZ_ATTEMPT).where(attemptWhere).orderBy(LEARNING_QUIZ_ATTEMPT.FINISHED_AT).fetch()
                .forEach(r -> attempts.computeIfAbsent(r.getUserId(), k -> new ArrayList<>()).add(new QuizAttempt(
                        r.getModuleId(), r.getCorrectCount(), r.getQuestionCount(), r.getScorePercent(),
                        r.getSecondsSpent(), r.getFinishedAt())));
        Condition runWhere = LEARNING_SCENARIO_RUN.PACK_ID.eq(packId)
                .and(userId == null ? DSL.noCondition() : LEARNING_SCENARIO_RUN.USER_ID.eq(userId));
        dsl.selectFrom(LEARNING_SCENARIO_RUN).where(runWhere).orderBy(LEARNING_SCENARIO_RUN.FINISHED_AT).fetch()
                .forEach(r -> runs.computeIfAbsent(r.getUserId(), k -> new ArrayList<>()).add(new ScenarioRun(
                        r.getScenarioId(), r.getChoiceCount(), r.getGoodCount(), r.getSecondsSpent(),
                        r.getFinishedAt())));
        Map<Long, UserProgress> out = new HashMap<>();
        java.util.Set<Long> users = new java.util.HashSet<>(lessons.keySet());
        users.addAll(attempts.keySet());
        users.addAll(runs.keySet());
        if (userId != null) {
            users.add(userId);
        }
        for (Long id : users) {
            out.put(id, new UserProgress(id, lessons.getOrDefault(id, Map.of()), attempts.getOrDefault(id, List.of()),
                    runs.getOrDefault(id, List.of())));
        }
        return out;
    }

    public Optional<LessonProgress> lesson(DSLContext dsl, long userId, String packId, String lessonId) {
        return dsl.selectFrom(LEARNING_LESSON_PROGRESS).where(key(userId, packId, lessonId)).fetchOptional()
                .map(r -> new LessonProgress(r.getLessonId(), r.getStartedAt(), r.getLastOpenedAt(), r.getCompletedAt(),
                        r.getSecondsSpent()));
    }

    /** Marks a lesson opened now; the first opening starts it. */
    public void opened(DSLContext tx, long userId, String packId, String lessonId, OffsetDateTime now) {
        int updated = tx.update(LEARNING_LESSON_PROGRESS).set(LEARNING_LESSON_PROGRESS.LAST_OPENED_AT, now)
                .where(key(userId, packId, lessonId)).execute();
        if (updated == 0) {
            tx.insertInto(LEARNING_LESSON_PROGRESS)
                    .set(LEARNING_LESSON_PROGRESS.USER_ID, userId)
                    .set(LEARNING_LESSON_PROGRESS.PACK_ID, packId)
                    .set(LEARNING_LESSON_PROGRESS.LESSON_ID, lessonId)
                    .set(LEARNING_LESSON_PROGRESS.STARTED_AT, now)
                    .set(LEARNING_LESSON_PROGRESS.LAST_OPENED_AT, now)
                    .set(LEARNING_LESSON_PROGRESS.SECONDS_SPENT, 0)
                    .execute();
        }
    }

    public void addSeconds(DSLContext tx, long userId, String packId, String lessonId, int seconds) {
        tx.update(LEARNING_LESSON_PROGRESS)
                .set(LEARNING_LESSON_PROGRESS.SECONDS_SPENT, LEARNING_LESSON_PROGRESS.SECONDS_SPENT.plus(seconds))
                .where(key(userId, packId, lessonId)).execute();
    }

    public void completed(DSLContext tx, long userId, String packId, String lessonId, OffsetDateTime now) {
        tx.update(LEARNING_LESSON_PROGRESS).set(LEARNING_LESSON_PROGRESS.COMPLETED_AT, now)
                .where(key(userId, packId, lessonId)).and(LEARNING_LESSON_PROGRESS.COMPLETED_AT.isNull()).execute();
    }

    public void insertAttempt(DSLContext tx, long userId, String packId, QuizAttempt attempt) {
        tx.insertInto(LEARNING_QUIZ_ATTEMPT)
                .set(LEARNING_QUIZ_ATTEMPT.USER_ID, userId)
                .set(LEARNING_QUIZ_ATTEMPT.PACK_ID, packId)
                .set(LEARNING_QUIZ_ATTEMPT.MODULE_ID, attempt.moduleId())
                .set(LEARNING_QUIZ_ATTEMPT.CORRECT_COUNT, attempt.correct())
                .set(LEARNING_QUIZ_ATTEMPT.QUESTION_COUNT, attempt.total())
                .set(LEARNING_QUIZ_ATTEMPT.SCORE_PERCENT, attempt.scorePercent())
                .set(LEARNING_QUIZ_ATTEMPT.SECONDS_SPENT, attempt.secondsSpent())
                .set(LEARNING_QUIZ_ATTEMPT.FINISHED_AT, attempt.finishedAt())
                .execute();
    }

    public void insertRun(DSLContext tx, long userId, String packId, ScenarioRun run) {
        tx.insertInto(LEARNING_SCENARIO_RUN)
                .set(LEARNING_SCENARIO_RUN.USER_ID, userId)
                .set(LEARNING_SCENARIO_RUN.PACK_ID, packId)
                .set(LEARNING_SCENARIO_RUN.SCENARIO_ID, run.scenarioId())
                .set(LEARNING_SCENARIO_RUN.CHOICE_COUNT, run.choiceCount())
                .set(LEARNING_SCENARIO_RUN.GOOD_COUNT, run.goodCount())
                .set(LEARNING_SCENARIO_RUN.SECONDS_SPENT, run.secondsSpent())
                .set(LEARNING_SCENARIO_RUN.FINISHED_AT, run.finishedAt())
                .execute();
    }

    /** Demo data only: a lesson row as a whole. */
    public void insertLesson(DSLContext tx, long userId, String packId, LessonProgress p) {
        tx.insertInto(LEARNING_LESSON_PROGRESS)
                .set(LEARNING_LESSON_PROGRESS.USER_ID, userId)
                .set(LEARNING_LESSON_PROGRESS.PACK_ID, packId)
                .set(LEARNING_LESSON_PROGRESS.LESSON_ID, p.lessonId())
                .set(LEARNING_LESSON_PROGRESS.STARTED_AT, p.startedAt())
                .set(LEARNING_LESSON_PROGRESS.LAST_OPENED_AT, p.lastOpenedAt())
                .set(LEARNING_LESSON_PROGRESS.COMPLETED_AT, p.completedAt())
                .set(LEARNING_LESSON_PROGRESS.SECONDS_SPENT, p.secondsSpent())
                .execute();
    }

    private static Condition key(long userId, String packId, String lessonId) {
        return LEARNING_LESSON_PROGRESS.USER_ID.eq(userId).and(LEARNING_LESSON_PROGRESS.PACK_ID.eq(packId))
                .and(LEARNING_LESSON_PROGRESS.LESSON_ID.eq(lessonId));
    }
}

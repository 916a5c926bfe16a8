package be.toppsy.desk.learning;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.learning.quiz.QuizAttempt;
import be.toppsy.desk.learning.quiz.QuizScorer;
import be.toppsy.desk.learning.quiz.ScenarioRun;
import be.toppsy.desk.learning.team.PersonProgress;
import be.toppsy.desk.learning.team.TrainingDocuments;
import be.toppsy.desk.learning.team.TrainingHoursCsv;
import be.toppsy.desk.reports.CertificateData;
import be.toppsy.desk.reports.TrainingOverviewData;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.ui.DemoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Learning progress: each user records their own (lessons opened and completed, time spent, quiz
 * attempts, scenario runs) and sees only their own; team leads and trainers see the team overview
 * and export training hours.
 */
public final class ProgressService {

    /** Time counted for one visit of a lesson at most, so that a lesson left open overnight does not count. */
    public static final int MAX_SECONDS_PER_VISIT = 60 * 60;
    public static final String AUDIT_ENTITY = "learning";

    private final Database database;
    private final ProgressRepository repository;
    private final ContentService content;
    private final AccountService accounts;
    private final AuditService audit;
    private final Session session;
    private final Clock clock;
    private final Messages messages;

    public ProgressService(Database database, ProgressRepository repository, ContentService content,
            AccountService accounts, AuditService audit, Session session, Clock clock, Messages messages) {
        this.database = database;
        this.repository = repository;
        this.content = content;
        this.accounts = accounts;
        this.audit = audit;
        this.session = session;
        this.clock = clock;
        this.messages = messages;
    }

    /** A user's view of a pack: their progress and each module's status. */
    public record Overview(ContentPack pack, UserProgress progress, List<ModuleStatus> modules) {

        public Optional<ModuleStatus> module(String moduleId) {
            return modules.stream().filter(m -> m.moduleId().equals(moduleId)).findFirst();
        }

        public int totalSeconds() {
            return modules.stream().mapToInt(ModuleStatus::secondsSpent).sum();
        }
    }

    /** Where to continue, for the start page. */
    public record Continue(Lesson lesson, CourseModule module, ModuleStatus status, LessonState state) {
    }

    private ContentPack pack() {
        return content.pack().orElseThrow(() -> new IllegalStateException("No content pack is active"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The logged-in user's own progress. */
    public Overview myProgress() {
        CurrentUser user = session.require(Permission.CONTENT_READ);
        ContentPack pack = pack();
        UserProgress progress = repository.progress(database.dsl(), user.id(), pack.id())
                .getOrDefault(user.id(), UserProgress.empty(user.id()));
        return new Overview(pack, progress, pack.modules().stream()
                .map(m -> ProgressRules.moduleStatus(m, progress)).toList());
    }

    /** Records that the user opened a lesson (the first time starts it). */
    public LessonProgress openLesson(String lessonId) {
        CurrentUser user = session.require(Permission.CONTENT_READ);
        ContentPack pack = pack();
        requireLesson(pack, lessonId);
        OffsetDateTime now = now();
        database.transactionWithoutResult(tx -> repository.opened(tx, user.id(), pack.id(), lessonId, now));
        return repository.lesson(database.dsl(), user.id(), pack.id(), lessonId).orElseThrow();
    }

    /** Adds reading time to a lesson (capped per visit). */
    public void addTime(String lessonId, Duration spent) {
        CurrentUser user = session.require(Permission.CONTENT_READ);
        ContentPack pack = pack();
        requireLesson(pack, lessonId);
        int seconds = cap(spent);
        if (seconds > 0) {
            database.transactionWithoutResult(tx -> repository.addSeconds(tx, user.id(), pack.id(), lessonId, seconds));
        }
    }

    /** Marks a lesson completed (once; completing again keeps the first date) and adds the reading time. */
    public LessonProgress completeLesson(String lessonId, Duration spent) {
        CurrentUser user = session.require(Permission.CONTENT_READ);
        ContentPack pack = pack();
        requireLesson(pack, lessonId);
        OffsetDateTime now = now();
        int seconds = cap(spent);
        database.transactionWithoutResult(tx -> {
            repository.opened(tx, user.id(), pack.id(), lessonId, now);
            if (seconds > 0) {
                repository.addSeconds(tx, user.id(), pack.id(), lessonId, seconds);
            }
            repository.completed(tx, user.id(), pack.id(), lessonId, now);
        });
        return repository.lesson(database.dsl(), user.id(), pack.id(), lessonId).orElseThrow();
    }

    /** Scores and stores a finished quiz attempt. The score is computed here, from the answers. */
    public QuizScorer.Result recordQuiz(String moduleId, List<Set<Integer>> answers, Duration spent) {
        CurrentUser user = session.require(Permission.CONTENT_READ);
        ContentPack pack = pack();
        CourseModule module = pack.module(moduleId).orElseThrow(() -> new IllegalArgumentException("No module " + moduleId));
        Quiz quiz = module.optionalQuiz().orElseThrow(() -> new IllegalArgumentException("No quiz in " + moduleId));
        QuizScorer.Result result = QuizScorer.score(quiz, answers);
        QuizAttempt attempt = new QuizAttempt(moduleId, result.correct(), result.total(), result.percent(), cap(spent),
                now());
        database.transactionWithoutResult(tx -> repository.insertAttempt(tx, user.id(), pack.id(), attempt));
        return result;
    }

    /** Stores a finished scenario run: how many choices, how many of them good. */
    public void recordScenario(String scenarioId, List<Scenario.Quality> choices, Duration spent) {
        CurrentUser user = session.require(Permission.CONTENT_READ);
        ContentPack pack = pack();
        pack.scenario(scenarioId).orElseThrow(() -> new IllegalArgumentException("No scenario " + scenarioId));
        int good = (int) choices.stream().filter(q -> q == Scenario.Quality.GOOD).count();
        ScenarioRun run = new ScenarioRun(scenarioId, choices.size(), good, cap(spent), now());
        database.transactionWithoutResult(tx -> repository.insertRun(tx, user.id(), pack.id(), run));
    }

    /** The lesson to continue with, or empty when every lesson is completed. */
    public Optional<Continue> continueLearning() {
        Overview overview = myProgress();
        return ProgressRules.continueWith(overview.pack().lessons(), overview.progress()).map(lesson -> {
            CourseModule module = overview.pack().module(lesson.moduleId()).orElseThrow();
            return new Continue(lesson, module, overview.module(module.id()).orElseThrow(),
                    overview.progress().state(lesson.id()));
        });
    }

    /** Everyone's progress, for team leads and trainers: active staff, by name. */
    /** Whether the current user may see the team overview (LEARNING_TEAM_OVERVIEW). */
    public boolean canSeeTeam() {
        return session.has(Permission.LEARNING_TEAM_OVERVIEW);
    }

    public List<PersonProgress> teamOverview() {
        session.require(Permission.LEARNING_TEAM_OVERVIEW);
        ContentPack pack = pack();
        Map<Long, UserProgress> all = repository.progress(database.dsl(), null, pack.id());
        List<PersonProgress> people = new ArrayList<>();
        for (User user : accounts.activeUsers()) {
            if (user.roles().equals(Set.of(Role.ADMIN))) {
                continue;
            }
            people.add(person(pack, user, all.getOrDefault(user.id(), UserProgress.empty(user.id()))));
        }
        people.sort(Comparator.comparing(p -> p.displayName().toLowerCase(messages.locale())));
        return people;
    }

    private static PersonProgress person(ContentPack pack, User user, UserProgress progress) {
        List<ModuleStatus> modules = pack.modules().stream().map(m -> ProgressRules.moduleStatus(m, progress)).toList();
        int seconds = modules.stream().mapToInt(ModuleStatus::secondsSpent).sum();
        int nominal = pack.lessons().stream().filter(l -> progress.state(l.id()) == LessonState.COMPLETED)
                .mapToInt(Lesson::minutes).sum();
        OffsetDateTime last = null;
        for (LessonProgress p : progress.lessons().values()) {
            last = max(last, p.lastOpenedAt());
        }
        for (QuizAttempt a : progress.attempts()) {
            last = max(last, a.finishedAt());
        }
        for (ScenarioRun r : progress.runs()) {
            last = max(last, r.finishedAt());
        }
        return new PersonProgress(user.id(), user.displayName(), user.username(), modules, seconds, nominal, last,
                progress);
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    /** Writes the training hours of the team to a CSV file, and records the export in the audit trail. */
    public int exportTrainingHours(Path file) throws IOException {
        List<PersonProgress> people = teamOverview();
        String csv = TrainingHoursCsv.write(pack(), people, messages);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        audit.record("LEARNING_HOURS_EXPORTED", AUDIT_ENTITY, null, "people=" + people.size());
        return people.size();
    }

    /** The certificate of a module the logged-in user completed; empty while it is not completed. */
    public Optional<CertificateData> myCertificate(String moduleId) {
        CurrentUser user = session.require(Permission.CONTENT_READ);
        Overview overview = myProgress();
        return overview.module(moduleId).filter(ModuleStatus::completed)
                .map(s -> TrainingDocuments.certificate(overview.pack(), user.displayName(), s,
                        messages.get("learning.certificate.selfIssued"), messages));
    }

    /** The certificate of a team member who completed a module (team leads, trainers); empty otherwise. */
    public Optional<CertificateData> certificateFor(long userId, String moduleId) {
        CurrentUser lead = session.require(Permission.LEARNING_TEAM_OVERVIEW);
        ContentPack pack = pack();
        return teamOverview().stream().filter(p -> p.userId() == userId).findFirst()
                .flatMap(p -> p.modules().stream().filter(m -> m.moduleId().equals(moduleId) && m.completed())
                        .findFirst()
                        .map(s -> TrainingDocuments.certificate(pack, p.displayName(), s,
                                messages.get("learning.certificate.issuedBy", lead.displayName()), messages)));
    }

    /** The logged-in user's own training overview. */
    public TrainingOverviewData myTrainingOverview() {
        CurrentUser user = session.require(Permission.CONTENT_READ);
        ContentPack pack = pack();
        UserProgress progress = myProgress().progress();
        PersonProgress person = new PersonProgress(user.id(), user.displayName(), user.username(), pack.modules().stream()
                        .map(m -> ProgressRules.moduleStatus(m, progress)).toList(), 0, 0, null, progress);
        return TrainingDocuments.overview(pack, messages.get("learning.overview.scopePerson", user.displayName()),
                now().toLocalDate(), List.of(person), Map.of(user.id(), roles(user.roles())), messages);
    }

    /** The training overview of the team, or of one member when {@code userId} is given (team leads, trainers). */
    public TrainingOverviewData teamTrainingOverview(Long userId) {
        List<PersonProgress> people = teamOverview().stream()
                .filter(p -> userId == null || p.userId() == userId).toList();
        String scope = userId == null || people.isEmpty() ? messages.get("learning.overview.scopeTeam")
                : messages.get("learning.overview.scopePerson", people.get(0).displayName());
        Map<Long, String> roles = new java.util.HashMap<>();
        for (User user : accounts.activeUsers()) {
            roles.put(user.id(), roles(user.roles()));
        }
        return TrainingDocuments.overview(pack(), scope, now().toLocalDate(), people, roles, messages);
    }

    private String roles(Set<Role> roles) {
        return String.join(", ", roles.stream().filter(r -> r != Role.ADMIN).sorted()
                .map(r -> messages.get(r.messageKey())).toList());
    }

    /** The CSV text itself (for tests and previews). */
    public String trainingHoursCsv() {
        return TrainingHoursCsv.write(pack(), teamOverview(), messages);
    }

    /**
     * Demo data: progress for some of the demo team, so that the team overview is alive. Called
     * once at first run with the new administrator logged in.
     */
    public void loadDemoProgress(DemoData demo) {
        session.require(Permission.USER_MANAGE);
        ContentPack pack = pack();
        OffsetDateTime now = now();
        record Plan(String username, int[] lessonsDonePerModule, int[] quizScores, int daysAgo, int openLessons) {
        }
        List<Plan> plans = List.of(
                new Plan("leen", new int[] {99, 99, 99}, new int[] {90, 85, 80}, 40, 0),
                new Plan("sara", new int[] {99, 99, 2}, new int[] {90, 75, -1}, 30, 1),
                new Plan("youssef", new int[] {99, 1, 0}, new int[] {80, -1, -1}, 25, 1),
                new Plan("aicha", new int[] {99, 99, 0}, new int[] {70, 85, -1}, 35, 0),
                new Plan("elif", new int[] {4, 0, 0}, new int[] {60, -1, -1}, 12, 1),
                new Plan("tom", new int[] {2, 0, 0}, new int[] {-1, -1, -1}, 6, 1),
                new Plan("omer", new int[] {99, 3, 1}, new int[] {100, -1, -1}, 20, 1),
                new Plan("mai", new int[] {1, 0, 0}, new int[] {-1, -1, -1}, 3, 1),
                new Plan("katrien", new int[] {99, 99, 99}, new int[] {100, 90, 90}, 60, 0));
        database.transactionWithoutResult(tx -> {
            for (Plan plan : plans) {
                DemoData.Staff staff = demo.staff().stream().filter(s -> s.username().equals(plan.username()))
                        .findFirst().orElse(null);
                if (staff == null) {
                    continue;
                }
                OffsetDateTime day = now.minusDays(plan.daysAgo()).withHour(10).withMinute(0).withSecond(0).withNano(0);
                for (int m = 0; m < pack.modules().size() && m < plan.lessonsDonePerModule().length; m++) {
                    CourseModule module = pack.modules().get(m);
                    int done = Math.min(plan.lessonsDonePerModule()[m], module.lessons().size());
                    for (int i = 0; i < module.lessons().size(); i++) {
                        Lesson lesson = module.lessons().get(i);
                        boolean complete = i < done;
                        boolean open = !complete && i == done && plan.openLessons() > 0 && done > 0;
                        if (!complete && !open) {
                            continue;
                        }
                        day = day.plusDays(1).plusMinutes(37L * (i + m));
                        int seconds = Math.max(5, lesson.minutes()) * 60 * (complete ? 9 + (i % 4) : 4) / 10;
                        repository.insertLesson(tx, staff.id(), pack.id(), new LessonProgress(lesson.id(), day,
                                day.plusMinutes(seconds / 60), complete ? day.plusMinutes(seconds / 60) : null, seconds));
                    }
                    int score = plan.quizScores()[m];
                    if (score >= 0 && module.optionalQuiz().isPresent()) {
                        int total = module.quiz().questions().size();
                        int correct = (int) Math.ceil(score * total / 100.0);
                        day = day.plusHours(2);
                        repository.insertAttempt(tx, staff.id(), pack.id(), new QuizAttempt(module.id(), correct, total,
                                correct * 100 / total, 540, day));
                    }
                    if (done >= module.lessons().size() && !module.scenarios().isEmpty()) {
                        repository.insertRun(tx, staff.id(), pack.id(), new ScenarioRun(module.scenarios().get(0).id(),
                                3, 2, 420, day.plusMinutes(30)));
                    }
                }
            }
        });
    }

    private static void requireLesson(ContentPack pack, String lessonId) {
        if (pack.lesson(lessonId).isEmpty()) {
            throw new IllegalArgumentException("No lesson " + lessonId);
        }
    }

    private static int cap(Duration spent) {
        if (spent == null || spent.isNegative()) {
            return 0;
        }
        return (int) Math.min(MAX_SECONDS_PER_VISIT, spent.getSeconds());
    }
}

package be.toppsy.desk.content.parse;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.content.pack.Chapter;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.GlossaryTerm;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.pack.PackManifest;
import be.toppsy.desk.content.pack.PackVersion;
import be.toppsy.desk.content.pack.Problem;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.content.pack.SourceLocation;
import be.toppsy.desk.content.pack.SourceReference;
import be.toppsy.desk.content.pack.TrainerGuide;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a pack's files into a {@link ContentPack}, as far as they can be read, and lists every
 * problem with its file and line. Cross-references (links, ids, scenario paths) are checked by
 * {@link PackValidator}; {@link #load(PackFiles)} does both.
 */
public final class PackParser {

    public static final String MANIFEST = "manifest.yaml";
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** The width of the id columns (pack_id, lesson_id... VARCHAR(64)). */
    static final int MAX_ID_LENGTH = 64;
    private static final Set<String> MANIFEST_FIELDS = Set.of("id", "title", "version", "language", "official",
            "description", "authors", "licence", "license", "sources", "guide", "modules", "glossary");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "title", "organisation", "year", "url");
    private static final Set<String> CHAPTER_FIELDS = Set.of("id", "title", "levels", "number", "summary");
    private static final Set<String> LESSON_FIELDS = Set.of("id", "title", "levels", "minutes", "chapters", "goals");
    private static final Set<String> MODULE_FIELDS = Set.of("id", "number", "title", "question", "level", "passMark",
            "description", "lessons", "quiz", "scenarios");
    private static final Set<String> QUIZ_FIELDS = Set.of("id", "title", "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "type", "text", "explanation", "options");
    private static final Set<String> OPTION_FIELDS = Set.of("text", "correct", "feedback");
    private static final Set<String> SCENARIO_FIELDS = Set.of("id", "title", "level", "situation", "start", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("id", "text", "end", "choices");
    private static final Set<String> CHOICE_FIELDS = Set.of("text", "quality", "feedback", "next");
    private static final Set<String> GUIDE_FIELDS = Set.of("total_minutes", "audience", "materials", "preparation",
            "blocks");
    private static final Set<String> GUIDE_BLOCK_FIELDS = Set.of("title", "minutes", "lesson", "activity",
            "discussion");
    /** A day of training at most; anything longer is a typo. */
    static final int MAX_GUIDE_MINUTES = 24 * 60;
    private static final Set<String> TERM_FIELDS = Set.of("id", "term", "definition", "see", "source");
    public static final int DEFAULT_PASS_MARK = 70;

    /** The outcome of reading a pack: the pack when at least its manifest could be read, and all problems. */
    public record Result(Optional<ContentPack> pack, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return pack.isPresent() && problems.stream().noneMatch(Problem::isError);
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }

    private final PackFiles files;
    private final List<Problem> problems = new ArrayList<>();

    private PackParser(PackFiles files) {
        this.files = files;
    }

    /** Reads and validates a pack. */
    public static Result load(PackFiles files) {
        PackParser parser = new PackParser(files);
        Optional<ContentPack> pack = parser.parsePack();
        List<Problem> all = new ArrayList<>(parser.problems);
        pack.ifPresent(p -> all.addAll(PackValidator.validate(p)));
        all.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new Result(pack, all);
    }

    private Optional<ContentPack> parsePack() {
        Optional<String> text = files.readText(MANIFEST);
        if (text.isEmpty()) {
            problems.add(Problem.of(MANIFEST, 0, Problem.Kind.FILE_MISSING, MANIFEST));
            return Optional.empty();
        }
        Optional<YamlMap> parsed = YamlMap.parse(MANIFEST, text.get(), 0, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = parsed.get();
        m.warnUnknown(MANIFEST_FIELDS);
        String id = id(m);
        String title = m.required("title");
        PackVersion version = new PackVersion(0, 0, 0);
        Optional<YamlMap.Scalar> versionText = m.scalar("version");
        if (versionText.isEmpty()) {
            problems.add(Problem.of(MANIFEST, m.line("version"), Problem.Kind.FIELD_MISSING, "version"));
        } else {
            Optional<PackVersion> v = PackVersion.parse(versionText.get().value());
            if (v.isPresent()) {
                version = v.get();
            } else {
                problems.add(Problem.of(MANIFEST, versionText.get().line(), Problem.Kind.INVALID_VERSION,
                        versionText.get().value()));
            }
        }
        String language = m.required("language");
        List<SourceReference> sources = new ArrayList<>();
        for (YamlMap s : m.maps("sources")) {
            s.warnUnknown(SOURCE_FIELDS);
            sources.add(new SourceReference(id(s), s.required("title"), s.string("organisation").orElse(""),
                    s.string("year").orElse("")));
        }
        PackManifest manifest = new PackManifest(id, title, version, language, m.bool("official", false),
                m.string("description").orElse(""), m.scalars("authors").stream().map(YamlMap.Scalar::value).toList(),
                m.string("licence").or(() -> m.string("license")).orElse(""), sources);

        List<Chapter> chapters = new ArrayList<>();
        int position = 0;
        for (YamlMap.Scalar path : m.scalars("guide")) {
            position++;
            int fallbackNumber = position;
            file(MANIFEST, path).flatMap(file -> chapter(file, fallbackNumber)).ifPresent(chapters::add);
        }
        List<CourseModule> modules = new ArrayList<>();
        position = 0;
        for (YamlMap.Scalar path : m.scalars("modules")) {
            position++;
            int fallbackNumber = position;
            file(MANIFEST, path).flatMap(file -> module(file, fallbackNumber)).ifPresent(modules::add);
        }
        List<GlossaryTerm> glossary = m.scalar("glossary").flatMap(path -> file(MANIFEST, path))
                .map(this::glossary).orElse(List.of());
        return Optional.of(new ContentPack(manifest, chapters, modules, glossary, files));
    }

    /** Resolves a path written in {@code from}; reports it when the file is not in the pack. */
    private Optional<String> file(String from, YamlMap.Scalar path) {
        Optional<String> resolved = PackFiles.resolve(from, path.value());
        if (resolved.isEmpty() || !files.exists(resolved.get())) {
            problems.add(Problem.of(from, path.line(), Problem.Kind.FILE_MISSING, path.value()));
            return Optional.empty();
        }
        return resolved;
    }

    private String id(YamlMap m) {
        Optional<YamlMap.Scalar> id = m.scalar("id");
        if (id.isEmpty()) {
            problems.add(Problem.of(m.file(), m.line(), Problem.Kind.FIELD_MISSING, "id"));
            return "";
        }
        if (!ID.matcher(id.get().value()).matches()) {
            problems.add(Problem.of(m.file(), id.get().line(), Problem.Kind.INVALID_ID, id.get().value()));
        } else if (id.get().value().length() > MAX_ID_LENGTH) {
            // Beyond the database column: refused here with file and line, not later at the insert.
            problems.add(Problem.of(m.file(), id.get().line(), Problem.Kind.ID_TOO_LONG, id.get().value(),
                    String.valueOf(MAX_ID_LENGTH)));
        }
        return id.get().value();
    }

    private List<SupportLevel> levels(YamlMap m, String key, boolean required) {
        List<SupportLevel> levels = new ArrayList<>();
        List<YamlMap.Scalar> written = m.scalars(key);
        if (written.isEmpty() && required) {
            problems.add(Problem.of(m.file(), m.line(key), Problem.Kind.FIELD_MISSING, key));
        }
        for (YamlMap.Scalar s : written) {
            Optional<SupportLevel> level = SupportLevel.fromPackCode(s.value());
            if (level.isPresent()) {
                if (!levels.contains(level.get())) {
                    levels.add(level.get());
                }
            } else {
                problems.add(Problem.of(m.file(), s.line(), Problem.Kind.UNKNOWN_LEVEL, s.value()));
            }
        }
        return levels;
    }

    /** A Markdown file's front matter and body. */
    private record MarkdownFile(YamlMap frontMatter, String body, int bodyLine) {
    }

    private Optional<MarkdownFile> markdownFile(String file) {
        String text = files.readText(file).orElse("").replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(Problem.of(file, 1, Problem.Kind.FRONT_MATTER_MISSING));
            return Optional.empty();
        }
        int found = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                found = i;
                break;
            }
        }
        int close = found;
        if (close < 0) {
            problems.add(Problem.of(file, 1, Problem.Kind.FRONT_MATTER_MISSING));
            return Optional.empty();
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, close));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, close + 1, lines.length));
        return YamlMap.parse(file, yaml, 1, problems).map(fm -> new MarkdownFile(fm, body, close + 2));
    }

    private Optional<Chapter> chapter(String file, int fallbackNumber) {
        return markdownFile(file).map(md -> {
            YamlMap fm = md.frontMatter();
            fm.warnUnknown(CHAPTER_FIELDS);
            return new Chapter(id(fm), fm.integer("number", 0, 999).orElse(fallbackNumber), fm.required("title"),
                    levels(fm, "levels", true), fm.string("summary").orElse(""), md.body(),
                    new SourceLocation(file, fm.line("id")), md.bodyLine());
        });
    }

    private Optional<Lesson> lesson(String file, String moduleId) {
        return markdownFile(file).map(md -> {
            YamlMap fm = md.frontMatter();
            fm.warnUnknown(LESSON_FIELDS);
            return new Lesson(id(fm), moduleId, fm.required("title"), levels(fm, "levels", true),
                    fm.integer("minutes", 0, 600).orElse(0),
                    fm.scalars("chapters").stream().map(YamlMap.Scalar::value).toList(),
                    fm.scalars("goals").stream().map(YamlMap.Scalar::value).toList(), md.body(),
                    new SourceLocation(file, fm.line("id")), md.bodyLine());
        });
    }

    private Optional<YamlMap> yamlFile(String file) {
        return YamlMap.parse(file, files.readText(file).orElse(""), 0, problems);
    }

    private Optional<CourseModule> module(String file, int fallbackNumber) {
        return yamlFile(file).map(m -> {
            m.warnUnknown(MODULE_FIELDS);
            String id = id(m);
            List<SupportLevel> level = levels(m, "level", true);
            SupportLevel moduleLevel = level.isEmpty() ? SupportLevel.BASIC : level.get(0);
            List<Lesson> lessons = new ArrayList<>();
            for (YamlMap.Scalar path : m.scalars("lessons")) {
                file(file, path).flatMap(f -> lesson(f, id)).ifPresent(lessons::add);
            }
            if (lessons.isEmpty() && m.scalars("lessons").isEmpty()) {
                problems.add(Problem.of(file, m.line("lessons"), Problem.Kind.FIELD_MISSING, "lessons"));
            }
            Quiz quiz = m.scalar("quiz").flatMap(path -> file(file, path)).flatMap(this::quiz).orElse(null);
            List<Scenario> scenarios = new ArrayList<>();
            for (YamlMap.Scalar path : m.scalars("scenarios")) {
                file(file, path).flatMap(f -> scenario(f, id, moduleLevel)).ifPresent(scenarios::add);
            }
            // The trainer guide is found by its name beside module.yaml; it is optional.
            TrainerGuide guide = PackFiles.resolve(file, TrainerGuide.FILE).filter(files::exists)
                    .flatMap(this::trainerGuide).orElse(null);
            return new CourseModule(id, m.integer("number", 0, 999).orElse(fallbackNumber), m.required("title"),
                    m.string("question").orElse(""), moduleLevel,
                    m.integer("passMark", 0, 100).orElse(DEFAULT_PASS_MARK), m.string("description").orElse(""),
                    lessons, quiz, scenarios, guide, new SourceLocation(file, m.line("id")));
        });
    }

    private Optional<Quiz> quiz(String file) {
        return yamlFile(file).map(m -> {
            m.warnUnknown(QUIZ_FIELDS);
            List<Quiz.Question> questions = new ArrayList<>();
            for (YamlMap q : m.maps("questions")) {
                q.warnUnknown(QUESTION_FIELDS);
                String qid = id(q);
                Quiz.Kind kind = Quiz.Kind.SINGLE;
                Optional<YamlMap.Scalar> type = q.scalar("type");
                if (type.isEmpty()) {
                    problems.add(Problem.of(file, q.line(), Problem.Kind.FIELD_MISSING, "type"));
                } else if (type.get().value().equals("multiple")) {
                    kind = Quiz.Kind.MULTIPLE;
                } else if (!type.get().value().equals("single")) {
                    problems.add(Problem.of(file, type.get().line(), Problem.Kind.FIELD_INVALID, "type",
                            type.get().value()));
                }
                List<Quiz.Option> options = new ArrayList<>();
                for (YamlMap o : q.maps("options")) {
                    o.warnUnknown(OPTION_FIELDS);
                    options.add(new Quiz.Option(o.required("text"), o.bool("correct", false),
                            o.text("feedback").orElse(""), new SourceLocation(file, o.line())));
                }
                questions.add(new Quiz.Question(qid, kind, q.required("text"), q.text("explanation").orElse(""),
                        options, new SourceLocation(file, q.line())));
            }
            if (questions.isEmpty()) {
                problems.add(Problem.of(file, m.line("questions"), Problem.Kind.FIELD_MISSING, "questions"));
            }
            return new Quiz(id(m), m.string("title").orElse(""), questions, new SourceLocation(file, m.line("id")));
        });
    }

    private Optional<Scenario> scenario(String file, String moduleId, SupportLevel moduleLevel) {
        return yamlFile(file).map(m -> {
            m.warnUnknown(SCENARIO_FIELDS);
            String id = id(m);
            List<SupportLevel> level = m.isSet("level") ? levels(m, "level", false) : List.of();
            List<Scenario.Step> steps = new ArrayList<>();
            for (YamlMap s : m.maps("steps")) {
                s.warnUnknown(STEP_FIELDS);
                List<Scenario.Choice> choices = new ArrayList<>();
                for (YamlMap c : s.maps("choices")) {
                    c.warnUnknown(CHOICE_FIELDS);
                    Scenario.Quality quality = Scenario.Quality.POOR;
                    Optional<YamlMap.Scalar> written = c.scalar("quality");
                    if (written.isEmpty()) {
                        problems.add(Problem.of(file, c.line(), Problem.Kind.FIELD_MISSING, "quality"));
                    } else {
                        try {
                            quality = Scenario.Quality.valueOf(written.get().value().toUpperCase(java.util.Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            problems.add(Problem.of(file, written.get().line(), Problem.Kind.FIELD_INVALID, "quality",
                                    written.get().value()));
                        }
                    }
                    choices.add(new Scenario.Choice(c.required("text"), quality, c.text("feedback").orElse(""),
                            c.string("next").orElse(""), new SourceLocation(file, c.line())));
                }
                steps.add(new Scenario.Step(id(s), s.text("text").orElse(""), s.bool("end", false), choices,
                        new SourceLocation(file, s.line())));
            }
            if (steps.isEmpty()) {
                problems.add(Problem.of(file, m.line("steps"), Problem.Kind.FIELD_MISSING, "steps"));
            }
            return new Scenario(id, moduleId, m.required("title"), level.isEmpty() ? moduleLevel : level.get(0),
                    m.text("situation").orElse(""), m.required("start"), steps, new SourceLocation(file, m.line("id")));
        });
    }

    private Optional<TrainerGuide> trainerGuide(String file) {
        return yamlFile(file).map(m -> {
            m.warnUnknown(GUIDE_FIELDS);
            Optional<Integer> total = m.integer("total_minutes", 1, MAX_GUIDE_MINUTES);
            if (!m.isSet("total_minutes")) {
                problems.add(Problem.of(file, m.line(), Problem.Kind.FIELD_MISSING, "total_minutes"));
            }
            List<TrainerGuide.Block> blocks = new ArrayList<>();
            for (YamlMap b : m.maps("blocks")) {
                b.warnUnknown(GUIDE_BLOCK_FIELDS);
                Optional<Integer> minutes = b.integer("minutes", 1, MAX_GUIDE_MINUTES);
                if (!b.isSet("minutes")) {
                    problems.add(Problem.of(file, b.line(), Problem.Kind.FIELD_MISSING, "minutes"));
                }
                blocks.add(new TrainerGuide.Block(b.required("title"), minutes.orElse(0), b.string("lesson").orElse(""),
                        b.text("activity").orElse(""), b.scalars("discussion").stream().map(YamlMap.Scalar::value)
                                .toList(), new SourceLocation(file, b.line())));
            }
            if (blocks.isEmpty()) {
                problems.add(Problem.of(file, m.line("blocks"), Problem.Kind.FIELD_MISSING, "blocks"));
            }
            return new TrainerGuide(total.orElse(0), m.required("audience"),
                    m.scalars("materials").stream().map(YamlMap.Scalar::value).toList(),
                    m.text("preparation").orElse(""), blocks, new SourceLocation(file, m.line("total_minutes")));
        });
    }

    private List<GlossaryTerm> glossary(String file) {
        List<GlossaryTerm> terms = new ArrayList<>();
        yamlFile(file).ifPresent(m -> {
            m.warnUnknown(Set.of("terms"));
            for (YamlMap t : m.maps("terms")) {
                t.warnUnknown(TERM_FIELDS);
                terms.add(new GlossaryTerm(id(t), t.required("term"), t.required("definition"),
                        t.scalars("see").stream().map(YamlMap.Scalar::value).toList(), t.string("source").orElse(""),
                        new SourceLocation(file, t.line())));
            }
        });
        return terms;
    }
}

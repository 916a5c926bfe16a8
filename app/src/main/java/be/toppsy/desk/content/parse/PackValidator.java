package be.toppsy.desk.content.parse;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.content.pack.Callout;
import be.toppsy.desk.content.pack.Chapter;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.GlossaryTerm;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.pack.Problem;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.content.pack.ScenarioGraph;
import be.toppsy.desk.content.pack.SourceLocation;
import be.toppsy.desk.content.pack.TrainerGuide;
import be.toppsy.desk.content.render.ContentLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The checks that span files: ids unique within the pack, every internal link and reference
 * resolves, images exist and name their source, quizzes can be answered, scenarios lead somewhere,
 * trainer guides add up. It also warns when the right answers follow a pattern a group could guess.
 */
public final class PackValidator {

    /**
     * Answer patterns are looked for among at least this many questions of a quiz file (or decision
     * steps of a module's scenarios) that have one right option (one best choice) among three or more.
     */
    static final int PATTERN_MIN_COUNTED = 5;
    /** Warn when the right option is first, or the longest, in at least this share (percent). */
    static final int PATTERN_SHARE = 70;
    /**
     * Warn when the right option is among the first two in at least this share, counted over
     * questions with four or more options; chance alone puts it there in half of them or more.
     */
    static final int PATTERN_FIRST_TWO_SHARE = 90;

    private final ContentPack pack;
    private final List<Problem> problems = new ArrayList<>();

    private PackValidator(ContentPack pack) {
        this.pack = pack;
    }

    public static List<Problem> validate(ContentPack pack) {
        PackValidator validator = new PackValidator(pack);
        validator.run();
        return validator.problems;
    }

    private void run() {
        checkUniqueIds();
        for (Chapter chapter : pack.chapters()) {
            markdown(chapter.location().file(), chapter.bodyLine(), chapter.markdown());
        }
        for (CourseModule module : pack.modules()) {
            for (Lesson lesson : module.lessons()) {
                for (String chapter : lesson.chapters()) {
                    if (pack.chapter(chapter).isEmpty()) {
                        problems.add(new Problem(lesson.location(), Problem.Kind.UNKNOWN_REFERENCE,
                                List.of("chapters", chapter)));
                    }
                }
                markdown(lesson.location().file(), lesson.bodyLine(), lesson.markdown());
            }
            module.optionalQuiz().ifPresent(this::quiz);
            module.scenarios().forEach(this::scenario);
            scenarioPatterns(module);
            module.optionalTrainerGuide().ifPresent(guide -> trainerGuide(module, guide));
        }
        for (GlossaryTerm term : pack.glossary()) {
            for (String see : term.see()) {
                if (pack.term(see).isEmpty()) {
                    problems.add(new Problem(term.location(), Problem.Kind.UNKNOWN_REFERENCE, List.of("see", see)));
                }
            }
            if (!term.source().isEmpty() && pack.source(term.source()).isEmpty()) {
                problems.add(new Problem(term.location(), Problem.Kind.UNKNOWN_REFERENCE,
                        List.of("source", term.source())));
            }
            markdown(term.location(), term.definition());
        }
    }

    private void checkUniqueIds() {
        Map<String, SourceLocation> seen = new HashMap<>();
        for (Chapter c : pack.chapters()) {
            unique(seen, c.id(), c.location());
        }
        for (CourseModule m : pack.modules()) {
            unique(seen, m.id(), m.location());
            for (Lesson l : m.lessons()) {
                unique(seen, l.id(), l.location());
            }
            m.optionalQuiz().ifPresent(q -> unique(seen, q.id(), q.location()));
            for (Scenario s : m.scenarios()) {
                unique(seen, s.id(), s.location());
            }
        }
        for (GlossaryTerm t : pack.glossary()) {
            unique(seen, t.id(), t.location());
        }
    }

    private void unique(Map<String, SourceLocation> seen, String id, SourceLocation where) {
        if (id.isEmpty()) {
            return;
        }
        SourceLocation first = seen.putIfAbsent(id, where);
        if (first != null) {
            problems.add(new Problem(where, Problem.Kind.DUPLICATE_ID, List.of(id, first.toString())));
        }
    }

    private void quiz(Quiz quiz) {
        Map<String, SourceLocation> ids = new HashMap<>();
        for (Quiz.Question q : quiz.questions()) {
            unique(ids, q.id(), q.location());
            if (q.options().size() < 2) {
                problems.add(new Problem(q.location(), Problem.Kind.QUIZ_TOO_FEW_OPTIONS, List.of(q.id())));
            }
            long correct = q.options().stream().filter(Quiz.Option::correct).count();
            if (correct == 0) {
                problems.add(new Problem(q.location(), Problem.Kind.QUIZ_NO_CORRECT, List.of(q.id())));
            } else if (correct > 1 && q.kind() == Quiz.Kind.SINGLE) {
                problems.add(new Problem(q.location(), Problem.Kind.QUIZ_SINGLE_SEVERAL_CORRECT, List.of(q.id())));
            }
            markdown(q.location(), q.text());
            markdown(q.location(), q.explanation());
            for (int i = 0; i < q.options().size(); i++) {
                Quiz.Option option = q.options().get(i);
                if (option.feedback().isBlank()) {
                    problems.add(new Problem(option.location(), Problem.Kind.QUIZ_NO_FEEDBACK,
                            List.of(q.id(), String.valueOf(i + 1))));
                }
                markdown(option.location(), option.text());
                markdown(option.location(), option.feedback());
            }
        }
        quizPatterns(quiz);
    }

    /** Where the one right option (or best choice) stands among the others, and the length of each text. */
    private record Placement(int right, List<Integer> lengths) {

        int size() {
            return lengths.size();
        }

        boolean rightIsLongest() {
            for (int i = 0; i < lengths.size(); i++) {
                if (i != right && lengths.get(i) >= lengths.get(right)) {
                    return false;
                }
            }
            return true;
        }
    }

    private void quizPatterns(Quiz quiz) {
        List<Placement> placements = new ArrayList<>();
        for (Quiz.Question q : quiz.questions()) {
            if (q.kind() == Quiz.Kind.SINGLE && q.correctIndexes().size() == 1) {
                placements.add(new Placement(q.correctIndexes().iterator().next(),
                        q.options().stream().map(o -> o.text().strip().length()).toList()));
            }
        }
        patterns(placements, quiz.location(), Problem.Kind.QUIZ_RIGHT_FIRST, Problem.Kind.QUIZ_RIGHT_FIRST_TWO,
                Problem.Kind.QUIZ_RIGHT_LONGEST);
    }

    /** Over all scenarios of a module: one scenario has too few steps to show a pattern. */
    private void scenarioPatterns(CourseModule module) {
        List<Placement> placements = new ArrayList<>();
        for (Scenario scenario : module.scenarios()) {
            for (Scenario.Step step : scenario.steps()) {
                if (step.end() || step.choices().isEmpty()) {
                    continue;
                }
                Scenario.Quality best = step.choices().stream().map(Scenario.Choice::quality)
                        .min(java.util.Comparator.naturalOrder()).orElseThrow();
                List<Integer> bestAt = new ArrayList<>();
                for (int i = 0; i < step.choices().size(); i++) {
                    if (step.choices().get(i).quality() == best) {
                        bestAt.add(i);
                    }
                }
                if (bestAt.size() == 1) {
                    placements.add(new Placement(bestAt.get(0),
                            step.choices().stream().map(c -> c.text().strip().length()).toList()));
                }
            }
        }
        patterns(placements, module.location(), Problem.Kind.SCENARIO_BEST_FIRST, Problem.Kind.SCENARIO_BEST_FIRST_TWO,
                Problem.Kind.SCENARIO_BEST_LONGEST);
    }

    private void patterns(List<Placement> placements, SourceLocation where, Problem.Kind first, Problem.Kind firstTwo,
            Problem.Kind longest) {
        List<Placement> three = placements.stream().filter(p -> p.size() >= 3).toList();
        List<Placement> four = placements.stream().filter(p -> p.size() >= 4).toList();
        // First and first-two say the same thing; the stronger one is enough.
        if (!warn(three, p -> p.right() == 0, PATTERN_SHARE, where, first)) {
            warn(four, p -> p.right() <= 1, PATTERN_FIRST_TWO_SHARE, where, firstTwo);
        }
        warn(three, Placement::rightIsLongest, PATTERN_SHARE, where, longest);
    }

    private boolean warn(List<Placement> counted, java.util.function.Predicate<Placement> pattern, int share,
            SourceLocation where, Problem.Kind kind) {
        long hits = counted.stream().filter(pattern).count();
        if (counted.size() >= PATTERN_MIN_COUNTED && hits * 100 >= (long) share * counted.size()) {
            problems.add(new Problem(where, kind, List.of(String.valueOf(hits), String.valueOf(counted.size()))));
            return true;
        }
        return false;
    }

    private void trainerGuide(CourseModule module, TrainerGuide guide) {
        if (guide.totalMinutes() > 0 && !guide.blocks().isEmpty() && guide.blockMinutes() != guide.totalMinutes()) {
            problems.add(new Problem(guide.location(), Problem.Kind.TRAINER_GUIDE_MINUTES,
                    List.of(String.valueOf(guide.blockMinutes()), String.valueOf(guide.totalMinutes()))));
        }
        markdown(guide.location(), guide.preparation());
        for (TrainerGuide.Block block : guide.blocks()) {
            // A block links a lesson of its own module: the guide is for giving this module.
            block.optionalLesson().filter(id -> module.lessons().stream().noneMatch(l -> l.id().equals(id)))
                    .ifPresent(id -> problems.add(new Problem(block.location(), Problem.Kind.UNKNOWN_REFERENCE,
                            List.of("lesson", id))));
            markdown(block.location(), block.activity());
        }
    }

    private void scenario(Scenario scenario) {
        problems.addAll(ScenarioGraph.check(scenario));
        markdown(scenario.location(), scenario.situation());
        for (Scenario.Step step : scenario.steps()) {
            markdown(step.location(), step.text());
            for (Scenario.Choice choice : step.choices()) {
                markdown(choice.location(), choice.text());
                if (choice.feedback().isBlank()) {
                    problems.add(new Problem(choice.location(), Problem.Kind.FIELD_MISSING, List.of("feedback")));
                }
                markdown(choice.location(), choice.feedback());
            }
        }
    }

    private void markdown(SourceLocation where, String text) {
        if (text != null && !text.isBlank()) {
            markdown(where.file(), where.line(), text);
        }
    }

    /** Checks links, images and block markers; {@code firstLine} is the file line of the text's first line. */
    private void markdown(String file, int firstLine, String text) {
        Optional<Integer> tooDeep = Markdown.tooDeepLine(text);
        if (tooDeep.isPresent()) {
            problems.add(Problem.of(file, firstLine + tooDeep.get(), Problem.Kind.TOO_DEEP,
                    String.valueOf(Markdown.MAX_DEPTH)));
            return;
        }
        Node document = Markdown.parse(text);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link(file, line(link), link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image(file, line(image), image);
                visitChildren(image);
            }

            @Override
            public void visit(BlockQuote quote) {
                Optional<String> marker = Markdown.marker(quote);
                if (marker.isPresent() && Callout.fromMarker(marker.get()).isEmpty()) {
                    problems.add(Problem.of(file, line(quote), Problem.Kind.UNKNOWN_BLOCK, marker.get()));
                }
                visitChildren(quote);
            }

            private int line(Node node) {
                int index = Markdown.lineIndex(node);
                return index < 0 ? firstLine : firstLine + index;
            }
        });
    }

    private void link(String file, int line, String destination) {
        ContentLink link = ContentLink.parse(destination);
        boolean resolves = switch (link.kind()) {
            case GUIDE -> pack.chapter(link.target()).isPresent();
            case LESSON -> pack.lesson(link.target()).isPresent();
            case MODULE -> pack.module(link.target()).isPresent();
            case QUIZ -> pack.module(link.target()).flatMap(CourseModule::optionalQuiz).isPresent();
            case SCENARIO -> pack.scenario(link.target()).isPresent();
            case GLOSSARY -> pack.term(link.target()).isPresent();
            case LEVEL -> SupportLevel.fromPackCode(link.target()).isPresent();
            case EXTERNAL -> true;
            case UNKNOWN -> {
                problems.add(Problem.of(file, line, Problem.Kind.UNKNOWN_LINK_TYPE, destination));
                yield true;
            }
        };
        if (!resolves) {
            problems.add(Problem.of(file, line, Problem.Kind.BROKEN_LINK, destination));
        }
    }

    private void image(String file, int line, Image image) {
        String destination = image.getDestination();
        Optional<String> path = PackFiles.normalise(destination);
        if (path.isEmpty() || !pack.files().exists(path.get())) {
            problems.add(Problem.of(file, line, Problem.Kind.IMAGE_MISSING, destination));
        }
        if (Markdown.plainText(image).isBlank()) {
            problems.add(Problem.of(file, line, Problem.Kind.IMAGE_NO_ALT, destination));
        }
        String title = image.getTitle() == null ? "" : image.getTitle().strip().toLowerCase(Locale.ROOT);
        if (!(title.startsWith("bron:") || title.startsWith("source:")) || title.indexOf(':') == title.length() - 1) {
            problems.add(Problem.of(file, line, Problem.Kind.IMAGE_NO_SOURCE, destination));
        }
    }
}

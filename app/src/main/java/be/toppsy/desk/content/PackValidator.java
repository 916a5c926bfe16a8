package be.toppsy.desk.content;

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
 * resolves, images exist and name their source, quizzes can be answered, scenarios lead somewhere.
 */
public final class PackValidator {

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
            case LEVEL -> Level.fromCode(link.target()).isPresent();
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

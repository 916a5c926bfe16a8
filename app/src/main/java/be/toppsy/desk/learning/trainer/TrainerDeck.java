package be.toppsy.desk.learning.trainer;

import be.toppsy.desk.content.pack.Callout;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.parse.Markdown;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.content.pack.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * What trainer mode shows, one block at a time: a lesson cut into slides (a title slide with the
 * goals, then each section, each practice example or reflection on its own), a quiz question by
 * question, or a scenario step by step. Trainer notes ({@code [!trainer]}) go with the slide
 * they follow and are shown only on the trainer's screen.
 */
public final class TrainerDeck {

    /** Text shown on one slide before a section is continued on the next. */
    static final int MAX_SLIDE_CHARACTERS = 700;

    public enum Kind {
        LESSON, QUIZ, SCENARIO
    }

    public enum SlideKind {
        TITLE, CONTENT, CALLOUT, QUESTION, SCENARIO_STEP, END
    }

    /**
     * One slide.
     *
     * @param blocks   the Markdown blocks shown (content and callout slides, the scenario's situation)
     * @param notes    trainer notes for this slide, as Markdown blocks
     * @param question the question of a quiz slide
     * @param step     the step of a scenario slide
     */
    public record Slide(SlideKind kind, String title, String subtitle, List<String> bullets, List<Node> blocks,
            List<Node> notes, Quiz.Question question, int number, Scenario.Step step) {

        public Slide {
            bullets = List.copyOf(bullets);
            blocks = new ArrayList<>(blocks);
            notes = new ArrayList<>(notes);
        }

        static Slide title(String title, String subtitle, List<String> bullets) {
            return new Slide(SlideKind.TITLE, title, subtitle, bullets, List.of(), List.of(), null, 0, null);
        }

        static Slide content(SlideKind kind, String title) {
            return new Slide(kind, title, "", List.of(), new ArrayList<>(), List.of(), null, 0, null);
        }
    }

    private final Kind kind;
    private final String title;
    private final List<Slide> slides;
    private final Scenario scenario;

    private TrainerDeck(Kind kind, String title, List<Slide> slides, Scenario scenario) {
        this.kind = kind;
        this.title = title;
        this.slides = List.copyOf(slides);
        this.scenario = scenario;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The slides known up front (a scenario adds its steps while it is played). */
    public List<Slide> slides() {
        return slides;
    }

    public Optional<Scenario> scenario() {
        return Optional.ofNullable(scenario);
    }

    public static TrainerDeck forLesson(Lesson lesson, ContentPack pack) {
        List<Slide> slides = new ArrayList<>();
        String moduleTitle = pack.module(lesson.moduleId()).map(CourseModule::title).orElse("");
        Slide current = Slide.title(lesson.title(), moduleTitle, lesson.goals());
        slides.add(current);
        String section = lesson.title();
        int characters = 0;
        boolean firstHeading = true;
        boolean newSection = false;
        Node document = Markdown.parse(lesson.markdown());
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                String text = Markdown.plainText(heading).strip();
                if (firstHeading && heading.getLevel() == 1 && text.equals(lesson.title().strip())) {
                    firstHeading = false;
                    continue;
                }
                firstHeading = false;
                // The section's slide starts with its first text, so a heading followed by a block gets no empty slide.
                section = text;
                newSection = true;
                continue;
            }
            firstHeading = false;
            Optional<Callout> callout = block instanceof BlockQuote q ? Markdown.callout(q) : Optional.empty();
            if (callout.isPresent() && callout.get() == Callout.TRAINER) {
                current.notes().add(block);
                continue;
            }
            if (callout.isPresent()) {
                current = Slide.content(SlideKind.CALLOUT, section);
                current.blocks().add(block);
                slides.add(current);
                characters = 0;
                newSection = false;
                continue;
            }
            int length = Markdown.plainText(block).length();
            if (newSection || current.kind() != SlideKind.CONTENT
                    || (characters > 0 && characters + length > MAX_SLIDE_CHARACTERS)) {
                newSection = false;
                current = Slide.content(SlideKind.CONTENT, section);
                slides.add(current);
                characters = 0;
            }
            current.blocks().add(block);
            characters += length;
        }
        slides.add(new Slide(SlideKind.END, lesson.title(), moduleTitle, List.of(), List.of(), List.of(), null, 0, null));
        return new TrainerDeck(Kind.LESSON, lesson.title(), slides, null);
    }

    public static TrainerDeck forQuiz(CourseModule module) {
        Quiz quiz = module.optionalQuiz().orElseThrow();
        String title = quiz.title().isBlank() ? module.title() : quiz.title();
        List<Slide> slides = new ArrayList<>();
        slides.add(Slide.title(title, module.title(), List.of()));
        int n = 1;
        for (Quiz.Question question : quiz.questions()) {
            slides.add(new Slide(SlideKind.QUESTION, title, "", List.of(), List.of(), List.of(), question, n++, null));
        }
        slides.add(new Slide(SlideKind.END, title, module.title(), List.of(), List.of(), List.of(), null, 0, null));
        return new TrainerDeck(Kind.QUIZ, title, slides, null);
    }

    /** The title and situation; the steps follow as the group decides. */
    public static TrainerDeck forScenario(Scenario scenario) {
        List<Slide> slides = new ArrayList<>();
        Slide situation = Slide.content(SlideKind.CONTENT, scenario.title());
        Node document = Markdown.parse(scenario.situation());
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            situation.blocks().add(block);
        }
        slides.add(situation);
        return new TrainerDeck(Kind.SCENARIO, scenario.title(), slides, scenario);
    }

    /** The slide for a scenario step (a decision or the ending). */
    public static Slide stepSlide(Scenario scenario, Scenario.Step step, int number) {
        List<Node> blocks = new ArrayList<>();
        Node document = Markdown.parse(step.text());
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(block);
        }
        return new Slide(step.end() ? SlideKind.END : SlideKind.SCENARIO_STEP, scenario.title(), "", List.of(), blocks,
                List.of(), null, number, step);
    }
}

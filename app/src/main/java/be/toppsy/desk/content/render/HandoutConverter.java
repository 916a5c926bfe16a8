package be.toppsy.desk.content.render;

import be.toppsy.desk.content.pack.Callout;
import be.toppsy.desk.content.pack.Chapter;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.pack.TrainerGuide;
import be.toppsy.desk.content.parse.Markdown;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.HandoutData;
import be.toppsy.desk.reports.HandoutData.Part;
import be.toppsy.desk.reports.TrainerGuideData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Turns a guide chapter or a lesson (its Markdown) into a printable handout: headings, paragraphs,
 * lists, and the block types as callouts with their label. A {@code [!crisis]} block carries the
 * crisis contacts; trainer notes are left out. Links (glossary, chapters, lessons) become their
 * plain text. Lives here, not in {@code reports}, so that reports needs nothing from content.
 */
public final class HandoutConverter {

    private final Messages messages;
    private final CrisisContacts crisisContacts;

    public HandoutConverter(Messages messages, CrisisContacts crisisContacts) {
        this.messages = messages;
        this.crisisContacts = crisisContacts;
    }

    public HandoutData chapter(Chapter chapter) {
        return new HandoutData(messages.get("content.handout.chapterTitle", chapter.number(), chapter.title()),
                messages.get("content.handout.chapterSubtitle"), parts(chapter.markdown(), chapter.title()), "");
    }

    public HandoutData lesson(Lesson lesson, Optional<CourseModule> module) {
        List<Part> parts = new ArrayList<>();
        if (!lesson.goals().isEmpty()) {
            parts.add(new HandoutData.Callout(messages.get("content.handout.goals"), bullets(lesson.goals())));
        }
        parts.addAll(parts(lesson.markdown(), lesson.title()));
        String subtitle = module.map(m -> messages.get("content.handout.lessonSubtitle", m.number(), m.title(),
                lesson.minutes())).orElse("");
        return new HandoutData(lesson.title(), subtitle, parts, "");
    }

    /** A module's trainer guide, with each block's start and the title of the lesson it goes with. */
    public TrainerGuideData trainerGuide(CourseModule module, TrainerGuide guide) {
        List<TrainerGuideData.TimeBlock> blocks = new ArrayList<>();
        List<Integer> starts = guide.startOffsets();
        for (int i = 0; i < guide.blocks().size(); i++) {
            TrainerGuide.Block block = guide.blocks().get(i);
            String lesson = block.optionalLesson().flatMap(id -> module.lessons().stream()
                    .filter(l -> l.id().equals(id)).findFirst()).map(Lesson::title).orElse("");
            blocks.add(new TrainerGuideData.TimeBlock(block.title(), block.minutes(), starts.get(i), lesson,
                    parts(block.activity(), block.title()), block.discussion()));
        }
        return new TrainerGuideData(module.title(), messages.get("content.handout.trainerGuideSubtitle", module.number()),
                guide.audience(), guide.totalMinutes(), guide.materials(), parts(guide.preparation(), ""), blocks);
    }

    /** The blocks of a Markdown body; a first-level heading repeating the title is skipped. */
    List<Part> parts(String markdown, String title) {
        List<Part> parts = new ArrayList<>();
        for (Node n = Markdown.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1 && Markdown.plainText(h).strip().equals(title.strip())) {
                continue;
            }
            convert(n, parts);
        }
        return parts;
    }

    private void convert(Node n, List<Part> parts) {
        if (n instanceof Heading h) {
            parts.add(new HandoutData.Heading(inline(h)));
        } else if (n instanceof Paragraph p) {
            String text = inline(p);
            if (!text.isBlank()) {
                parts.add(new HandoutData.Text(text));
            }
        } else if (n instanceof ListBlock list) {
            parts.add(new HandoutData.Bullets(items(list, false), list instanceof OrderedList));
        } else if (n instanceof BlockQuote quote) {
            Optional<Callout> kind = Markdown.callout(quote);
            if (kind.isEmpty()) {
                String text = blockText(quote);
                if (!text.isBlank()) {
                    parts.add(new HandoutData.Text(text));
                }
            } else if (kind.get() != Callout.TRAINER) {
                String text = blockText(quote);
                if (kind.get() == Callout.CRISIS) {
                    text = text.isBlank() ? crisisLines() : text + "\n" + crisisLines();
                }
                parts.add(new HandoutData.Callout(messages.get(kind.get().titleKey()), text));
            }
        } else if (n instanceof TableBlock table) {
            List<String> rows = new ArrayList<>();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(inline(cell));
                        }
                    }
                    rows.add(String.join(" | ", cells));
                }
            }
            parts.add(new HandoutData.Text(String.join("\n", rows)));
        } else if (n instanceof FencedCodeBlock code) {
            parts.add(new HandoutData.Text(code.getLiteral().stripTrailing()));
        } else if (n instanceof IndentedCodeBlock code) {
            parts.add(new HandoutData.Text(code.getLiteral().stripTrailing()));
        }
        // Thematic breaks and raw HTML are left out.
    }

    /** The items' text; numbered with their number only when asked (the PDF list numbers them itself). */
    private List<String> items(ListBlock list, boolean withNumbers) {
        List<String> items = new ArrayList<>();
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                String text = blockText(item);
                items.add(list instanceof BulletList || !withNumbers ? text : messages.get("content.handout.numbered", number++, text));
            }
        }
        return items;
    }

    /** The text of a container (a callout, a list item): paragraphs on their own lines, nested lists as "•" lines. */
    private String blockText(Node container) {
        List<String> lines = new ArrayList<>();
        for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock list) {
                for (String item : items(list, true)) {
                    lines.add(list instanceof BulletList ? "• " + item : item);
                }
            } else if (child instanceof BlockQuote inner) {
                if (Markdown.callout(inner).filter(c -> c == Callout.TRAINER).isEmpty()) {
                    lines.add(blockText(inner));
                }
            } else {
                String text = inline(child);
                if (!text.isBlank()) {
                    lines.add(text);
                }
            }
        }
        return String.join("\n", lines);
    }

    /** Inline text without markup: links keep only their text, the marker line of a callout is dropped. */
    private static String inline(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (Markdown.isMarkerLine(child)) {
                continue;
            }
            out.append(Markdown.plainText(child));
        }
        return out.toString().strip().replaceAll("[ \\t]+", " ");
    }

    private String bullets(List<String> items) {
        return String.join("\n", items.stream().map(i -> "• " + i).toList());
    }

    private String crisisLines() {
        List<String> lines = new ArrayList<>();
        for (CrisisContact contact : crisisContacts.list()) {
            String name = contact.note() == null || contact.note().isBlank() ? contact.name()
                    : messages.get("content.crisis.nameAndNote", contact.name(), contact.note());
            lines.add(messages.get("content.handout.crisisLine", contact.number(), name));
        }
        return String.join("\n", lines);
    }
}

package be.toppsy.desk.content;

import be.toppsy.desk.content.pack.Callout;
import be.toppsy.desk.content.pack.Chapter;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.GlossaryTerm;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.parse.Markdown;
import be.toppsy.desk.ui.Destination;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;

/**
 * Search across the guide, the modules, the lessons and the glossary of the active pack. Fast
 * enough to run on every keystroke: the texts are reduced to plain text once per pack, and matched
 * without case or accents ("reflectie" finds "Réflexion", "nguyen" finds "Nguyễn").
 */
public final class ContentSearch {

    public enum Kind {
        CHAPTER, MODULE, LESSON, GLOSSARY
    }

    /** A highlighted range [start, end) within a text. */
    public record Range(int start, int end) {
    }

    /**
     * One hit: where it opens, its title and a snippet of the text around the first
     * match, each with the ranges to highlight.
     */
    public record Hit(Kind kind, String id, String title, List<Range> titleHighlights, String snippet,
            List<Range> snippetHighlights, Destination destination, int score) {
    }

    private record Document(Kind kind, String id, String title, String text, Destination destination,
            String foldedTitle, String foldedText) {
    }

    private static final int SNIPPET_BEFORE = 60;
    private static final int SNIPPET_LENGTH = 180;

    private final ContentService content;
    private volatile List<Document> index = List.of();
    private volatile long indexedGeneration = -1;

    public ContentSearch(ContentService content) {
        this.content = content;
    }

    /** The best hits for all words of the query, at most {@code limit}. */
    public List<Hit> search(String query, int limit) {
        ContentPack pack = content.pack().orElse(null);
        if (pack == null || query == null || query.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : fold(query.strip()).split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Document doc : index(pack)) {
            if (words.stream().allMatch(w -> doc.foldedTitle().contains(w) || doc.foldedText().contains(w))) {
                hits.add(hit(doc, words));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score).reversed());
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private List<Document> index(ContentPack pack) {
        long generation = content.generation();
        if (generation != indexedGeneration) {
            synchronized (this) {
                if (generation != indexedGeneration) {
                    index = build(pack);
                    indexedGeneration = generation;
                }
            }
        }
        return index;
    }

    private static List<Document> build(ContentPack pack) {
        List<Document> docs = new ArrayList<>();
        for (Chapter c : pack.chapters()) {
            docs.add(doc(Kind.CHAPTER, c.id(), c.title(), c.summary() + "\n" + text(c.markdown()),
                    new Destination.GuideChapter(c.id())));
        }
        for (CourseModule m : pack.modules()) {
            docs.add(doc(Kind.MODULE, m.id(), m.title(), m.question() + "\n" + m.description(),
                    new Destination.Module(m.id())));
            for (Lesson l : m.lessons()) {
                docs.add(doc(Kind.LESSON, l.id(), l.title(), String.join("\n", l.goals()) + "\n" + text(l.markdown()),
                        new Destination.Lesson(l.id())));
            }
        }
        for (GlossaryTerm t : pack.glossary()) {
            docs.add(doc(Kind.GLOSSARY, t.id(), t.term(), text(t.definition()),
                    new Destination.GlossaryTerm(t.id())));
        }
        return List.copyOf(docs);
    }

    private static Document doc(Kind kind, String id, String title, String text, Destination destination) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return new Document(kind, id, title, flat, destination, fold(title), fold(flat));
    }

    /** Plain text without trainer notes (those are for the trainer's screen only). */
    private static String text(String markdown) {
        Node document = Markdown.parse(markdown);
        StringBuilder out = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof BlockQuote q && Markdown.callout(q).filter(c -> c == Callout.TRAINER).isPresent()) {
                continue;
            }
            if (block instanceof BlockQuote q && Markdown.marker(q).isPresent()) {
                // Leave the marker line out.
                for (Node child = q.getFirstChild(); child != null; child = child.getNext()) {
                    out.append(Markdown.plainText(child).replaceFirst("^\\s*\\[![A-Za-z-]+]", "")).append('\n');
                }
                continue;
            }
            out.append(Markdown.plainText(block)).append('\n');
        }
        return out.toString();
    }

    private Hit hit(Document doc, List<String> words) {
        int score = 0;
        List<Range> titleRanges = new ArrayList<>();
        for (String w : words) {
            if (doc.foldedTitle().contains(w)) {
                score += 20;
                titleRanges.addAll(ranges(doc.foldedTitle(), w, 0, doc.foldedTitle().length()));
            }
            score += Math.min(10, count(doc.foldedText(), w));
        }
        if (doc.kind() == Kind.GLOSSARY && doc.foldedTitle().startsWith(words.get(0))) {
            score += 15;
        }
        int first = -1;
        for (String w : words) {
            int at = doc.foldedText().indexOf(w);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = first < 0 ? 0 : Math.max(0, first - SNIPPET_BEFORE);
        if (start > 0) {
            int space = doc.text().indexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }
        int end = Math.min(doc.text().length(), start + SNIPPET_LENGTH);
        if (end < doc.text().length()) {
            int space = doc.text().lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        String prefix = start > 0 ? "… " : "";
        String suffix = end < doc.text().length() ? " …" : "";
        String snippet = prefix + doc.text().substring(start, end) + suffix;
        List<Range> snippetRanges = new ArrayList<>();
        for (String w : words) {
            for (Range r : ranges(doc.foldedText(), w, start, end)) {
                snippetRanges.add(new Range(r.start() - start + prefix.length(), r.end() - start + prefix.length()));
            }
        }
        return new Hit(doc.kind(), doc.id(), doc.title(), merge(titleRanges), snippet, merge(snippetRanges),
                doc.destination(), score);
    }

    private static List<Range> ranges(String folded, String word, int from, int to) {
        List<Range> out = new ArrayList<>();
        int at = folded.indexOf(word, from);
        while (at >= 0 && at + word.length() <= to) {
            out.add(new Range(at, at + word.length()));
            at = folded.indexOf(word, at + word.length());
        }
        return out;
    }

    private static List<Range> merge(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Range::start));
        List<Range> out = new ArrayList<>();
        for (Range r : sorted) {
            if (!out.isEmpty() && r.start() <= out.get(out.size() - 1).end()) {
                Range last = out.remove(out.size() - 1);
                out.add(new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static int count(String text, String word) {
        int n = 0;
        int at = text.indexOf(word);
        while (at >= 0 && n < 50) {
            n++;
            at = text.indexOf(word, at + word.length());
        }
        return n;
    }

    /** Lower case without accents, one character for one character, so positions stay the same. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            out.append(plain.length() == 1 ? plain.charAt(0) : lower.length() == 1 ? lower.charAt(0) : c);
        }
        return out.toString();
    }
}

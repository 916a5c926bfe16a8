package be.toppsy.desk.intervision.board;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.ContentLink;
import be.toppsy.desk.intervision.NameCheck;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Suggests guide chapters and lessons for a case (our own rule, over {@link ContentLink#all()}):
 * <ul>
 * <li>3 points for each of the case's tags found in the content's keywords or as a word in its
 * title (ignoring case and accents; a tag of several words counts when all its words are found);</li>
 * <li>2 points when the content is about the case's support level, 1 when it names no level
 * (it is for every level);</li>
 * <li>content already attached is left out; at least one tag or the level must match; best first,
 * chapters before lessons at equal score, at most {@link #LIMIT}.</li>
 * </ul>
 */
public final class ContentSuggestions {

    public static final int LIMIT = 6;

    private ContentSuggestions() {
    }

    public record Suggestion(ContentLink.ContentRef content, int score) {
    }

    public static List<Suggestion> suggest(SupportLevel level, List<String> tags, List<ContentLink.ContentRef> all,
            Set<String> attachedKeys) {
        return all.stream()
                .filter(c -> !attachedKeys.contains(key(c.kind(), c.id())))
                .map(c -> new Suggestion(c, score(level, tags, c)))
                .filter(s -> s.score() >= 2)
                .sorted(Comparator.comparingInt(Suggestion::score).reversed()
                        .thenComparing(s -> ContentLink.ContentRef.CHAPTER.equals(s.content().kind()) ? 0 : 1)
                        .thenComparing(s -> s.content().title()))
                .limit(LIMIT)
                .toList();
    }

    static int score(SupportLevel level, List<String> tags, ContentLink.ContentRef content) {
        int score = 0;
        Set<String> words = words(content.title() + " " + String.join(" ", content.keywords()));
        Set<String> keywords = content.keywords().stream().map(k -> NameCheck.fold(k.trim()).text())
                .collect(Collectors.toSet());
        for (String tag : tags) {
            String folded = NameCheck.fold(tag.trim()).text();
            if (folded.isEmpty()) {
                continue;
            }
            boolean match = keywords.contains(folded) || words(folded).stream().allMatch(words::contains);
            if (match) {
                score += 3;
            }
        }
        if (content.levels().isEmpty()) {
            score += 1;
        } else if (level != null && content.levels().contains(level)) {
            score += 2;
        }
        return score;
    }

    private static Set<String> words(String text) {
        return java.util.Arrays.stream(NameCheck.fold(text).text().split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    public static String key(String kind, String id) {
        return kind + ":" + id;
    }
}

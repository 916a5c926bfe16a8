package be.toppsy.desk.intervision;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps residents' names out of intervision material.
 * <ul>
 * <li>{@link #containsName}: a hard check against the names of the case's linked resident (from
 * the tracker): whole words, ignoring case and accents, each part of a name of 3 letters or more.</li>
 * <li>{@link #suspectedNames}: a simple warning for a title with a capitalised word inside it
 * (not its first word, not an abbreviation in capitals, not a common capitalised word such as a
 * month). In Dutch and French a capital inside a sentence is mostly a name, so this catches
 * "Gesprek met Ahmed", but not a name at the start, a name typed in lower case, or a name in a
 * script without capitals (Arabic); it also flags place names. It only warns.</li>
 * <li>{@link #mask}: replaces the names in a text, for de-identified material.</li>
 * </ul>
 */
public final class NameCheck {

    public static final String MASK = "[…]";
    private static final int MIN_PART = 3;
    private static final Set<String> COMMON_CAPITALISED = Set.of(
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
            "decembre", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "may", "june", "july", "august", "october",
            "fedasil", "toppsy", "oase", "rode", "kruis", "croix", "rouge", "red", "cross", "belgie", "belgique",
            "belgium", "brussel", "bruxelles", "brussels", "ramadan", "kerstmis", "noel", "christmas", "nieuwjaar",
            "ik", "je", "i");

    private NameCheck() {
    }

    /** True when the text holds one of the names (or a part of 3 letters or more) as a whole word. */
    public static boolean containsName(String text, List<String> names) {
        return !find(text, names).isEmpty();
    }

    /** The text with every name (and name part) replaced by {@link #MASK}. */
    public static String mask(String text, List<String> names) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        List<int[]> ranges = find(text, names);
        if (ranges.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] range : ranges) {
            if (range[0] < at) {
                continue;
            }
            out.append(text, at, range[0]).append(MASK);
            at = range[1];
        }
        return out.append(text.substring(at)).toString();
    }

    /** Capitalised words inside a title that may be names (see the class comment); for a warning only. */
    public static List<String> suspectedNames(String title) {
        if (title == null) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        boolean sentenceStart = true;
        int i = 0;
        while (i < title.length()) {
            int cp = title.codePointAt(i);
            if (Character.isLetter(cp)) {
                int start = i;
                while (i < title.length() && (Character.isLetter(title.codePointAt(i)) || title.charAt(i) == '\''
                        || title.charAt(i) == '-')) {
                    i += Character.charCount(title.codePointAt(i));
                }
                String word = title.substring(start, i).replaceAll("['-]+$", "");
                if (!sentenceStart && looksLikeName(word)) {
                    found.add(word);
                }
                sentenceStart = false;
            } else {
                if (cp == '.' || cp == ':' || cp == '?' || cp == '!' || cp == ';' || cp == '(' || cp == '"'
                        || cp == '\u2018' || cp == '\u201C') {
                    sentenceStart = true;
                }
                i += Character.charCount(cp);
            }
        }
        return List.copyOf(found);
    }

    private static boolean looksLikeName(String word) {
        if (word.contains("-")) {
            return java.util.Arrays.stream(word.split("-")).anyMatch(NameCheck::looksLikeName);
        }
        if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        boolean allCaps = word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (allCaps) {
            return false;
        }
        return !COMMON_CAPITALISED.contains(fold(word).text());
    }

    /** Ranges [start, end) in the original text where a name or a name part stands as a whole word. */
    static List<int[]> find(String text, List<String> names) {
        if (text == null || text.isBlank() || names == null || names.isEmpty()) {
            return List.of();
        }
        Folded folded = fold(text);
        Set<String> needles = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String whole = fold(name.trim()).text().replaceAll("\\s+", " ");
            if (whole.codePointCount(0, whole.length()) >= MIN_PART) {
                needles.add(whole);
            }
            for (String part : whole.split("[\\s\\-'\u2019]+")) {
                if (part.codePointCount(0, part.length()) >= MIN_PART) {
                    needles.add(part);
                }
            }
        }
        List<int[]> ranges = new ArrayList<>();
        String haystack = folded.text();
        for (String needle : needles) {
            int from = 0;
            while (true) {
                int at = haystack.indexOf(needle, from);
                if (at < 0) {
                    break;
                }
                int end = at + needle.length();
                if (boundary(haystack, at - 1) && boundary(haystack, end)) {
                    ranges.add(new int[] {folded.origin(at), folded.originEnd(end)});
                }
                from = at + 1;
            }
        }
        ranges.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> -r[1]));
        return ranges;
    }

    private static boolean boundary(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        return !Character.isLetterOrDigit(text.charAt(index));
    }

    /** Lower case without accents, with a map back to the original positions. */
    public record Folded(String text, int[] origins, int originalLength) {

        int origin(int foldedIndex) {
            return origins[foldedIndex];
        }

        int originEnd(int foldedEnd) {
            return foldedEnd >= origins.length ? originalLength : origins[foldedEnd];
        }
    }

    public static Folded fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> origins = new ArrayList<>(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            for (int k = 0; k < folded.length(); k++) {
                out.append(folded.charAt(k));
                origins.add(i);
            }
            i += Character.charCount(cp);
        }
        return new Folded(out.toString(), origins.stream().mapToInt(Integer::intValue).toArray(), text.length());
    }
}

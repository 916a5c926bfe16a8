package be.toppsy.desk.reports.pdf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A piece of text that no embedded font can print (a name in Arabic or Chinese script, say). It
 * is printed as "[?]" and reported to the user, never silently dropped.
 *
 * @param text the word it occurs in, as it was given
 * @param codePoints the characters that could not be printed
 */
public record Unprintable(String text, List<Integer> codePoints) {

    public Unprintable {
        codePoints = List.copyOf(codePoints);
    }

    /** Like "محمد (U+0645 U+062D U+062F)". */
    public String describe() {
        return text + " (" + codePoints.stream().map(cp -> String.format("U+%04X", cp))
                .collect(Collectors.joining(" ")) + ")";
    }
}

package be.toppsy.desk.content.pack;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A pack's version: one to three numbers separated by dots ({@code 1}, {@code 1.2}, {@code 1.2.0}),
 * compared number by number; missing numbers count as zero.
 */
public record PackVersion(int major, int minor, int patch) implements Comparable<PackVersion> {

    private static final Pattern FORMAT = Pattern.compile("\\d{1,6}(\\.\\d{1,6}){0,2}");

    public static Optional<PackVersion> parse(String text) {
        if (text == null || !FORMAT.matcher(text.trim()).matches()) {
            return Optional.empty();
        }
        int[] parts = Arrays.stream(text.trim().split("\\.")).mapToInt(Integer::parseInt).toArray();
        return Optional.of(new PackVersion(parts[0], parts.length > 1 ? parts[1] : 0, parts.length > 2 ? parts[2] : 0));
    }

    public boolean isNewerThan(PackVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(PackVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}

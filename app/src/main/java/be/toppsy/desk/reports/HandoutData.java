package be.toppsy.desk.reports;

import java.util.List;
import java.util.Objects;

/** A guide chapter or lesson to print as a handout: a title and simple blocks. */
public record HandoutData(String title, String subtitle, List<Part> parts, String source) {

    public HandoutData {
        Objects.requireNonNull(title);
        parts = List.copyOf(parts);
    }

    public sealed interface Part {
    }

    public record Heading(String text) implements Part {
    }

    public record Text(String text) implements Part {
    }

    /** Items with a bullet, or numbered 1., 2., ... */
    public record Bullets(List<String> items, boolean numbered) implements Part {
        public Bullets {
            items = List.copyOf(items);
        }

        public Bullets(List<String> items) {
            this(items, false);
        }
    }

    /** A highlighted note, such as "Let op" or "Tip". */
    public record Callout(String label, String text) implements Part {
    }
}

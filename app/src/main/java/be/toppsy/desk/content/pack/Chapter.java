package be.toppsy.desk.content.pack;

import be.toppsy.desk.common.SupportLevel;
import java.util.List;

/**
 * A guide chapter. {@code markdown} is the body after the front matter; {@code bodyLine} is the
 * line of the file on which the body starts, so that problems in it are reported on the right line.
 */
public record Chapter(String id, int number, String title, List<SupportLevel> levels, String summary, String markdown,
        SourceLocation location, int bodyLine) {

    public Chapter {
        levels = List.copyOf(levels);
    }
}

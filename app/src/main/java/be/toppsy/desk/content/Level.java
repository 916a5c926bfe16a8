package be.toppsy.desk.content;

import java.util.Arrays;
import java.util.Optional;

/** The three stepped-care support levels, as written in a pack ({@code basis}, {@code verhoogd}, {@code intensief}). */
public enum Level {
    BASIS("basis"),
    VERHOOGD("verhoogd"),
    INTENSIEF("intensief");

    private final String code;

    Level(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Level> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /** Message key of the level's name, e.g. {@code content.level.basis}. */
    public String messageKey() {
        return "content.level." + code;
    }

    /** The shared style class for this level's colour (see app.css). */
    public String styleClass() {
        return switch (this) {
            case BASIS -> "level-basic";
            case VERHOOGD -> "level-heightened";
            case INTENSIEF -> "level-intensive";
        };
    }
}

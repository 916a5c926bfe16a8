package be.toppsy.desk.content.render;

import be.toppsy.desk.ui.Destination;
import java.util.Locale;
import java.util.Optional;

/**
 * A link in a chapter or lesson: {@code guide:g2}, {@code lesson:m1-l2}, {@code module:m1},
 * {@code quiz:m1}, {@code scenario:m2-s1}, {@code glossary:tolk}, {@code level:verhoogd}, or an
 * outside web page.
 */
public record ContentLink(Kind kind, String target) {

    public enum Kind {
        GUIDE, LESSON, MODULE, QUIZ, SCENARIO, GLOSSARY, LEVEL, EXTERNAL, UNKNOWN
    }

    public static ContentLink parse(String destination) {
        String d = destination == null ? "" : destination.trim();
        int colon = d.indexOf(':');
        if (colon <= 0) {
            return new ContentLink(Kind.UNKNOWN, d);
        }
        String scheme = d.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = d.substring(colon + 1);
        return switch (scheme) {
            case "guide" -> new ContentLink(Kind.GUIDE, rest);
            case "lesson" -> new ContentLink(Kind.LESSON, rest);
            case "module" -> new ContentLink(Kind.MODULE, rest);
            case "quiz" -> new ContentLink(Kind.QUIZ, rest);
            case "scenario" -> new ContentLink(Kind.SCENARIO, rest);
            case "glossary" -> new ContentLink(Kind.GLOSSARY, rest);
            case "level" -> new ContentLink(Kind.LEVEL, rest);
            case "http", "https", "mailto" -> new ContentLink(Kind.EXTERNAL, d);
            default -> new ContentLink(Kind.UNKNOWN, d);
        };
    }

    /** Where the main window goes for this link; empty for level popups, outside pages and unknown links. */
    public Optional<Destination> destination() {
        return Optional.ofNullable(switch (kind) {
            case GUIDE -> new Destination.GuideChapter(target);
            case LESSON -> new Destination.Lesson(target);
            case MODULE -> new Destination.Module(target);
            case QUIZ -> new Destination.Quiz(target);
            case SCENARIO -> new Destination.Scenario(target);
            case GLOSSARY -> new Destination.GlossaryTerm(target);
            case LEVEL, EXTERNAL, UNKNOWN -> null;
        });
    }
}

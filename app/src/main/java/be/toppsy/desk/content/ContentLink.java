package be.toppsy.desk.content;

import java.util.Locale;

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

    /** The area and target the main window opens for this link, or null for popups and outside pages. */
    public String[] areaAndTarget() {
        return switch (kind) {
            case GUIDE -> new String[] {ContentAreas.GUIDE, target};
            case LESSON -> new String[] {ContentAreas.LEARNING, "lesson:" + target};
            case MODULE -> new String[] {ContentAreas.LEARNING, "module:" + target};
            case QUIZ -> new String[] {ContentAreas.LEARNING, "quiz:" + target};
            case SCENARIO -> new String[] {ContentAreas.LEARNING, "scenario:" + target};
            default -> null;
        };
    }
}

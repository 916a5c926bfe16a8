package be.toppsy.desk.content;

/** The ids of the areas that show content, so that links and search hits can open them. */
public final class ContentAreas {

    /** The guide reader; targets: a chapter id ({@code g2}), {@code glossary:tolk}, {@code glossary}. */
    public static final String GUIDE = "guide";
    /** Modules and lessons; targets: {@code module:m1}, {@code lesson:m1-l2}, {@code quiz:m1}, {@code scenario:m1-s1}. */
    public static final String LEARNING = "learning";
    /** The team overview of learning progress. */
    public static final String LEARNING_TEAM = "learning-team";
    /** The active content pack and import. */
    public static final String PACKS = "content-packs";

    private ContentAreas() {
    }
}

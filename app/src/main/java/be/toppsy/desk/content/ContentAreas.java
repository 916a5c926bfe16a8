package be.toppsy.desk.content;

import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.content.pack.Quiz;
import be.toppsy.desk.content.pack.Scenario;
import be.toppsy.desk.ui.Destination;

/** The ids of the areas that show content, so that links and search hits can open them. */
public final class ContentAreas {

    /** The guide reader; shows {@code Destination.GuideChapter} and {@code Destination.GlossaryTerm}. */
    public static final String GUIDE = Destination.GUIDE;
    /** Modules and lessons; shows {@code Destination.Module}, {@code Lesson}, {@code Quiz} and {@code Scenario}. */
    public static final String LEARNING = Destination.LEARNING;
    /** The team overview of learning progress. */
    public static final String LEARNING_TEAM = "learning-team";
    /** The active content pack and import. */
    public static final String PACKS = "content-packs";

    private ContentAreas() {
    }
}

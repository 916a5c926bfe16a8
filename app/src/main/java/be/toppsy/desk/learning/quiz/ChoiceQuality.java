package be.toppsy.desk.learning.quiz;

import be.toppsy.desk.content.pack.Scenario;
import java.util.Locale;

/** How a scenario choice's quality shows, the same on the scenario page and in trainer mode. */
public final class ChoiceQuality {

    private ChoiceQuality() {
    }

    /** The message key of the quality's name ("goede keuze"...). */
    public static String messageKey(Scenario.Quality quality) {
        return "learning.scenario.quality." + quality.name().toLowerCase(Locale.ROOT);
    }

    /** The style class that colours it. */
    public static String styleClass(Scenario.Quality quality) {
        return "quality-" + quality.name().toLowerCase(Locale.ROOT);
    }
}

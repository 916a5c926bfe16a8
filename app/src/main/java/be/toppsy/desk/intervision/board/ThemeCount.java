package be.toppsy.desk.intervision.board;

import be.toppsy.desk.common.SupportLevel;
import java.time.LocalDate;
import java.util.Map;

/**
 * How often a theme (tag) came up in cases.
 *
 * @param recentCases cases brought in during the last 90 days
 * @param byLevel     cases per support level (cases without a level are left out)
 */
public record ThemeCount(String tag, int cases, int recentCases, int discussedCases, LocalDate lastSeen,
        Map<SupportLevel, Integer> byLevel) {

    public ThemeCount {
        byLevel = Map.copyOf(byLevel);
    }
}

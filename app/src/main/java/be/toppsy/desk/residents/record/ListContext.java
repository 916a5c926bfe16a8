package be.toppsy.desk.residents.record;

import java.util.List;
import java.util.Map;

/**
 * What every page of the residents list needs and what rarely changes, read once when the list
 * opens rather than on every keystroke: the "no recent observation" threshold, the names of
 * colleagues (shown as key workers) and the units for the filter.
 */
public record ListContext(int quietDays, Map<Long, String> userNames, List<String> units) {

    public ListContext {
        userNames = Map.copyOf(userNames);
        units = List.copyOf(units);
    }
}

package be.toppsy.desk.residents.record;

import be.toppsy.desk.common.SupportLevel;
/**
 * Filters of the residents list; null means "any". {@code reviewOverdue} and {@code quiet} are
 * judged against today and the settings. Pages count from 0.
 */
public record ResidentFilter(
        String query,
        SupportLevel level,
        Long keyWorkerId,
        String unit,
        ResidentState state,
        boolean teamDiscussion,
        boolean medicalFlag,
        boolean reviewOverdue,
        boolean quiet,
        int page,
        int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;

    public static ResidentFilter present() {
        return new ResidentFilter(null, null, null, null, ResidentState.PRESENT, false, false, false, false, 0,
                DEFAULT_PAGE_SIZE);
    }

    public ResidentFilter withPage(int newPage) {
        return new ResidentFilter(query, level, keyWorkerId, unit, state, teamDiscussion, medicalFlag, reviewOverdue,
                quiet, newPage, pageSize);
    }

    public ResidentFilter withQuery(String newQuery) {
        return new ResidentFilter(newQuery, level, keyWorkerId, unit, state, teamDiscussion, medicalFlag,
                reviewOverdue, quiet, page, pageSize);
    }
}

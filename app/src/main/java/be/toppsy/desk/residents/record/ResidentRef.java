package be.toppsy.desk.residents.record;

import be.toppsy.desk.common.SupportLevel;
/**
 * For other features: a resident the current user may see, by pseudonymous code and support level
 * (no name). Returned by {@link ResidentService#searchVisible(String, int)}.
 */
public record ResidentRef(long id, String code, SupportLevel level) {
}

package be.toppsy.desk.residents;

/**
 * For other features: a resident the current user may see, by pseudonymous code and support level
 * (no name). Returned by {@link ResidentService#searchVisible(String, int)}.
 */
public record ResidentRef(long id, String code, SupportLevel level) {
}

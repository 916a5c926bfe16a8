package be.toppsy.desk.ui;

/**
 * One result of the quick search (Ctrl+K).
 *
 * @param category shown as a small label, e.g. "Gids" or "Bewoner"
 * @param title    main line; may hold the matched words
 * @param detail   second line, e.g. a snippet around the match
 * @param areaId   the area to open
 * @param target   passed to the area's {@link Navigable} view
 */
public record SearchHit(String category, String title, String detail, String areaId, String target) {
}

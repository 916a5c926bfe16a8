package be.toppsy.desk.ui;

/**
 * One result of the quick search (Ctrl+K).
 *
 * @param category shown as a small label, e.g. "Gids" or "Bewoner"
 * @param title    main line; may hold the matched words
 * @param detail   second line, e.g. a snippet around the match
 * @param destination what opens when the hit is chosen
 */
public record SearchHit(String category, String title, String detail, Destination destination) {
}

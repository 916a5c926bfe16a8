package be.toppsy.desk.intervision.board;

/** A guide chapter or lesson attached to a case. kind is "chapter" or "lesson". */
public record AttachedContent(String kind, String contentId, String title) {
}

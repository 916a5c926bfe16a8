package be.toppsy.desk.content.pack;

/** A source the pack's texts draw on, listed in the manifest. */
public record SourceReference(String id, String title, String organisation, String year) {
}

package be.toppsy.desk.content.render;

/** A number to call in a crisis, as shown under a {@code > [!crisis]} block. */
public record CrisisContact(String number, String name, String note) {
}

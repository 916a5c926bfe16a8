package be.toppsy.desk.intervision;

/** A staff member as intervision shows them: id and display name. */
public record Person(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}

package be.toppsy.desk.ui;

/** Moves the main window to an area, and optionally to an item inside it. */
public interface Navigator {

    /** Opens an area at its start, e.g. {@code "today"}. */
    void open(String areaId);

    /** Opens the destination's area and shows the destination there. */
    void open(Destination destination);
}

package be.toppsy.desk.ui;

/** Moves the main window to an area, and optionally to an item inside it. */
public interface Navigator {

    void open(String areaId);

    void open(String areaId, String target);
}

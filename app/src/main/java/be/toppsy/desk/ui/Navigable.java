package be.toppsy.desk.ui;

/** A view that can show a particular item, e.g. a resident by id or a guide chapter. */
public interface Navigable {

    /** @param target what to show, in the area's own terms (an id, or "type:id") */
    void navigateTo(String target);
}

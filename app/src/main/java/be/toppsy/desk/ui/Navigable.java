package be.toppsy.desk.ui;

/** A view that can show a particular item, e.g. a resident or a guide chapter. */
public interface Navigable {

    /** Shows the destination if this area owns its kind; ignores any other. */
    void navigateTo(Destination destination);
}

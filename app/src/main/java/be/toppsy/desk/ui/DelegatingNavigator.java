package be.toppsy.desk.ui;

/**
 * The navigator features receive when they are wired, before any main window exists. The shell
 * points it at the main window of the logged-in user; with no window open, navigation does nothing.
 */
public final class DelegatingNavigator implements Navigator {

    private volatile Navigator target;

    public void setTarget(Navigator target) {
        this.target = target;
    }

    @Override
    public void open(String areaId) {
        Navigator current = target;
        if (current != null) {
            current.open(areaId);
        }
    }

    @Override
    public void open(Destination destination) {
        Navigator current = target;
        if (current != null) {
            current.open(destination);
        }
    }
}

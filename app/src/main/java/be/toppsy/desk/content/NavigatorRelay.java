package be.toppsy.desk.content;

import be.toppsy.desk.ui.Navigator;
import java.util.function.Supplier;

/**
 * A {@link Navigator} for features that are built before the main window exists: it passes each
 * request to the window {@link #connect connected} later (App connects the shell's main window).
 * Requests before that are ignored. Generic; could move to {@code ui/}.
 */
public final class NavigatorRelay implements Navigator {

    private volatile Supplier<? extends Navigator> target = () -> null;

    public void connect(Supplier<? extends Navigator> window) {
        this.target = window;
    }

    @Override
    public void open(String areaId) {
        Navigator navigator = target.get();
        if (navigator != null) {
            navigator.open(areaId);
        }
    }

    @Override
    public void open(String areaId, String target) {
        Navigator navigator = this.target.get();
        if (navigator != null) {
            navigator.open(areaId, target);
        }
    }
}

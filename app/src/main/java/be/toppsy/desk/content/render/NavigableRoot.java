package be.toppsy.desk.content.render;

import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.Navigable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The root node of a screen that can be sent to a target: the main window looks for
 * {@link Navigable} on the node an area returns. Also says when the screen is shown again
 * (so it can refresh) and when it is taken away.
 */
public final class NavigableRoot extends StackPane implements Navigable {

    private final Consumer<Destination> navigation;

    public NavigableRoot(Node content, Consumer<Destination> navigation, Runnable onShown, Runnable onHidden) {
        super(content);
        this.navigation = navigation;
        parentProperty().addListener((obs, o, parent) -> {
            if (parent != null) {
                onShown.run();
            } else {
                onHidden.run();
            }
        });
    }

    @Override
    public void navigateTo(Destination destination) {
        navigation.accept(destination);
    }
}

package be.toppsy.desk.ui;

import be.toppsy.desk.security.Permission;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * One place in the main window's navigation. The view is built the first time the area is
 * opened in a session; if it implements {@link Navigable} it can be sent to a target inside it.
 *
 * @param section   the navigation group: "work", "learning" or "admin"
 * @param titleKey  message key of the navigation label
 * @param icon      Ikonli code, e.g. {@code mdi2h-home}
 * @param permission needed to see the area, or null for every logged-in user
 */
public record Area(String id, String section, String titleKey, String icon, Permission permission,
        Supplier<Node> view) {

    public static final String SECTION_WORK = "work";
    public static final String SECTION_LEARNING = "learning";
    public static final String SECTION_ADMIN = "admin";
}

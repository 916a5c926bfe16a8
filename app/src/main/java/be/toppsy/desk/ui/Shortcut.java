package be.toppsy.desk.ui;

import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import java.util.function.Consumer;
import be.toppsy.desk.security.Permission;

/** A keyboard shortcut that works anywhere in the main window, e.g. quick entry of an observation. */
public record Shortcut(KeyCombination keys, String descriptionKey, Permission permission, Consumer<Window> action) {
}

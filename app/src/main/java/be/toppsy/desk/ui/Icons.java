package be.toppsy.desk.ui;

import org.kordamp.ikonli.javafx.FontIcon;

/** Material Design icons by their Ikonli code, e.g. {@code mdi2h-home}. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(String code) {
        FontIcon icon;
        try {
            icon = new FontIcon(code);
        } catch (IllegalArgumentException e) {
            // An unknown code must not break a screen; IconsTest catches it in the build.
            icon = new FontIcon("mdi2h-help-circle-outline");
        }
        icon.getStyleClass().add("icon");
        return icon;
    }

    public static FontIcon of(String code, int size) {
        FontIcon icon = of(code);
        icon.setIconSize(size);
        return icon;
    }
}

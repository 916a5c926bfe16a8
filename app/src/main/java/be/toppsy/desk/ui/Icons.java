package be.toppsy.desk.ui;

import org.kordamp.ikonli.javafx.FontIcon;

/** Material Design icons by their Ikonli code, e.g. {@code mdi2h-home}. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(String code) {
        FontIcon icon = new FontIcon(code);
        icon.getStyleClass().add("icon");
        return icon;
    }

    public static FontIcon of(String code, int size) {
        FontIcon icon = of(code);
        icon.setIconSize(size);
        return icon;
    }
}

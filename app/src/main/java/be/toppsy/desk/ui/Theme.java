package be.toppsy.desk.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The application's look: the AtlantaFX theme and its own stylesheet, for every window it opens. */
public final class Theme {

    private static final String STYLESHEET = "/be/toppsy/desk/shell/app.css";

    private Theme() {
    }

    public static void apply(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Theme.class.getResource(STYLESHEET).toExternalForm());
    }
}

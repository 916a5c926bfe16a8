package be.toppsy.desk.testing;

import be.toppsy.desk.App;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts a view on the TestFX stage with the application's theme and stylesheet. */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    public static Scene show(Stage stage, Parent root) {
        Scene scene = new Scene(root, 1200, 800);
        App.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}

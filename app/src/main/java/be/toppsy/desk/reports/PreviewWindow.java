package be.toppsy.desk.reports;

import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Forms;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The preview window: the rendered pages, the options (names, password) and Save. */
final class PreviewWindow {

    private final PreviewViewModel model;
    private final Messages messages;
    private final VBox pageBox = new VBox(16);

    PreviewWindow(PreviewViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** The window's content, also used on its own in UI tests. */
    BorderPane build() {
        Label status = new Label();
        status.setId("reportsPreviewStatus");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("reports-status");

        CheckBox names = new CheckBox(messages.get("reports.preview.names"));
        names.setId("reportsPreviewNames");
        names.selectedProperty().bindBidirectional(model.includeNamesProperty());
        names.disableProperty().bind(model.busyProperty());
        boolean namesAllowed = model.namesAllowed();
        names.setVisible(namesAllowed);
        names.setManaged(namesAllowed);

        PasswordField password = new PasswordField();
        password.setId("reportsPreviewPassword");
        password.setPrefColumnCount(14);
        password.textProperty().bindBidirectional(model.passwordProperty());
        VBox passwordField = Forms.field(messages.get("reports.preview.password"), password,
                model.errors().of("password"));
        Label passwordHint = Forms.hint(messages.get("reports.preview.passwordHint"));
        passwordHint.setWrapText(true);
        passwordHint.setMaxWidth(320);

        Button save = new Button(messages.get("reports.preview.save"));
        save.setId("reportsPreviewSave");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty().or(model.documentProperty().isNull()));
        save.setOnAction(e -> model.save());
        Button close = new Button(messages.get("reports.preview.close"));
        close.setId("reportsPreviewClose");
        close.setCancelButton(true);
        close.setOnAction(e -> ((Stage) close.getScene().getWindow()).close());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox namesBox = new VBox(4, names, Forms.hint(messages.get("reports.preview.namesHint")));
        namesBox.setVisible(namesAllowed);
        namesBox.setManaged(namesAllowed);
        HBox options = new HBox(24, namesBox, new VBox(4, passwordField, passwordHint), grow, new HBox(8, close, save));
        options.setAlignment(Pos.TOP_LEFT);

        Label warning = new Label();
        warning.setId("reportsPreviewUnprintable");
        warning.getStyleClass().add("reports-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(model.unprintableProperty());
        warning.visibleProperty().bind(model.unprintableProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        VBox top = new VBox(10, Forms.title(model.title()), status, options, warning);
        top.getStyleClass().add("reports-toolbar");
        top.setPadding(new Insets(16));

        pageBox.setAlignment(Pos.TOP_CENTER);
        pageBox.setPadding(new Insets(20));
        pageBox.getStyleClass().add("reports-pages");
        ScrollPane scroll = new ScrollPane(pageBox);
        scroll.setFitToWidth(true);
        scroll.setId("reportsPreviewPages");
        ProgressIndicator progress = new ProgressIndicator();
        progress.visibleProperty().bind(model.busyProperty());
        progress.setMaxSize(64, 64);
        StackPane center = new StackPane(scroll, progress);

        model.pagesProperty().addListener((obs, old, now) -> showPages(now));
        BorderPane root = new BorderPane(center);
        root.setTop(top);
        root.getStyleClass().add("reports-preview");
        return root;
    }

    private void showPages(List<BufferedImage> images) {
        pageBox.getChildren().clear();
        for (BufferedImage image : images) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
            view.setPreserveRatio(true);
            StackPane sheet = new StackPane(view);
            sheet.getStyleClass().add("reports-page");
            sheet.setMaxWidth(Region.USE_PREF_SIZE);
            pageBox.getChildren().add(sheet);
        }
    }

    void show(Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.title());
        Scene scene = new Scene(build(), 940, 780);
        if (owner != null && owner.getScene() != null) {
            // The theme is application-wide; the application's own stylesheet comes from the owner.
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        model.load();
    }
}

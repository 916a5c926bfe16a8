package be.toppsy.desk.learning.team;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.content.pack.Lesson;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.learning.LearningPrints;
import be.toppsy.desk.learning.LearningView;
import be.toppsy.desk.learning.LessonProgress;
import be.toppsy.desk.learning.LessonState;
import be.toppsy.desk.learning.ModuleStatus;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Icons;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The team's learning progress, with the training hours export. */
public final class TeamOverviewView {

    private final TeamOverviewViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final TableView<PersonProgress> table = new TableView<>();
    private final VBox detail = new VBox(8);
    private LearningPrints prints;

    public TeamOverviewView(TeamOverviewViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** Adds the PDF buttons: the team's overview, a person's overview, certificates of completed modules. */
    public TeamOverviewView withPrints(LearningPrints prints) {
        this.prints = prints;
        return this;
    }

    public Parent build() {
        table.setId("team-table");
        table.setItems(model.people());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("learning.team.empty")));
        table.setPrefHeight(360);
        model.packProperty().addListener((obs, o, p) -> columns());
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, p) -> model.selectedProperty().set(p));
        model.selectedProperty().addListener((obs, o, p) -> fillDetail(p));

        Button export = new Button(messages.get("learning.team.export"), Icons.of("mdi2f-file-delimited-outline", 16));
        export.setId("team-export");
        export.disableProperty().bind(model.busyProperty());
        export.setOnAction(e -> model.export(dialogs.chooseSaveFile(messages.get("learning.team.export"),
                messages.get("learning.team.exportFile"), messages.get("learning.team.csvFiles"), List.of("*.csv"))));
        Button refresh = new Button(messages.get("learning.team.refresh"), Icons.of("mdi2r-refresh", 16));
        refresh.setOnAction(e -> model.load());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("team-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox actions = new HBox(10, export);
        if (prints != null) {
            Button pdf = prints.button("team-pdf", "learning.pdf.team", () -> { });
            pdf.setOnAction(e -> prints.teamOverview(pdf, null));
            actions.getChildren().add(pdf);
        }
        actions.getChildren().addAll(refresh, busy, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label(messages.get("learning.team.title"));
        title.getStyleClass().add("page-title");
        detail.getStyleClass().addAll("card", "team-detail");
        detail.setId("team-detail");
        detail.setMaxWidth(Double.MAX_VALUE);
        fillDetail(null);
        VBox page = new VBox(14, title, LearningView.hint(messages.get("learning.team.intro")), actions, table, detail);
        page.getStyleClass().add("page");
        VBox.setVgrow(table, Priority.ALWAYS);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        model.load();
        return scroll;
    }

    private void columns() {
        table.getColumns().clear();
        TableColumn<PersonProgress, String> name = new TableColumn<>(messages.get("learning.team.col.name"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().displayName()));
        name.setPrefWidth(180);
        name.setMinWidth(150);
        name.setMaxWidth(260);
        table.getColumns().add(name);
        List<CourseModule> modules = model.modules();
        for (int i = 0; i < modules.size(); i++) {
            int index = i;
            TableColumn<PersonProgress, PersonProgress> column = new TableColumn<>(modules.get(i).title());
            column.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(PersonProgress p, boolean empty) {
                    super.updateItem(p, empty);
                    getStyleClass().removeAll("team-cell-done", "team-cell-busy", "team-cell-none");
                    if (empty || p == null) {
                        setText(null);
                        return;
                    }
                    setText(model.cell(p, index));
                    ModuleStatus s = p.modules().get(index);
                    getStyleClass().add(s.completed() ? "team-cell-done" : s.started() ? "team-cell-busy"
                            : "team-cell-none");
                }
            });
            column.setPrefWidth(200);
            column.setMinWidth(170);
            table.getColumns().add(column);
        }
        TableColumn<PersonProgress, String> hours = new TableColumn<>(messages.get("learning.team.col.time"));
        hours.setCellValueFactory(c -> new SimpleStringProperty(model.hours(c.getValue().totalSeconds())));
        hours.setMinWidth(90);
        TableColumn<PersonProgress, String> last = new TableColumn<>(messages.get("learning.team.col.last"));
        last.setMinWidth(110);
        last.setCellValueFactory(c -> new SimpleStringProperty(Formats.date(c.getValue().lastActivity())));
        table.getColumns().addAll(List.of(hours, last));
    }

    private void fillDetail(PersonProgress person) {
        detail.getChildren().clear();
        ContentPack pack = model.packProperty().get();
        if (person == null || pack == null) {
            detail.getChildren().add(LearningView.hint(messages.get("learning.team.choose")));
            return;
        }
        Label name = new Label(messages.get("learning.team.detail", person.displayName(), person.username()));
        name.getStyleClass().add("card-title");
        detail.getChildren().add(name);
        if (prints != null) {
            Button pdf = prints.button("team-person-pdf", "learning.pdf.person", () -> { });
            pdf.setOnAction(e -> prints.teamOverview(pdf, person.userId()));
            detail.getChildren().add(pdf);
        }
        for (int i = 0; i < pack.modules().size(); i++) {
            CourseModule module = pack.modules().get(i);
            Label heading = new Label(messages.get("learning.module.short", module.number(), module.title()) + " · "
                    + model.cell(person, i));
            heading.getStyleClass().add("section-title");
            if (prints != null && i < person.modules().size() && person.modules().get(i).completed()) {
                Button certificate = prints.button("team-certificate-" + module.id(), "learning.pdf.certificate",
                        () -> { });
                certificate.setOnAction(e -> prints.certificateFor(certificate, person.userId(), module.id()));
                HBox headingRow = new HBox(10, heading, certificate);
                headingRow.setAlignment(Pos.CENTER_LEFT);
                detail.getChildren().add(headingRow);
            } else {
                detail.getChildren().add(heading);
            }
            for (Lesson lesson : module.lessons()) {
                LessonState state = person.raw().state(lesson.id());
                Node icon = Icons.of(switch (state) {
                    case COMPLETED -> "mdi2c-check-circle";
                    case STARTED -> "mdi2p-progress-clock";
                    case NOT_STARTED -> "mdi2c-circle-outline";
                }, 16);
                LessonProgress lp = person.raw().lessons().get(lesson.id());
                String when = lp == null ? "" : lp.completed() ? Formats.date(lp.completedAt())
                        : Formats.date(lp.lastOpenedAt());
                Label text = new Label(lesson.title());
                text.setWrapText(true);
                HBox.setHgrow(text, Priority.ALWAYS);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Label date = new Label(when);
                date.getStyleClass().add("hint");
                HBox row = new HBox(8, icon, text, spacer, date);
                row.setAlignment(Pos.CENTER_LEFT);
                detail.getChildren().add(row);
            }
        }
    }
}

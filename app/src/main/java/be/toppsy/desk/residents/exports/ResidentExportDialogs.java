package be.toppsy.desk.residents.exports;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.MeetingPackBuilder;
import be.toppsy.desk.reports.MeetingPackData;
import be.toppsy.desk.reports.ReportsFeature;
import be.toppsy.desk.reports.ResidentSummaryBuilder;
import be.toppsy.desk.reports.ResidentSummaryData;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The small dialogs before a document: the team meeting pack (period, sections, attendees) and the
 * resident summary (purpose, sections). Both open the reports' preview, which offers names (only
 * with RESIDENT_NAMES_IN_EXPORTS), a password and saving through the ExportService.
 */
public final class ResidentExportDialogs {

    private final ResidentService service;
    private final ResidentExports exports;
    private final ReportsFeature reports;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;

    public ResidentExportDialogs(ResidentService service, ResidentExports exports, ReportsFeature reports,
            TaskRunner tasks, Messages messages, DialogService dialogs) {
        this.service = service;
        this.exports = exports;
        this.reports = reports;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public ResidentExports exports() {
        return exports;
    }

    public boolean mayExportMeetingPack() {
        return service.has(Permission.REPORT_TEAM_MEETING) && service.has(Permission.RESIDENT_VIEW);
    }

    /** The team meeting dialog: meeting date, period, team, sections and attendees. */
    public Stage meetingPack(Window owner) {
        LocalDate today = service.today();
        TextField date = dateField("export-meeting-date", today);
        TextField from = dateField("export-meeting-from", today.minusDays(14));
        TextField to = dateField("export-meeting-to", today);
        TextField team = new TextField(messages.get("residents.export.teamDefault"));
        team.setId("export-meeting-team");
        StringProperty dateError = new SimpleStringProperty("");
        StringProperty periodError = new SimpleStringProperty("");
        List<CheckBox> sections = new ArrayList<>();
        FlowPane sectionBox = new FlowPane(12, 8);
        for (MeetingPackData.Section s : MeetingPackData.Section.values()) {
            CheckBox box = new CheckBox(messages.get("residents.export.section." + s.name()));
            box.setId("export-section-" + s.name());
            box.setUserData(s);
            box.setSelected(true);
            sections.add(box);
            sectionBox.getChildren().add(box);
        }
        List<CheckBox> attendees = new ArrayList<>();
        FlowPane attendeeBox = new FlowPane(12, 8);
        attendeeBox.setId("export-meeting-attendees");
        // The colleagues come from the database: read in the background, ticked boxes appear when they arrive.
        tasks.run(() -> service.records().colleagues(), colleagues -> {
            for (User u : colleagues) {
                if (u.displayName() == null || u.displayName().isBlank()) {
                    continue;
                }
                CheckBox box = new CheckBox(u.displayName());
                box.setUserData(u.displayName());
                attendees.add(box);
                attendeeBox.getChildren().add(box);
            }
        });
        HBox period = new HBox(12, Forms.field(messages.get("residents.export.from"), from, periodError),
                Forms.field(messages.get("residents.export.to"), to, new SimpleStringProperty("")));
        Stage stage = stage(owner, "residents.export.meetingTitle");
        Button preview = new Button(messages.get("residents.export.preview"));
        preview.setId("export-meeting-preview");
        preview.getStyleClass().add("accent");
        preview.setDefaultButton(true);
        preview.setOnAction(e -> {
            Optional<LocalDate> d = Formats.parseDate(date.getText());
            Optional<LocalDate> f = Formats.parseDate(from.getText());
            Optional<LocalDate> t = Formats.parseDate(to.getText());
            dateError.set(d.isPresent() ? "" : messages.get("residents.export.badDate"));
            periodError.set(f.isEmpty() || t.isEmpty() ? messages.get("residents.export.badDate")
                    : f.get().isAfter(t.get()) ? messages.get("residents.export.badPeriod") : "");
            if (!dateError.get().isEmpty() || !periodError.get().isEmpty()) {
                return;
            }
            Set<MeetingPackData.Section> chosen = EnumSet.noneOf(MeetingPackData.Section.class);
            sections.stream().filter(CheckBox::isSelected)
                    .forEach(b -> chosen.add((MeetingPackData.Section) b.getUserData()));
            List<String> people = attendees.stream().filter(CheckBox::isSelected)
                    .map(b -> (String) b.getUserData()).toList();
            String teamName = team.getText() == null ? "" : team.getText().strip();
            preview.setDisable(true);
            tasks.run(() -> exports.meetingPack(d.get(), teamName, f.get(), t.get(), people, chosen), data -> {
                preview.setDisable(false);
                stage.close();
                reports.preview(owner, new MeetingPackBuilder(), data);
            }, error -> {
                preview.setDisable(false);
                dialogs.showException(messages.get("residents.export.meetingTitle"),
                        messages.get("residents.export.failed"), error);
            });
        });
        VBox form = new VBox(12, Forms.title(messages.get("residents.export.meetingTitle")),
                Forms.hint(messages.get("residents.export.meetingHint")),
                Forms.field(messages.get("residents.export.meetingDate"), date, dateError), period,
                Forms.field(messages.get("residents.export.team"), team, new SimpleStringProperty("")),
                new Label(messages.get("residents.export.sections")), sectionBox,
                new Label(messages.get("residents.export.attendees")), attendeeBox);
        return show(stage, owner, form, preview, 640, 620);
    }

    /** The resident summary dialog: purpose and sections. */
    public Stage summary(Window owner, long residentId) {
        TextField purpose = new TextField(messages.get("residents.export.purposeDefault"));
        purpose.setId("export-summary-purpose");
        List<CheckBox> sections = new ArrayList<>();
        FlowPane sectionBox = new FlowPane(12, 8);
        for (ResidentSummaryData.Section s : ResidentSummaryData.Section.values()) {
            CheckBox box = new CheckBox(messages.get("residents.export.summarySection." + s.name()));
            box.setId("export-summary-section-" + s.name());
            box.setUserData(s);
            box.setSelected(true);
            sections.add(box);
            sectionBox.getChildren().add(box);
        }
        Stage stage = stage(owner, "residents.export.summaryTitle");
        Button preview = new Button(messages.get("residents.export.preview"));
        preview.setId("export-summary-preview");
        preview.getStyleClass().add("accent");
        preview.setDefaultButton(true);
        preview.setOnAction(e -> {
            Set<ResidentSummaryData.Section> chosen = EnumSet.noneOf(ResidentSummaryData.Section.class);
            sections.stream().filter(CheckBox::isSelected)
                    .forEach(b -> chosen.add((ResidentSummaryData.Section) b.getUserData()));
            String text = purpose.getText() == null ? "" : purpose.getText().strip();
            preview.setDisable(true);
            tasks.run(() -> exports.summary(residentId, text, chosen), data -> {
                preview.setDisable(false);
                stage.close();
                reports.preview(owner, new ResidentSummaryBuilder(), data);
            }, error -> {
                preview.setDisable(false);
                dialogs.showException(messages.get("residents.export.summaryTitle"),
                        messages.get("residents.export.failed"), error);
            });
        });
        VBox form = new VBox(12, Forms.title(messages.get("residents.export.summaryTitle")),
                Forms.hint(messages.get("residents.export.summaryHint")),
                Forms.field(messages.get("residents.export.purpose"), purpose, new SimpleStringProperty("")),
                new Label(messages.get("residents.export.sections")), sectionBox);
        return show(stage, owner, form, preview, 560, 380);
    }

    private TextField dateField(String id, LocalDate value) {
        TextField field = new TextField(Formats.date(value));
        field.setId(id);
        field.setPromptText("dd/mm/jjjj");
        field.setPrefColumnCount(10);
        return field;
    }

    private Stage stage(Window owner, String titleKey) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(messages.get(titleKey));
        return stage;
    }

    private Stage show(Stage stage, Window owner, VBox form, Button preview, double width, double height) {
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, cancel, preview);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        form.getChildren().add(buttons);
        form.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        Parent root = scroll;
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}

package be.toppsy.desk.residents;

import be.toppsy.desk.residents.exports.ResidentExportDialogs;
import be.toppsy.desk.residents.exports.ResidentExports;
import be.toppsy.desk.residents.observations.QuickObservationView;
import be.toppsy.desk.residents.observations.QuickObservationViewModel;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.reviews.ReviewSettingsView;
import be.toppsy.desk.residents.reviews.ReviewSettingsViewModel;
import be.toppsy.desk.residents.today.TodayView;
import be.toppsy.desk.residents.today.TodayViewModel;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.DemoData;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Feature;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Navigator;
import be.toppsy.desk.ui.SearchHit;
import be.toppsy.desk.ui.SearchProvider;
import be.toppsy.desk.ui.Shortcut;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The follow-up tracker: "Vandaag" (first area for staff with residents in their care), the
 * residents list and pages, quick observation entry (Ctrl+Shift+O from anywhere), the settings of
 * the review intervals, quick search by code or name, a Today card on the start page, demo data.
 */
public final class ResidentsFeature implements Feature {

    public static final KeyCombination QUICK_OBSERVATION = new KeyCodeCombination(KeyCode.O,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ResidentService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final Session session;

    public ResidentsFeature(ResidentService service, TaskRunner tasks, Messages messages, DialogService dialogs,
            Navigator navigator, Session session) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.session = session;
    }

    public ResidentService service() {
        return service;
    }

    private ResidentExportDialogs exportDialogs;

    /** Connects the PDF documents (team meeting pack, resident summary); without it their buttons are hidden. */
    public void connectExports(ResidentExportDialogs dialogs) {
        this.exportDialogs = dialogs;
    }

    /** What fills the documents, once connected (else empty). */
    public java.util.Optional<ResidentExports> exports() {
        return java.util.Optional.ofNullable(exportDialogs).map(ResidentExportDialogs::exports);
    }

    private Runnable meetingPackAction() {
        if (exportDialogs == null || !exportDialogs.mayExportMeetingPack()) {
            return null;
        }
        return () -> exportDialogs.meetingPack(Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(null));
    }

    private java.util.function.LongConsumer summaryAction() {
        if (exportDialogs == null) {
            return null;
        }
        return id -> exportDialogs.summary(Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(null), id);
    }

    @Override
    public List<Area> areas() {
        return List.of(
                new Area("residents", Area.SECTION_WORK, "nav.residents", "mdi2a-account-multiple-outline",
                        Permission.RESIDENT_LIST, () -> new ResidentsPage(service, tasks, messages, dialogs, navigator,
                                row -> quickObservation(null, row), this::openSettingsWindow)
                                .withExports(meetingPackAction(), summaryAction())),
                new Area("residentsettings", Area.SECTION_ADMIN, "nav.residentSettings", "mdi2c-calendar-clock",
                        Permission.SETTINGS_MANAGE, () -> new ReviewSettingsView(
                                new ReviewSettingsViewModel(service, tasks, messages), messages).build()));
    }

    /** The "Vandaag" area, registered before the start page so that it opens first for RESIDENT_VIEW users. */
    public Feature today() {
        return () -> List.of(new Area("today", Area.SECTION_WORK, "nav.today", "mdi2c-calendar-today",
                Permission.RESIDENT_VIEW, () -> new TodayView(new TodayViewModel(service, tasks, messages), messages,
                        navigator, () -> quickObservation(null, null)).withMeetingPack(meetingPackAction()).build()));
    }

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(new Shortcut(QUICK_OBSERVATION, "residents.shortcut.observation", Permission.OBSERVATION_ADD,
                window -> quickObservation(window, null)));
    }

    @Override
    public List<SearchProvider> searchProviders() {
        return List.of(this::search);
    }

    private List<SearchHit> search(String query, int limit) {
        return service.records().quickSearch(query, limit).stream().map(r -> new SearchHit(
                messages.get("residents.search.category"), r.name() == null ? r.code() : r.code() + " · " + r.name(),
                messages.get("residents.search.detail", messages.get(r.level().messageKey()),
                        r.unit() == null ? "–" : r.unit()), new Destination.Resident(r.id()))).toList();
    }

    /** Opens the quick observation dialog, optionally for a given resident. */
    public void quickObservation(Window owner, ResidentRow resident) {
        if (!session.has(Permission.OBSERVATION_ADD)) {
            return;
        }
        Window window = owner != null ? owner : Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(null);
        QuickObservationViewModel model = new QuickObservationViewModel(service, tasks, messages);
        if (resident != null) {
            model.preset(resident);
        }
        QuickObservationView.show(window, model, messages, navigator, null);
    }

    private void openSettingsWindow() {
        Stage stage = new Stage();
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(messages.get("residents.settings.title"));
        Scene scene = new Scene(new ReviewSettingsView(new ReviewSettingsViewModel(service, tasks, messages),
                messages).build(), 560, 520);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public List<Node> homeCards() {
        if (!session.isLoggedIn() || !session.has(Permission.OBSERVATION_ADD)) {
            return List.of();
        }
        Label title = new Label(messages.get(session.has(Permission.RESIDENT_VIEW) ? "residents.card.todayTitle"
                : "residents.card.noteTitle"), Icons.of("mdi2c-calendar-today", 18));
        title.getStyleClass().add("card-title");
        Label text = new Label(messages.get("residents.card.loading"));
        text.setWrapText(true);
        text.setId("home-today-text");
        Button note = new Button(messages.get("residents.quick.button"), Icons.of("mdi2n-note-plus-outline", 16));
        note.setOnAction(e -> quickObservation(null, null));
        VBox card = new VBox(10, title, text);
        card.setId("home-today-card");
        card.getStyleClass().addAll("card", "today-home-card");
        if (session.has(Permission.RESIDENT_VIEW)) {
            Button open = new Button(messages.get("residents.card.open"));
            open.setId("home-today-open");
            open.getStyleClass().add("accent");
            open.setOnAction(e -> navigator.open("today"));
            card.getChildren().add(new javafx.scene.layout.HBox(8, open, note));
            tasks.run(() -> service.today(false), t -> text.setText(messages.get("residents.card.today",
                    t.overdueActions().size(), t.reviewsOverdue().size(), t.newConcerns().size(),
                    t.waitingLong().size(), t.quiet().size())), e -> text.setText(messages.get("error.unexpected")));
        } else {
            card.getChildren().add(note);
            text.setText(messages.get("residents.card.note"));
        }
        card.getChildren().add(Forms.hint(messages.get("residents.card.shortcut")));
        return List.of(card);
    }

    @Override
    public void loadDemoData(DemoData demo) {
        service.records().loadDemo(demo);
    }
}

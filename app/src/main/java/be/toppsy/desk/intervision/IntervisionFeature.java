package be.toppsy.desk.intervision;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.board.ActionPoint;
import be.toppsy.desk.intervision.runner.FxTicker;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.security.Permission;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Team intervision: the case board, sessions, the runner, methods and recurring themes.
 * {@code App} builds it with the {@link IntervisionServices} on the two ports, and connects the
 * main window's {@link Navigator} (to open guide chapters, lessons and residents) once it exists.
 */
public final class IntervisionFeature implements Feature {

    public static final String AREA = "intervision";

    private static final Logger LOG = LoggerFactory.getLogger(IntervisionFeature.class);

    private final IntervisionServices services;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Clock clock;
    private Supplier<? extends Navigator> navigator = () -> null;

    public IntervisionFeature(IntervisionServices services, TaskRunner tasks, Messages messages, DialogService dialogs,
            Clock clock) {
        this.services = services;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    public IntervisionServices services() {
        return services;
    }

    /** The main window's navigator, when there is one (the shell makes a new window per login). */
    public void connectNavigator(Supplier<? extends Navigator> navigator) {
        this.navigator = navigator;
    }

    private java.util.function.LongConsumer report;

    /** Connects the session report (PDF): the consumer opens the preview for a session id. */
    public void connectReport(java.util.function.LongConsumer report) {
        this.report = report;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area(AREA, Area.SECTION_WORK, "iv.nav.area", "mdi2a-account-group-outline",
                Permission.INTERVISION_PARTICIPATE,
                () -> new IntervisionView(services, tasks, messages, dialogs, clock, () -> navigator.get(), FxTicker::new)
                        .withReport(report).build()));
    }

    @Override
    public List<SearchProvider> searchProviders() {
        return List.of((query, limit) -> services.cases().searchCases(query, limit).stream()
                .map(c -> new SearchHit(messages.get("iv.search.category"), c.title(),
                        messages.get("iv.search.detail", c.presenter().name(), messages.get(c.column().messageKey())),
                        new Destination.IntervisionCase(c.id())))
                .toList());
    }

    /** What the start page card shows, loaded once in the background. */
    record HomeSummary(Optional<IntervisionSession> next, List<ActionPoint> mine, LocalDate today, boolean manage) {

        boolean worthShowing() {
            return manage || !mine.isEmpty() || next.isPresent();
        }
    }

    HomeSummary homeSummary() {
        Optional<IntervisionSession> next = services.sessions().sessions().stream()
                .filter(s -> s.state() != SessionState.DONE).min(Comparator.comparing(IntervisionSession::heldOn));
        return new HomeSummary(next, services.cases().myOpenActionPoints(), services.access().today(),
                services.access().mayManage());
    }

    /**
     * The start page card: built at once (hidden), filled when the summary arrives from the
     * background; it stays hidden when there is nothing for this user.
     */
    @Override
    public List<Node> homeCards() {
        if (!services.access().participates()) {
            return List.of();
        }
        Label title = new Label(messages.get("iv.home.title"), Icons.of("mdi2a-account-group-outline", 18));
        title.getStyleClass().add("card-title");
        VBox card = new VBox(8, title);
        card.setId("iv-home-card");
        card.getStyleClass().add("card");
        card.setVisible(false);
        card.managedProperty().bind(card.visibleProperty());
        tasks.run(this::homeSummary, summary -> {
            if (summary.worthShowing()) {
                fill(card, summary);
                card.setVisible(true);
            }
        }, failure -> {
            // The start page opens anyway; the card says it could not be filled.
            LOG.warn("Intervision start card not loaded", failure);
            card.getChildren().add(Forms.hint(messages.get("iv.home.failed")));
            card.setVisible(true);
        });
        return List.of(card);
    }

    private void fill(VBox card, HomeSummary summary) {
        summary.next().ifPresentOrElse(
                s -> card.getChildren().add(Ui.wrapped(messages.get("iv.home.next", Formats.date(s.heldOn()), s.team(),
                        s.agenda().size()))),
                () -> card.getChildren().add(Forms.hint(messages.get("iv.home.noNext"))));
        List<ActionPoint> mine = summary.mine();
        if (!mine.isEmpty()) {
            card.getChildren().add(Ui.wrapped(messages.get("iv.home.mine", mine.size()), "field-label"));
            mine.stream().limit(3).forEach(p -> card.getChildren().add(Ui.wrapped(messages.get("iv.home.point",
                    p.title(), Formats.date(p.due())), p.overdue(summary.today()) ? "iv-overdue" : "hint")));
        }
        if (navigator.get() != null) {
            Button open = new Button(messages.get("iv.home.open"));
            open.setOnAction(e -> {
                Navigator nav = navigator.get();
                if (nav != null) {
                    nav.open(AREA);
                }
            });
            card.getChildren().add(open);
        }
    }

    @Override
    public void loadDemoData(DemoData demo) {
        services.loadDemo(new IntervisionDemo(demo));
    }
}

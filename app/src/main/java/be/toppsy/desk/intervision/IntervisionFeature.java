package be.toppsy.desk.intervision;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.DemoData;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Feature;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Navigator;
import be.toppsy.desk.ui.SearchHit;
import be.toppsy.desk.ui.SearchProvider;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Team intervision: the case board, sessions, the runner, methods and recurring themes.
 * {@code App} builds it with an {@link IntervisionService} on the two ports, and connects the
 * main window's {@link Navigator} (to open guide chapters, lessons and residents) once it exists.
 */
public final class IntervisionFeature implements Feature {

    public static final String AREA = "intervision";

    private final IntervisionService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Clock clock;
    private Supplier<? extends Navigator> navigator = () -> null;

    public IntervisionFeature(IntervisionService service, TaskRunner tasks, Messages messages, DialogService dialogs,
            Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    public IntervisionService service() {
        return service;
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
                () -> new IntervisionView(service, tasks, messages, dialogs, clock, () -> navigator.get(), FxTicker::new)
                        .withReport(report).build()));
    }

    @Override
    public List<SearchProvider> searchProviders() {
        return List.of((query, limit) -> service.searchCases(query, limit).stream()
                .map(c -> new SearchHit(messages.get("iv.search.category"), c.title(),
                        messages.get("iv.search.detail", c.presenter().name(), messages.get(c.column().messageKey())),
                        AREA, "case:" + c.id()))
                .toList());
    }

    @Override
    public List<Node> homeCards() {
        if (!service.mayManage() && service.myOpenActionPoints().isEmpty() && nextSession().isEmpty()) {
            return List.of();
        }
        try {
            return List.of(card());
        } catch (RuntimeException e) {
            // The start page must open even when this card cannot be filled.
            return List.of();
        }
    }

    private Optional<IntervisionSession> nextSession() {
        try {
            return service.sessions().stream().filter(s -> s.state() != SessionState.DONE)
                    .min(Comparator.comparing(IntervisionSession::heldOn));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Node card() {
        Label title = new Label(messages.get("iv.home.title"), Icons.of("mdi2a-account-group-outline", 18));
        title.getStyleClass().add("card-title");
        VBox card = new VBox(8, title);
        nextSession().ifPresentOrElse(
                s -> card.getChildren().add(Ui.wrapped(messages.get("iv.home.next", Formats.date(s.heldOn()), s.team(),
                        s.agenda().size()))),
                () -> card.getChildren().add(Forms.hint(messages.get("iv.home.noNext"))));
        List<ActionPoint> mine = service.myOpenActionPoints();
        if (!mine.isEmpty()) {
            card.getChildren().add(Ui.wrapped(messages.get("iv.home.mine", mine.size()), "field-label"));
            mine.stream().limit(3).forEach(p -> card.getChildren().add(Ui.wrapped(messages.get("iv.home.point",
                    p.title(), Formats.date(p.due())), p.overdue(service.today()) ? "iv-overdue" : "hint")));
        }
        Button open = new Button(messages.get("iv.home.open"));
        open.setOnAction(e -> {
            Navigator nav = navigator.get();
            if (nav != null) {
                nav.open(AREA);
            }
        });
        if (navigator.get() != null) {
            card.getChildren().add(open);
        }
        card.getStyleClass().add("card");
        return card;
    }

    @Override
    public void loadDemoData(DemoData demo) {
        service.loadDemo(new IntervisionDemo(demo));
    }
}

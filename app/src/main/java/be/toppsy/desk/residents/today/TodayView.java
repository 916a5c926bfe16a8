package be.toppsy.desk.residents.today;

import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.reviews.ReviewSettings;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Icons;
import be.toppsy.desk.ui.Navigator;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Vandaag": overdue and upcoming work, long waits, quiet residents and new concerns, as cards. */
public final class TodayView {

    private final TodayViewModel model;
    private final Messages messages;
    private final Navigator navigator;
    private final Runnable quickObservation;

    public TodayView(TodayViewModel model, Messages messages, Navigator navigator, Runnable quickObservation) {
        this.model = model;
        this.messages = messages;
        this.navigator = navigator;
        this.quickObservation = quickObservation;
    }

    private Runnable meetingPack;

    /** Shows "Teamoverleg voorbereiden (PDF)" when given (team leads). */
    public TodayView withMeetingPack(Runnable action) {
        this.meetingPack = action;
        return this;
    }

    public Parent build() {
        ToggleGroup scope = new ToggleGroup();
        ToggleButton mine = new ToggleButton(messages.get("residents.today.mine"));
        mine.setId("today-mine");
        ToggleButton team = new ToggleButton(messages.get("residents.today.team"));
        team.setId("today-team");
        mine.setToggleGroup(scope);
        team.setToggleGroup(scope);
        (model.teamWideProperty().get() ? team : mine).setSelected(true);
        scope.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                o.setSelected(true);
            } else {
                model.teamWideProperty().set(n == team);
            }
        });
        HBox scopeBox = new HBox(0, mine, team);
        scopeBox.getStyleClass().add("segmented");
        Button note = new Button(messages.get("residents.quick.button"), Icons.of("mdi2n-note-plus-outline", 16));
        note.setId("today-quick-observation");
        note.getStyleClass().add("accent");
        note.setOnAction(e -> quickObservation.run());
        Button refresh = new Button(messages.get("residents.today.refresh"), Icons.of("mdi2r-refresh", 16));
        refresh.setOnAction(e -> model.load());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, Forms.title(messages.get("residents.today.title")), spacer, scopeBox, refresh, note);
        if (meetingPack != null) {
            Button pack = new Button(messages.get("residents.export.meetingButton"), Icons.of("mdi2f-file-pdf-box", 16));
            pack.setId("today-meeting-pack");
            pack.setOnAction(e -> meetingPack.run());
            top.getChildren().add(top.getChildren().size() - 1, pack);
        }
        top.setAlignment(Pos.CENTER_LEFT);

        FlowPane cards = new FlowPane(16, 16);
        cards.setId("today-cards");
        cards.setRowValignment(javafx.geometry.VPos.TOP);
        cards.setAlignment(Pos.TOP_LEFT);
        cards.getStyleClass().add("card-flow");
        Label message = new Label();
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        Label intro = Forms.hint(messages.get("residents.today.intro", Formats.date(model.today())));

        model.overviewProperty().addListener((obs, o, overview) -> fill(cards, overview));
        VBox page = new VBox(14, top, intro, message, cards);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setId("today-view");
        // Fresh figures each time the area is shown again.
        boolean[] first = {true};
        scroll.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null && o == null && !first[0]) {
                model.load();
            }
            first[0] = false;
        });
        model.load();
        return scroll;
    }

    private void fill(FlowPane cards, TodayOverview t) {
        cards.getChildren().clear();
        if (t == null) {
            return;
        }
        var today = model.today();
        ReviewSettings s = t.settings();
        cards.getChildren().add(card("today-overdue-actions", "mdi2c-clock-alert-outline",
                messages.get("residents.today.overdueActions"), true, t.overdueActions(),
                a -> line(a.residentId(), t.label(a.residentId(), a.residentCode()), messages.get("residents.today.actionLine", a.title(),
                        a.ownerName() == null ? "–" : a.ownerName(),
                        ChronoUnit.DAYS.between(a.dueDate(), today)), true)));
        cards.getChildren().add(card("today-concerns", "mdi2a-alert-circle-outline",
                messages.get("residents.today.concerns", s.concernDays()), true, t.newConcerns(),
                o -> line(o.residentId(), t.label(o.residentId(), o.residentCode()), messages.get("residents.today.concernLine",
                        messages.get(o.category().messageKey()), Formats.dateTime(o.observedAt()), o.authorName()),
                        o.category().isCrisis())));
        if (!t.medicalFlagged().isEmpty()) {
            cards.getChildren().add(card("today-medical", "mdi2m-medical-bag",
                    messages.get("residents.today.medical"), true, t.medicalFlagged(),
                    r -> line(r.id(), r.label(), messages.get("residents.today.medicalLine"), true)));
        }
        cards.getChildren().add(card("today-reviews-overdue", "mdi2c-calendar-alert",
                messages.get("residents.today.reviewsOverdue"), true, t.reviewsOverdue(),
                r -> line(r.id(), r.label(), messages.get("residents.today.reviewLine",
                        Formats.date(r.nextReviewDue())), true)));
        cards.getChildren().add(card("today-waiting", "mdi2t-timer-sand",
                messages.get("residents.today.waiting", s.referralWaitingDays()), true, t.waitingLong(),
                w -> line(w.referral().residentId(), t.label(w.referral().residentId(), w.referral().residentCode()),
                        messages.get("residents.today.waitingLine", w.referral().serviceName(), w.waitingDays()),
                        false)));
        cards.getChildren().add(card("today-quiet", "mdi2e-eye-off-outline",
                messages.get("residents.today.quiet", s.quietDays()), false, t.quiet(),
                r -> line(r.id(), r.label(), r.lastObservationAt() == null ? messages.get("residents.today.quietNever")
                        : messages.get("residents.today.quietLine", Formats.dateTime(r.lastObservationAt())), false)));
        cards.getChildren().add(card("today-upcoming", "mdi2c-calendar-week",
                messages.get("residents.today.upcoming"), false, concat(t),
                n -> n));
    }

    private List<Node> concat(TodayOverview t) {
        List<Node> nodes = new java.util.ArrayList<>();
        for (PlanAction a : t.upcomingActions()) {
            nodes.add(line(a.residentId(), t.label(a.residentId(), a.residentCode()), messages.get("residents.today.upcomingAction", a.title(),
                    Formats.date(a.dueDate())), false));
        }
        for (ResidentRow r : t.reviewsUpcoming()) {
            nodes.add(line(r.id(), r.label(), messages.get("residents.today.upcomingReview",
                    Formats.date(r.nextReviewDue())), false));
        }
        return nodes;
    }

    private <T> VBox card(String id, String icon, String title, boolean attention, List<T> items,
            Function<T, Node> line) {
        Label heading = new Label(title, Icons.of(icon, 18));
        heading.getStyleClass().add("card-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label count = new Label(String.valueOf(items.size()));
        count.getStyleClass().addAll("badge", attention && !items.isEmpty() ? "today-count-attention"
                : "today-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, heading, spacer, count);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head);
        int shown = 0;
        for (T item : items) {
            if (shown++ == 12) {
                box.getChildren().add(Forms.hint(messages.get("residents.today.more", items.size() - 12)));
                break;
            }
            box.getChildren().add(line.apply(item));
        }
        if (items.isEmpty()) {
            box.getChildren().add(Forms.hint(messages.get("residents.today.none")));
        }
        box.setId(id);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.getStyleClass().addAll("card", "today-card");
        return box;
    }

    private Node line(long residentId, String who, String what, boolean attention) {
        Hyperlink link = new Hyperlink(who);
        link.getStyleClass().add("today-resident");
        link.setOnAction(e -> navigator.open(new Destination.Resident(residentId)));
        Label text = new Label(what);
        text.setWrapText(true);
        text.getStyleClass().add(attention ? "today-attention" : "today-text");
        VBox box = new VBox(0, link, text);
        box.getStyleClass().add("today-line");
        return box;
    }
}

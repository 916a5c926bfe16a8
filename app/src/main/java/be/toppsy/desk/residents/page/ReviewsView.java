package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.ResidentsUi;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.residents.reviews.Review;
import be.toppsy.desk.residents.reviews.ReviewKind;
import be.toppsy.desk.residents.reviews.Screening;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Forms;
import be.toppsy.desk.ui.Navigator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The reviews and screening tab. */
final class ReviewsView {

    private final ResidentPageViewModel page;
    private final ReviewsViewModel model;
    private final Messages messages;

    ReviewsView(ResidentPageViewModel page, Messages messages) {
        this.page = page;
        this.model = page.reviews();
        this.messages = messages;
    }

    Node build(ResidentFile f) {
        Resident r = f.resident();
        Label due = new Label(r.nextReviewDue() == null ? messages.get("residents.page.noReview")
                : messages.get(r.nextReviewDue().isBefore(page.today()) ? "residents.page.reviewLate"
                        : "residents.page.reviewDue", Formats.date(r.nextReviewDue())));
        due.setId("review-due");
        due.getStyleClass().add("section-title");
        TableView<Review> reviews = new TableView<>();
        reviews.getItems().setAll(f.reviews());
        reviews.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        reviews.getColumns().add(ResidentsUi.column(messages.get("residents.col.date"), v -> Formats.date(v.heldOn())));
        reviews.getColumns().add(ResidentsUi.column(messages.get("residents.col.kind"),
                v -> messages.get(v.kind().messageKey())));
        reviews.getColumns().add(ResidentsUi.column(messages.get("residents.col.by"),
                v -> v.heldByName() == null ? "–" : v.heldByName()));
        reviews.getColumns().add(ResidentsUi.column(messages.get("residents.col.summary"),
                v -> v.summary() == null ? "" : v.summary()));
        reviews.setPrefHeight(170);
        reviews.setPlaceholder(new Label(messages.get("residents.review.empty")));
        TableView<Screening> screenings = new TableView<>();
        screenings.getItems().setAll(f.screenings());
        screenings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        screenings.getColumns().add(ResidentsUi.column(messages.get("residents.col.date"),
                s -> Formats.date(s.screenedOn())));
        screenings.getColumns().add(ResidentsUi.column(messages.get("residents.col.instrument"), Screening::instrument));
        screenings.getColumns().add(ResidentsUi.column(messages.get("residents.col.score"),
                s -> s.score() == null ? "–" : String.valueOf(s.score())));
        screenings.getColumns().add(ResidentsUi.column(messages.get("residents.col.threshold"), s -> messages.get(
                s.thresholdReached() ? "residents.screening.reached" : "residents.screening.notReached")));
        screenings.setPrefHeight(140);
        screenings.setPlaceholder(new Label(messages.get("residents.screening.empty")));
        Label reviewsTitle = new Label(messages.get("residents.review.title"));
        reviewsTitle.getStyleClass().add("section-title");
        Label screeningTitle = new Label(messages.get("residents.screening.title"));
        screeningTitle.getStyleClass().add("section-title");
        VBox box = new VBox(10, due, Forms.hint(messages.get("residents.review.rule")), reviewsTitle, reviews);
        if (page.canEdit()) {
            ComboBox<ReviewKind> kind = ResidentsUi.choice("review-kind", List.of(ReviewKind.values()),
                    k -> messages.get(k.messageKey()), "");
            kind.valueProperty().bindBidirectional(model.reviewKindProperty());
            Button add = new Button(messages.get("residents.review.add"));
            add.setId("review-add");
            add.setOnAction(e -> model.addReview());
            box.getChildren().addAll(new FlowPane(10, 8,
                    Forms.field(messages.get("residents.review.kind"), kind, model.reviewError("kind")),
                    Forms.field(messages.get("residents.review.date"), ResidentsUi.dateField("review-date",
                            model.reviewDateProperty(), messages), model.reviewError("heldOn"))),
                    Forms.field(messages.get("residents.review.summary"), ResidentsUi.textArea("review-summary",
                            model.reviewSummaryProperty(), 2, ResidentService.MAX_TEXT), model.reviewError("summary")),
                    add);
        }
        box.getChildren().addAll(screeningTitle, Forms.hint(messages.get("residents.screening.rule")), screenings);
        if (page.canEdit()) {
            CheckBox reached = new CheckBox(messages.get("residents.screening.reachedLabel"));
            reached.selectedProperty().bindBidirectional(model.thresholdProperty());
            Button add = new Button(messages.get("residents.screening.add"));
            add.setId("screening-add");
            add.setOnAction(e -> model.addScreening());
            box.getChildren().addAll(new FlowPane(10, 8,
                    Forms.field(messages.get("residents.screening.instrument"), ResidentsUi.textField(
                            "screening-instrument", model.instrumentProperty(), 12), model.screeningError("instrument")),
                    Forms.field(messages.get("residents.screening.date"), ResidentsUi.dateField("screening-date",
                            model.screeningDateProperty(), messages), model.screeningError("screenedOn")),
                    Forms.field(messages.get("residents.screening.score"), ResidentsUi.textField("screening-score",
                            model.scoreProperty(), 5), model.screeningError("score")),
                    reached), add);
        }
        box.getStyleClass().add("tab-body");
        return box;
    }
}

package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.reviews.ReviewKind;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.i18n.Messages;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The reviews and screening tab (numbers only for screenings). */
public final class ReviewsViewModel {

    private final ResidentPageViewModel page;
    private final ResidentService service;
    private final FieldErrors reviewErrors;
    private final FieldErrors screeningErrors;
    private final ObjectProperty<ReviewKind> reviewKind = new SimpleObjectProperty<>(ReviewKind.PERIODIC);
    private final StringProperty reviewDate = new SimpleStringProperty("");
    private final StringProperty reviewSummary = new SimpleStringProperty("");
    private final StringProperty instrument = new SimpleStringProperty("");
    private final StringProperty screeningDate = new SimpleStringProperty("");
    private final StringProperty score = new SimpleStringProperty("");
    private final BooleanProperty threshold = new SimpleBooleanProperty();

    ReviewsViewModel(ResidentPageViewModel page, ResidentService service, Messages messages) {
        this.page = page;
        this.service = service;
        this.reviewErrors = new FieldErrors(messages);
        this.screeningErrors = new FieldErrors(messages);
    }

    public void addReview() {
        reviewErrors.clear();
        LocalDate held = ResidentPageViewModel.date(reviewErrors, "heldOn", reviewDate.get());
        if (reviewErrors.any()) {
            return;
        }
        long id = page.residentId();
        ReviewKind kind = reviewKind.get();
        String summary = reviewSummary.get();
        page.run(reviewErrors, () -> service.reviews().addReview(id, kind, held, summary), newId -> {
            reviewDate.set("");
            reviewSummary.set("");
        });
    }

    public void addScreening() {
        screeningErrors.clear();
        LocalDate on = ResidentPageViewModel.date(screeningErrors, "screenedOn", screeningDate.get());
        Integer value = null;
        String text = score.get() == null ? "" : score.get().trim();
        if (!text.isEmpty()) {
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                screeningErrors.set("score", "residents.error.number");
            }
        }
        if (screeningErrors.any()) {
            return;
        }
        long id = page.residentId();
        String name = instrument.get();
        Integer finalValue = value;
        boolean reached = threshold.get();
        page.run(screeningErrors, () -> service.reviews().addScreening(id, name, on, finalValue, reached), newId -> {
            instrument.set("");
            screeningDate.set("");
            score.set("");
            threshold.set(false);
        });
    }

    public ReadOnlyStringProperty reviewError(String field) {
        return reviewErrors.of(field);
    }

    public ReadOnlyStringProperty screeningError(String field) {
        return screeningErrors.of(field);
    }

    public ObjectProperty<ReviewKind> reviewKindProperty() {
        return reviewKind;
    }

    public StringProperty reviewDateProperty() {
        return reviewDate;
    }

    public StringProperty reviewSummaryProperty() {
        return reviewSummary;
    }

    public StringProperty instrumentProperty() {
        return instrument;
    }

    public StringProperty screeningDateProperty() {
        return screeningDate;
    }

    public StringProperty scoreProperty() {
        return score;
    }

    public BooleanProperty thresholdProperty() {
        return threshold;
    }
}

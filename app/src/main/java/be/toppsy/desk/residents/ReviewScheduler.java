package be.toppsy.desk.residents;

import be.toppsy.desk.residents.reviews.ReviewSchedule;
import be.toppsy.desk.residents.reviews.ReviewSettings;
import be.toppsy.desk.storage.Settings;
import java.time.LocalDate;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * Keeps each resident's stored next review date in line with {@link ReviewSchedule}: after a
 * change of record, level or reviews, and for everyone when the intervals change. Runs inside the
 * caller's transaction.
 */
final class ReviewScheduler {

    private final ResidentRepository residents;
    private final ReviewRepository reviews;
    private final Settings settings;

    ReviewScheduler(ResidentRepository residents, ReviewRepository reviews, Settings settings) {
        this.residents = residents;
        this.reviews = reviews;
        this.settings = settings;
    }

    ReviewSettings settings() {
        return ReviewSettings.load(settings);
    }

    void recompute(DSLContext tx, long residentId) {
        ReviewSettings s = settings();
        reviews.scheduleInputs(tx, residentId).forEach(in -> store(tx, in, s));
    }

    void recomputeAll(DSLContext tx, ReviewSettings s) {
        reviews.scheduleInputs(tx, null).forEach(in -> store(tx, in, s));
    }

    private void store(DSLContext tx, ReviewRepository.ScheduleInput in, ReviewSettings s) {
        LocalDate due = ReviewSchedule.nextDue(in.state(), in.arrival(), in.needsAssessmentHeld(), in.lastReview(),
                in.level(), in.levelChangedOn(), s).orElse(null);
        if (!Objects.equals(due, in.storedDue())) {
            residents.setNextReviewDue(tx, in.id(), due);
        }
    }
}

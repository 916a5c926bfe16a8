package be.toppsy.desk.residents.reviews;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.ResidentState;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {

    private static final ReviewSettings S = ReviewSettings.DEFAULTS;
    private static final LocalDate ARRIVAL = LocalDate.of(2026, 3, 1);

    @Test
    void needsAssessmentIsDueThirtyDaysAfterArrival() {
        assertThat(ReviewSchedule.nextDue(ResidentState.PRESENT, ARRIVAL, false, null, SupportLevel.BASIC, null, S))
                .contains(ARRIVAL.plusDays(30));
    }

    @Test
    void afterTheNeedsAssessmentTheNextReviewIsSixMonthsLater() {
        LocalDate held = LocalDate.of(2026, 3, 20);
        assertThat(ReviewSchedule.nextDue(ResidentState.PRESENT, ARRIVAL, true, held, SupportLevel.BASIC, null, S))
                .contains(held.plusMonths(6));
    }

    @Test
    void intensiveSupportIsReviewedWeeklyFromTheLaterOfReviewAndLevelChange() {
        LocalDate held = LocalDate.of(2026, 3, 20);
        LocalDate changed = LocalDate.of(2026, 4, 2);
        assertThat(ReviewSchedule.nextDue(ResidentState.PRESENT, ARRIVAL, true, held, SupportLevel.INTENSIVE, changed,
                S)).contains(changed.plusDays(7));
    }

    @Test
    void heightenedSupportIsReviewedMonthlyButNeverLaterThanTheNeedsAssessment() {
        LocalDate changed = ARRIVAL.plusDays(2);
        assertThat(ReviewSchedule.nextDue(ResidentState.PRESENT, ARRIVAL, false, null, SupportLevel.HEIGHTENED,
                changed, S)).contains(ARRIVAL.plusDays(30));
        ReviewSettings tight = new ReviewSettings(30, 6, 10, 7, 30, 14, 7);
        assertThat(ReviewSchedule.nextDue(ResidentState.PRESENT, ARRIVAL, false, null, SupportLevel.HEIGHTENED,
                changed, tight)).contains(changed.plusDays(10));
    }

    @Test
    void residentsWhoLeftHaveNoReviewDue() {
        assertThat(ReviewSchedule.nextDue(ResidentState.LEFT, ARRIVAL, false, null, SupportLevel.INTENSIVE, null, S))
                .isEmpty();
    }
}

package be.toppsy.desk.residents.reviews;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.ResidentState;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a resident's next review is due: the needs assessment within N days of arrival; after
 * that, every M months from the last review; and at verhoogd or intensief, the level's interval
 * from the last review or the level change, whichever is later. The earliest of these wins.
 */
public final class ReviewSchedule {

    private ReviewSchedule() {
    }

    public static Optional<LocalDate> nextDue(ResidentState state, LocalDate arrival, boolean needsAssessmentHeld,
            LocalDate lastReview, SupportLevel level, LocalDate levelChangedOn, ReviewSettings settings) {
        if (state != ResidentState.PRESENT || arrival == null) {
            return Optional.empty();
        }
        LocalDate assessment = needsAssessmentHeld ? null : arrival.plusDays(settings.needsAssessmentDays());
        LocalDate periodic = lastReview == null ? null : lastReview.plusMonths(settings.periodicMonths());
        LocalDate levelDue = null;
        if (level == SupportLevel.HEIGHTENED || level == SupportLevel.INTENSIVE) {
            int days = level == SupportLevel.INTENSIVE ? settings.intensiveDays() : settings.heightenedDays();
            LocalDate from = later(lastReview, levelChangedOn);
            if (from == null) {
                from = arrival;
            }
            levelDue = from.plusDays(days);
        }
        return Stream.of(assessment, periodic, levelDue).filter(d -> d != null).min(LocalDate::compareTo);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}

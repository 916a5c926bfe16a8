package be.toppsy.desk.residents;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.reviews.Review;
import be.toppsy.desk.residents.reviews.ReviewKind;
import be.toppsy.desk.residents.reviews.Screening;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_REVIEW;
import static be.toppsy.desk.storage.jooq.Tables.SCREENING;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.LongFunction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Queries on reviews and screenings, and what the review schedule needs. */
public final class ReviewRepository {

    /** What the review schedule needs, for every resident (used when the intervals change). */
    public List<ScheduleInput> scheduleInputs(DSLContext dsl, Long onlyId) {
        Field<LocalDate> lastReview = DSL.field(DSL.select(DSL.max(RESIDENT_REVIEW.HELD_ON)).from(RESIDENT_REVIEW)
                .where(RESIDENT_REVIEW.RESIDENT_ID.eq(RESIDENT.ID)));
        Field<Boolean> assessed = DSL.field(DSL.exists(DSL.selectOne().from(RESIDENT_REVIEW)
                .where(RESIDENT_REVIEW.RESIDENT_ID.eq(RESIDENT.ID))
                .and(RESIDENT_REVIEW.KIND.eq(ReviewKind.NEEDS_ASSESSMENT.name()))));
        return dsl.select(RESIDENT.ID, RESIDENT.STATE, RESIDENT.ARRIVAL_DATE, RESIDENT.SUPPORT_LEVEL,
                        RESIDENT.LEVEL_CHANGED_ON, RESIDENT.NEXT_REVIEW_DUE, lastReview, assessed)
                .from(RESIDENT).where(onlyId == null ? DSL.noCondition() : RESIDENT.ID.eq(onlyId))
                .fetch(r -> new ScheduleInput(r.value1(), ResidentState.valueOf(r.value2()), r.value3(),
                        SupportLevel.valueOf(r.value4()), r.value5(), r.value6(), r.value7(),
                        Boolean.TRUE.equals(r.value8())));
    }

    /** Inputs of {@link ReviewSchedule} for one resident, and the due date stored now. */
    public record ScheduleInput(long id, ResidentState state, LocalDate arrival, SupportLevel level,
            LocalDate levelChangedOn, LocalDate storedDue, LocalDate lastReview, boolean needsAssessmentHeld) {
    }

    // ---- reviews, screenings, medical notes --------------------------------------------

    public long insertReview(DSLContext dsl, long residentId, ReviewKind kind, LocalDate heldOn, Long by,
            String summary, OffsetDateTime now) {
        return dsl.insertInto(RESIDENT_REVIEW)
                .set(RESIDENT_REVIEW.RESIDENT_ID, residentId)
                .set(RESIDENT_REVIEW.KIND, kind.name())
                .set(RESIDENT_REVIEW.HELD_ON, heldOn)
                .set(RESIDENT_REVIEW.HELD_BY, by)
                .set(RESIDENT_REVIEW.SUMMARY, summary)
                .set(RESIDENT_REVIEW.CREATED_AT, now)
                .returningResult(RESIDENT_REVIEW.ID).fetchOne().value1();
    }

    public List<Review> reviews(DSLContext dsl, long residentId, LongFunction<String> names) {
        return dsl.selectFrom(RESIDENT_REVIEW).where(RESIDENT_REVIEW.RESIDENT_ID.eq(residentId))
                .orderBy(RESIDENT_REVIEW.HELD_ON.desc(), RESIDENT_REVIEW.ID.desc())
                .fetch(r -> new Review(r.getId(), r.getResidentId(), ReviewKind.valueOf(r.getKind()), r.getHeldOn(),
                        r.getHeldBy() == null ? null : names.apply(r.getHeldBy()), r.getSummary()));
    }

    public long insertScreening(DSLContext dsl, long residentId, String instrument, LocalDate on, Integer score,
            boolean threshold, Long by, OffsetDateTime now) {
        return dsl.insertInto(SCREENING)
                .set(SCREENING.RESIDENT_ID, residentId)
                .set(SCREENING.INSTRUMENT, instrument)
                .set(SCREENING.SCREENED_ON, on)
                .set(SCREENING.SCORE, score)
                .set(SCREENING.THRESHOLD_REACHED, threshold)
                .set(SCREENING.ENTERED_BY, by)
                .set(SCREENING.CREATED_AT, now)
                .returningResult(SCREENING.ID).fetchOne().value1();
    }

    public List<Screening> screenings(DSLContext dsl, long residentId) {
        return dsl.selectFrom(SCREENING).where(SCREENING.RESIDENT_ID.eq(residentId))
                .orderBy(SCREENING.SCREENED_ON.desc(), SCREENING.ID.desc())
                .fetch(r -> new Screening(r.getId(), r.getResidentId(), r.getInstrument(), r.getScreenedOn(),
                        r.getScore(), Boolean.TRUE.equals(r.getThresholdReached())));
    }
}

package be.toppsy.desk.residents;

import static be.toppsy.desk.residents.ResidentService.AUDIT_ENTITY;
import static be.toppsy.desk.residents.ResidentService.MAX_TEXT;
import static be.toppsy.desk.residents.ResidentsContext.trim;

import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.residents.reviews.ReviewKind;
import be.toppsy.desk.residents.reviews.ReviewSettings;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reviews and screenings, and the settings of the review intervals. */
public final class ReviewService {

    private final ResidentsContext ctx;
    private final ResidentRepository residentsRows;
    private final ReviewRepository reviewsRows;
    private final ReviewScheduler schedule;

    ReviewService(ResidentsContext ctx, ResidentRepository residentsRows, ReviewRepository reviewsRows,
            ReviewScheduler schedule) {
        this.ctx = ctx;
        this.residentsRows = residentsRows;
        this.reviewsRows = reviewsRows;
        this.schedule = schedule;
    }

    public ReviewSettings reviewSettings() {
        return schedule.settings();
    }

    /** Stores new intervals (administrator or team lead) and recomputes every resident's next review. */
    public void saveReviewSettings(ReviewSettings s) {
        if (!ctx.canManageSettings()) {
            throw new AccessDeniedException(Permission.SETTINGS_MANAGE);
        }
        ValidationException.Builder errors = new ValidationException.Builder();
        range(errors, "needsAssessmentDays", s.needsAssessmentDays(), 1, 365);
        range(errors, "periodicMonths", s.periodicMonths(), 1, 24);
        range(errors, "heightenedDays", s.heightenedDays(), 1, 365);
        range(errors, "intensiveDays", s.intensiveDays(), 1, 365);
        range(errors, "referralWaitingDays", s.referralWaitingDays(), 1, 730);
        range(errors, "quietDays", s.quietDays(), 1, 365);
        range(errors, "concernDays", s.concernDays(), 1, 90);
        errors.throwIfAny();
        // One user action, one transaction: the settings and the recomputed review dates are stored
        // together or not at all (Settings.put joins the transaction open on this thread).
        ctx.database.transactionWithoutResult(tx -> {
            ReviewSettings before = schedule.settings();
            ctx.settings.put(ReviewSettings.NEEDS_ASSESSMENT_DAYS, String.valueOf(s.needsAssessmentDays()));
            ctx.settings.put(ReviewSettings.PERIODIC_MONTHS, String.valueOf(s.periodicMonths()));
            ctx.settings.put(ReviewSettings.HEIGHTENED_DAYS, String.valueOf(s.heightenedDays()));
            ctx.settings.put(ReviewSettings.INTENSIVE_DAYS, String.valueOf(s.intensiveDays()));
            ctx.settings.put(ReviewSettings.REFERRAL_WAITING_DAYS, String.valueOf(s.referralWaitingDays()));
            ctx.settings.put(ReviewSettings.QUIET_DAYS, String.valueOf(s.quietDays()));
            ctx.settings.put(ReviewSettings.CONCERN_DAYS, String.valueOf(s.concernDays()));
            schedule.recomputeAll(tx, s);
            ctx.audit.record(tx, "RESIDENT_SETTINGS_CHANGED", "settings", "residents",
                    "fields=" + String.join(",", changedSettings(before, s)));
        });
    }

    private static List<String> changedSettings(ReviewSettings a, ReviewSettings b) {
        List<String> f = new ArrayList<>();
        compare(f, "needsAssessmentDays", a.needsAssessmentDays(), b.needsAssessmentDays());
        compare(f, "periodicMonths", a.periodicMonths(), b.periodicMonths());
        compare(f, "heightenedDays", a.heightenedDays(), b.heightenedDays());
        compare(f, "intensiveDays", a.intensiveDays(), b.intensiveDays());
        compare(f, "referralWaitingDays", a.referralWaitingDays(), b.referralWaitingDays());
        compare(f, "quietDays", a.quietDays(), b.quietDays());
        compare(f, "concernDays", a.concernDays(), b.concernDays());
        return f;
    }

    private static void compare(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }

    private static void range(ValidationException.Builder errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(field, "residents.error.range", min, max);
        }
    }

    public long addReview(long residentId, ReviewKind kind, LocalDate heldOn, String summary) {
        CurrentUser user = ctx.session.require(Permission.RESIDENT_EDIT);
        ValidationException.Builder errors = new ValidationException.Builder();
        if (kind == null) {
            errors.add("kind", "residents.error.kindRequired");
        }
        if (heldOn == null) {
            errors.add("heldOn", "residents.error.dateRequired");
        } else if (heldOn.isAfter(ctx.today())) {
            errors.add("heldOn", "residents.error.dateFuture");
        }
        String text = trim(summary);
        if (text != null && text.length() > MAX_TEXT) {
            errors.add("summary", "residents.error.tooLong", MAX_TEXT);
        }
        errors.throwIfAny();
        return ctx.database.transaction(tx -> {
            if (residentsRows.code(tx, residentId).isEmpty()) {
                throw ValidationException.of("kind", "residents.error.notFound");
            }
            long id = reviewsRows.insertReview(tx, residentId, kind, heldOn, user.id(), text, ctx.now());
            schedule.recompute(tx, residentId);
            ctx.audit.record(tx, "REVIEW_ADDED", AUDIT_ENTITY, String.valueOf(residentId), "review=" + id);
            return id;
        });
    }

    public long addScreening(long residentId, String instrument, LocalDate on, Integer score,
            boolean thresholdReached) {
        CurrentUser user = ctx.session.require(Permission.RESIDENT_EDIT);
        ValidationException.Builder errors = new ValidationException.Builder();
        String name = trim(instrument);
        if (name == null) {
            errors.add("instrument", "residents.error.instrumentRequired");
        } else if (name.length() > 100) {
            errors.add("instrument", "residents.error.tooLong", 100);
        }
        if (on == null) {
            errors.add("screenedOn", "residents.error.dateRequired");
        } else if (on.isAfter(ctx.today())) {
            errors.add("screenedOn", "residents.error.dateFuture");
        }
        if (score != null && (score < 0 || score > 10_000)) {
            errors.add("score", "residents.error.score");
        }
        errors.throwIfAny();
        return ctx.database.transaction(tx -> {
            if (residentsRows.code(tx, residentId).isEmpty()) {
                throw ValidationException.of("instrument", "residents.error.notFound");
            }
            long id = reviewsRows.insertScreening(tx, residentId, name, on, score, thresholdReached, user.id(),
                    ctx.now());
            ctx.audit.record(tx, "SCREENING_ADDED", AUDIT_ENTITY, String.valueOf(residentId), "screening=" + id);
            return id;
        });
    }
}

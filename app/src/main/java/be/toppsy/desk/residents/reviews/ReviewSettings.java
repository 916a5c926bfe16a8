package be.toppsy.desk.residents.reviews;

import be.toppsy.desk.storage.Settings;

/**
 * The follow-up intervals, stored in {@link Settings} under {@code residents.*}. Defaults: needs
 * assessment within 30 days of arrival, then every 6 months; at verhoogd every 30 days, at
 * intensief every 7 days; a referral waits "long" after 30 days; a resident at verhoogd or intensief
 * is "quiet" after 14 days without an observation; concerning observations stay new for 7 days.
 */
public record ReviewSettings(int needsAssessmentDays, int periodicMonths, int heightenedDays, int intensiveDays,
        int referralWaitingDays, int quietDays, int concernDays) {

    public static final String NEEDS_ASSESSMENT_DAYS = "residents.review.needsAssessmentDays";
    public static final String PERIODIC_MONTHS = "residents.review.periodicMonths";
    public static final String HEIGHTENED_DAYS = "residents.review.heightenedDays";
    public static final String INTENSIVE_DAYS = "residents.review.intensiveDays";
    public static final String REFERRAL_WAITING_DAYS = "residents.referral.waitingDays";
    public static final String QUIET_DAYS = "residents.today.quietDays";
    public static final String CONCERN_DAYS = "residents.today.concernDays";

    public static final ReviewSettings DEFAULTS = new ReviewSettings(30, 6, 30, 7, 30, 14, 7);

    public static ReviewSettings load(Settings settings) {
        return new ReviewSettings(
                settings.getInt(NEEDS_ASSESSMENT_DAYS, DEFAULTS.needsAssessmentDays),
                settings.getInt(PERIODIC_MONTHS, DEFAULTS.periodicMonths),
                settings.getInt(HEIGHTENED_DAYS, DEFAULTS.heightenedDays),
                settings.getInt(INTENSIVE_DAYS, DEFAULTS.intensiveDays),
                settings.getInt(REFERRAL_WAITING_DAYS, DEFAULTS.referralWaitingDays),
                settings.getInt(QUIET_DAYS, DEFAULTS.quietDays),
                settings.getInt(CONCERN_DAYS, DEFAULTS.concernDays));
    }
}

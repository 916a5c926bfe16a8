package be.toppsy.desk.residents.today;

import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.referrals.WaitingReferral;
import be.toppsy.desk.residents.reviews.ReviewSettings;
import java.util.List;

/**
 * What needs attention today, for one user ({@code teamWide} false: their own residents and
 * actions) or for the whole team, with the settings it was computed with (the cards name their
 * thresholds, and the screen must not read them again on the JavaFX thread).
 */
public record TodayOverview(boolean teamWide, List<PlanAction> overdueActions, List<PlanAction> upcomingActions,
        List<ResidentRow> reviewsOverdue, List<ResidentRow> reviewsUpcoming, List<WaitingReferral> waitingLong,
        List<ResidentRow> quiet, List<Observation> newConcerns, List<ResidentRow> medicalFlagged,
        java.util.Map<Long, String> residentLabels, ReviewSettings settings) {

    /** "BW-7K3Q · Name" for a resident on this overview, or the given code. */
    public String label(long residentId, String code) {
        return residentLabels.getOrDefault(residentId, code);
    }

    public int attentionCount() {
        return overdueActions.size() + reviewsOverdue.size() + waitingLong.size() + quiet.size()
                + newConcerns.size() + medicalFlagged.size();
    }
}

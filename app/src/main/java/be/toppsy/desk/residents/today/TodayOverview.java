package be.toppsy.desk.residents.today;

import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.referrals.WaitingReferral;
import java.util.List;

/**
 * What needs attention today, for one user ({@code teamWide} false: their own residents and
 * actions) or for the whole team.
 */
public record TodayOverview(boolean teamWide, List<PlanAction> overdueActions, List<PlanAction> upcomingActions,
        List<ResidentRow> reviewsOverdue, List<ResidentRow> reviewsUpcoming, List<WaitingReferral> waitingLong,
        List<ResidentRow> quiet, List<Observation> newConcerns, List<ResidentRow> medicalFlagged,
        java.util.Map<Long, String> residentLabels) {

    /** "BW-7K3Q · Name" for a resident on this overview, or the given code. */
    public String label(long residentId, String code) {
        return residentLabels.getOrDefault(residentId, code);
    }

    public int attentionCount() {
        return overdueActions.size() + reviewsOverdue.size() + waitingLong.size() + quiet.size()
                + newConcerns.size() + medicalFlagged.size();
    }
}

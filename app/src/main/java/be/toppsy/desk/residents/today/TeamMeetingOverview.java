package be.toppsy.desk.residents.today;

import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.record.LevelChange;
import be.toppsy.desk.residents.record.ResidentSummary;
import be.toppsy.desk.residents.referrals.WaitingReferral;
import java.time.LocalDate;
import java.util.List;

/**
 * For the team meeting (and its PDF): residents flagged for discussion, whose level changed since
 * {@code since}, or whose review is due; open and overdue actions; referrals still waiting.
 * Residents are by code; names only in {@link ResidentSummary#name()} when allowed.
 */
public record TeamMeetingOverview(LocalDate today, LocalDate since, List<ResidentSummary> flaggedForDiscussion,
        List<LevelChangeItem> levelChanges, List<ResidentSummary> reviewsDue, List<PlanAction> openActions,
        List<PlanAction> overdueActions, List<WaitingReferral> waitingReferrals) {

    /** A level change with the resident's code. */
    public record LevelChangeItem(String residentCode, LevelChange change) {
    }
}

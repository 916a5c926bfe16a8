package be.toppsy.desk.residents;

import static be.toppsy.desk.residents.ResidentService.AUDIT_ENTITY;

import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.record.LevelChange;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.record.ResidentSummary;
import be.toppsy.desk.residents.referrals.WaitingReferral;
import be.toppsy.desk.residents.reviews.ReviewSettings;
import be.toppsy.desk.residents.today.TeamMeetingOverview;
import be.toppsy.desk.residents.today.TodayOverview;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What needs attention today, and the overview for the team meeting; both audited as reads. */
public final class TodayService {

    /** At most this many entries per card. */
    private static final int LIST_LIMIT = 200;

    private final ResidentsContext ctx;
    private final ResidentRepository residentsRows;
    private final ObservationRepository observationsRows;
    private final PlanRepository plansRows;
    private final ReferralRepository referralsRows;
    private final ReviewScheduler schedule;

    TodayService(ResidentsContext ctx, ResidentRepository residentsRows, ObservationRepository observationsRows,
            PlanRepository plansRows, ReferralRepository referralsRows, ReviewScheduler schedule) {
        this.ctx = ctx;
        this.residentsRows = residentsRows;
        this.observationsRows = observationsRows;
        this.plansRows = plansRows;
        this.referralsRows = referralsRows;
        this.schedule = schedule;
    }

    /**
     * What needs attention: overdue and upcoming (7 days) actions and reviews, referrals waiting
     * longer than the setting, residents at verhoogd or intensief without a recent observation, new
     * concerning observations, and (for the medical service) residents flagged for them.
     */
    public TodayOverview today(boolean teamWide) {
        CurrentUser user = ctx.session.require(Permission.RESIDENT_VIEW);
        ReviewSettings s = schedule.settings();
        LocalDate today = ctx.today();
        LongFunction<String> names = ctx.names();
        DSLContext dsl = ctx.database.dsl();
        Condition mineResidents = teamWide ? DSL.noCondition() : ResidentRepository.keyWorker(user.id());
        Condition mineActions = teamWide ? DSL.noCondition() : PlanRepository.actionMine(user.id());
        Condition present = ResidentRepository.present();

        List<PlanAction> overdue = plansRows.actions(dsl, PlanRepository.openActions()
                .and(PlanRepository.actionDueBefore(today)).and(mineActions), LIST_LIMIT, names);
        List<PlanAction> upcoming = plansRows.actions(dsl, PlanRepository.openActions()
                .and(PlanRepository.actionDueBetween(today, today.plusDays(7))).and(mineActions), LIST_LIMIT,
                names);
        List<ResidentRow> reviewsOverdue = residentsRows.rows(dsl, present.and(mineResidents)
                .and(ResidentRepository.reviewDueBefore(today)), LIST_LIMIT, true, names);
        List<ResidentRow> reviewsUpcoming = residentsRows.rows(dsl, present.and(mineResidents)
                .and(ResidentRepository.reviewDueBetween(today, today.plusDays(7))), LIST_LIMIT, true, names);
        Condition waitingScope = teamWide ? DSL.noCondition() : ReferralRepository.referralsOfKeyWorker(user.id());
        List<WaitingReferral> waiting = referralsRows.referrals(dsl, ReferralRepository.referralsWaiting()
                        .and(waitingScope)).stream()
                .map(r -> new WaitingReferral(r, r.waitingDays(today)))
                .filter(w -> w.waitingDays() > s.referralWaitingDays())
                .sorted(Comparator.comparingLong(WaitingReferral::waitingDays).reversed()).toList();
        List<ResidentRow> quiet = residentsRows.rows(dsl, ResidentRepository.quiet(ctx.now().minusDays(s.quietDays()))
                .and(mineResidents), LIST_LIMIT, true, names);
        List<Long> scope = teamWide ? null : residentsRows.idsOfKeyWorker(dsl, user.id());
        List<Observation> concerns = observationsRows.observations(dsl, null, null,
                ctx.now().minusDays(s.concernDays()), true,
                scope, LIST_LIMIT, names);
        List<ResidentRow> medical = user.has(Permission.MEDICAL_NOTES)
                ? residentsRows.rows(dsl, present.and(ResidentRepository.medicalFlagged()), LIST_LIMIT, true, names)
                : residentsRows.rows(dsl, present.and(ResidentRepository.medicalFlagged()).and(mineResidents),
                        LIST_LIMIT, true, names);
        ctx.audit.record("TODAY_VIEWED", AUDIT_ENTITY, null, teamWide ? "teamWide" : "mine");
        Set<Long> ids = new HashSet<>();
        overdue.forEach(a -> ids.add(a.residentId()));
        upcoming.forEach(a -> ids.add(a.residentId()));
        waiting.forEach(w -> ids.add(w.referral().residentId()));
        concerns.forEach(o -> ids.add(o.residentId()));
        return new TodayOverview(teamWide, overdue, upcoming, reviewsOverdue, reviewsUpcoming, waiting, quiet, concerns,
                medical, residentsRows.labels(dsl, ids), s);
    }

    /**
     * For the team meeting (and its PDF): flagged residents, level changes since a date, reviews
     * due within 7 days or overdue, open and overdue actions, referrals still waiting. Names only
     * when asked and the user holds RESIDENT_NAMES_IN_EXPORTS.
     */
    public TeamMeetingOverview teamMeeting(LocalDate since, boolean withNames) {
        CurrentUser user = ctx.session.require(Permission.RESIDENT_VIEW);
        boolean names = withNames && user.has(Permission.RESIDENT_NAMES_IN_EXPORTS);
        LocalDate today = ctx.today();
        LocalDate from = since == null ? today.minusDays(14) : since;
        LongFunction<String> userNames = ctx.names();
        DSLContext dsl = ctx.database.dsl();
        List<PlanAction> open = plansRows.actions(dsl, PlanRepository.openActions(), 5000, userNames);
        Map<Long, int[]> actionCounts = new HashMap<>();
        for (PlanAction a : open) {
            int[] c = actionCounts.computeIfAbsent(a.residentId(), id -> new int[2]);
            c[0]++;
            if (a.isOverdue(today)) {
                c[1]++;
            }
        }
        Condition present = ResidentRepository.present();
        List<ResidentSummary> flagged = residentsRows.rows(dsl, present.and(ResidentRepository.teamDiscussionFlagged()),
                5000, names, userNames).stream().map(r -> summary(r, actionCounts)).toList();
        List<ResidentSummary> reviews = residentsRows.rows(dsl, present.and(ResidentRepository
                .reviewDueBefore(today.plusDays(8))), 5000, names, userNames).stream()
                .map(r -> summary(r, actionCounts)).toList();
        Map<Long, String> codesById = new HashMap<>();
        List<TeamMeetingOverview.LevelChangeItem> changes = new ArrayList<>();
        for (LevelChange c : residentsRows.levelChanges(dsl, null,
                from.atStartOfDay(ctx.clock.getZone()).toOffsetDateTime(),
                userNames)) {
            String code = codesById.computeIfAbsent(c.residentId(), id -> residentsRows.code(dsl, id).orElse("?"));
            changes.add(new TeamMeetingOverview.LevelChangeItem(code, c));
        }
        List<WaitingReferral> waiting = referralsRows.referrals(dsl, ReferralRepository.referralsWaiting()).stream()
                .map(r -> new WaitingReferral(r, r.waitingDays(today)))
                .sorted(Comparator.comparingLong(WaitingReferral::waitingDays).reversed()).toList();
        ctx.audit.record("TEAM_MEETING_OVERVIEW_READ", AUDIT_ENTITY, null, names ? "withNames" : "codesOnly");
        return new TeamMeetingOverview(today, from, flagged, changes, reviews, open,
                open.stream().filter(a -> a.isOverdue(today)).toList(), waiting);
    }

    private static ResidentSummary summary(ResidentRow r, Map<Long, int[]> actionCounts) {
        int[] c = actionCounts.getOrDefault(r.id(), new int[2]);
        return new ResidentSummary(r.id(), r.code(), r.name(), r.level(), r.unit(), r.state(), r.keyWorkerName(),
                r.nextReviewDue(), r.teamDiscussion(), r.medicalFlag(), c[0], c[1]);
    }
}

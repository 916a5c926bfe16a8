package be.toppsy.desk.residents;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.residents.plan.ActionRequest;
import be.toppsy.desk.residents.plan.ActionStatus;
import be.toppsy.desk.residents.record.ResidentCodes;
import be.toppsy.desk.residents.record.ResidentRef;
import be.toppsy.desk.residents.record.ResidentSummary;
import be.toppsy.desk.residents.today.TeamMeetingOverview;
import be.toppsy.desk.residents.today.TodayOverview;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.socialmap.SocialMapService;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.Settings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up tracker's entry point: other features use the methods below (plain records, every
 * one checks the current user); the tracker's own screens use the service of their part
 * ({@link #records()}, {@link #observations()}, {@link #plan()}, {@link #referrals()},
 * {@link #reviews()}, {@link #medical()}, {@link #overview()}).
 *
 * <p>Who sees what: a medewerker (RESIDENT_LIST, OBSERVATION_ADD) sees residents by code, unit,
 * room and level, picks a resident by code or name to write an observation, and reads back only
 * their own observations. Begeleiders, the medical service and team leads (RESIDENT_VIEW) open the
 * whole record; only the medical service (MEDICAL_NOTES) reads medical notes; an administrator
 * manages settings but does not open residents. Every view of a resident record and every change
 * goes to the audit trail with ids and field names only.
 */
public final class ResidentService {

    public static final String AUDIT_ENTITY = "resident";
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_OBSERVATION = 10_000;

    private final ResidentsContext ctx;
    private final ResidentRecordService records;
    private final ObservationService observations;
    private final SupportPlanService plan;
    private final ReferralService referrals;
    private final ReviewService reviews;
    private final MedicalNoteService medical;
    private final TodayService overview;

    public ResidentService(Database database, AuditService audit, Session session, AccountService accounts,
            SocialMapService socialMap, Settings settings, Clock clock) {
        this(database, audit, session, accounts, socialMap, settings, clock, new ResidentCodes());
    }

    ResidentService(Database database, AuditService audit, Session session, AccountService accounts,
            SocialMapService socialMap, Settings settings, Clock clock, ResidentCodes codes) {
        ctx = new ResidentsContext(database, audit, session, accounts, settings, clock);
        ResidentRepository residentRows = new ResidentRepository();
        ObservationRepository observationRows = new ObservationRepository();
        PlanRepository planRows = new PlanRepository();
        ReferralRepository referralRows = new ReferralRepository();
        ReviewRepository reviewRows = new ReviewRepository();
        MedicalNoteRepository noteRows = new MedicalNoteRepository();
        ReviewScheduler schedule = new ReviewScheduler(residentRows, reviewRows, settings);
        records = new ResidentRecordService(ctx, residentRows, observationRows, planRows, referralRows, reviewRows,
                noteRows, schedule, codes);
        observations = new ObservationService(ctx, residentRows, observationRows, socialMap);
        plan = new SupportPlanService(ctx, residentRows, planRows);
        referrals = new ReferralService(ctx, residentRows, referralRows, socialMap);
        reviews = new ReviewService(ctx, residentRows, reviewRows, schedule);
        medical = new MedicalNoteService(ctx, residentRows, noteRows);
        overview = new TodayService(ctx, residentRows, observationRows, planRows, referralRows, schedule);
    }

    // ---- the parts ----------------------------------------------------------------------

    public ResidentRecordService records() {
        return records;
    }

    public ObservationService observations() {
        return observations;
    }

    public SupportPlanService plan() {
        return plan;
    }

    public ReferralService referrals() {
        return referrals;
    }

    public ReviewService reviews() {
        return reviews;
    }

    public MedicalNoteService medical() {
        return medical;
    }

    /** Today and the team meeting overview. */
    public TodayService overview() {
        return overview;
    }

    // ---- who may do what ------------------------------------------------------------------

    public boolean canViewRecords() {
        return ctx.session.has(Permission.RESIDENT_VIEW);
    }

    public boolean canEdit() {
        return ctx.session.has(Permission.RESIDENT_EDIT);
    }

    public boolean has(Permission permission) {
        return ctx.session.has(permission);
    }

    public boolean canManageSettings() {
        return ctx.canManageSettings();
    }

    public long currentUserId() {
        return ctx.session.current().id();
    }

    public LocalDate today() {
        return ctx.today();
    }

    // ---- for other features -----------------------------------------------------------------

    /** Residents the current user may see, by code or name: id, code and level only. */
    public List<ResidentRef> searchVisible(String query, int limit) {
        return records.searchVisible(query, limit);
    }

    /** A de-identified summary, or empty when the resident does not exist or the user may not see residents. */
    public Optional<ResidentSummary> summary(long residentId) {
        return records.summary(residentId);
    }

    /** As {@link #summary(long)}, with the name when the user holds RESIDENT_NAMES_IN_EXPORTS. */
    public Optional<ResidentSummary> summary(long residentId, boolean withName) {
        return records.summary(residentId, withName);
    }

    /** The resident's names, only so that another feature can refuse text that contains them. */
    public List<String> namesForPrivacyCheck(long residentId) {
        return records.namesForPrivacyCheck(residentId);
    }

    /** Adds an action to a resident's support plan on behalf of the current user (RESIDENT_EDIT). */
    public long addActionFor(ActionRequest request) {
        return plan.addActionFor(request);
    }

    /** Where an action stands; empty if it does not exist or the user may not see residents. */
    public Optional<ActionStatus> actionStatus(long actionId) {
        return plan.actionStatus(actionId);
    }

    /** For the team meeting (and its PDF); see {@link TodayService#teamMeeting}. */
    public TeamMeetingOverview teamMeeting(LocalDate since, boolean withNames) {
        return overview.teamMeeting(since, withNames);
    }

    /** What the Today screen shows; see {@link TodayService#today}. */
    public TodayOverview today(boolean teamWide) {
        return overview.today(teamWide);
    }
}

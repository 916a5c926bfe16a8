package be.toppsy.desk.residents;

import static be.toppsy.desk.residents.ResidentService.AUDIT_ENTITY;
import static be.toppsy.desk.residents.ResidentsContext.trim;

import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.residents.referrals.Barrier;
import be.toppsy.desk.residents.referrals.Consent;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.referrals.ReferralState;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.socialmap.SocialMapService;
import be.toppsy.desk.socialmap.SocialService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Referrals to external services, with the consent gate: a referral is sent only after the
 * resident's consent, or an audited override with a reason.
 */
public final class ReferralService {

    private final ResidentsContext ctx;
    private final ResidentRepository residentsRows;
    private final ReferralRepository referralsRows;
    private final SocialMapService socialMap;

    ReferralService(ResidentsContext ctx, ResidentRepository residentsRows, ReferralRepository referralsRows,
            SocialMapService socialMap) {
        this.ctx = ctx;
        this.residentsRows = residentsRows;
        this.referralsRows = referralsRows;
        this.socialMap = socialMap;
    }

    /** The social map's services for the referral picker. */
    public List<SocialService> referralServices() {
        return socialMap.search(new be.toppsy.desk.socialmap.SocialServiceFilter(null, null, null, false, false));
    }

    /** Proposes a referral (consent not yet asked). The service comes from the social map, or is typed. */
    public long proposeReferral(long residentId, Long serviceId, String serviceName, String reason,
            Set<Barrier> barriers, String interimSupport) {
        CurrentUser user = ctx.session.require(Permission.REFERRAL_MANAGE);
        ValidationException.Builder errors = new ValidationException.Builder();
        String name = trim(serviceName);
        if (serviceId != null) {
            Optional<SocialService> service = socialMap.find(serviceId);
            if (service.isEmpty()) {
                errors.add("service", "residents.error.serviceGone");
            } else {
                name = service.get().name();
            }
        }
        if (name == null) {
            errors.add("service", "residents.error.serviceRequired");
        } else if (name.length() > 300) {
            errors.add("service", "residents.error.tooLong", 300);
        }
        String why = trim(reason);
        if (why == null) {
            errors.add("reason", "residents.error.reasonRequired");
        } else if (why.length() > 4000) {
            errors.add("reason", "residents.error.tooLong", 4000);
        }
        String interim = trim(interimSupport);
        if (interim != null && interim.length() > 4000) {
            errors.add("interim", "residents.error.tooLong", 4000);
        }
        errors.throwIfAny();
        String finalName = name;
        return ctx.database.transaction(tx -> {
            if (residentsRows.code(tx, residentId).isEmpty()) {
                throw ValidationException.of("service", "residents.error.notFound");
            }
            long id = referralsRows.insertReferral(tx, residentId, serviceId, finalName, why, ctx.today(),
                    barriers == null ? Set.of() : barriers, interim, user.id(), ctx.now());
            ctx.audit.record(tx, "REFERRAL_PROPOSED", AUDIT_ENTITY, String.valueOf(residentId),
                    "referral=" + id + (serviceId == null ? "" : ", service=" + serviceId));
            return id;
        });
    }

    /** Records the resident's answer; a referral can be sent only after consent is given. */
    public void recordConsent(long referralId, Consent consent, LocalDate on) {
        ctx.session.require(Permission.REFERRAL_MANAGE);
        if (consent == null || consent == Consent.NOT_ASKED) {
            throw ValidationException.of("consent", "residents.error.consentRequired");
        }
        LocalDate date = on == null ? ctx.today() : on;
        if (date.isAfter(ctx.today())) {
            throw ValidationException.of("consentOn", "residents.error.dateFuture");
        }
        ctx.database.transactionWithoutResult(tx -> {
            Referral r = referralsRows.referral(tx, referralId)
                    .orElseThrow(() -> ValidationException.of("consent", "residents.error.notFound"));
            referralsRows.setConsent(tx, referralId, consent, date);
            ctx.audit.record(tx, "REFERRAL_CONSENT_RECORDED", AUDIT_ENTITY, String.valueOf(r.residentId()),
                    "referral=" + referralId + ", consent=" + consent.name());
        });
    }

    /**
     * Lets a referral go ahead without the resident's consent (for example in acute danger). Needs
     * CONSENT_OVERRIDE and a reason; audited.
     */
    public void overrideConsent(long referralId, String reason) {
        CurrentUser user = ctx.session.require(Permission.CONSENT_OVERRIDE);
        String why = trim(reason);
        if (why == null) {
            throw ValidationException.of("override", "residents.error.reasonRequired");
        }
        if (why.length() > 2000) {
            throw ValidationException.of("override", "residents.error.tooLong", 2000);
        }
        ctx.database.transactionWithoutResult(tx -> {
            Referral r = referralsRows.referral(tx, referralId)
                    .orElseThrow(() -> ValidationException.of("override", "residents.error.notFound"));
            referralsRows.setOverride(tx, referralId, why, user.id());
            ctx.audit.record(tx, "REFERRAL_CONSENT_OVERRIDDEN", AUDIT_ENTITY, String.valueOf(r.residentId()),
                    "referral=" + referralId);
        });
    }

    /** Moves a referral on. Requesting, waiting or starting needs consent (or an override) first. */
    public void setReferralState(long referralId, ReferralState state, LocalDate on) {
        ctx.session.require(Permission.REFERRAL_MANAGE);
        if (state == null) {
            throw ValidationException.of("state", "residents.error.stateRequired");
        }
        LocalDate date = on == null ? ctx.today() : on;
        if (date.isAfter(ctx.today())) {
            throw ValidationException.of("stateOn", "residents.error.dateFuture");
        }
        ctx.database.transactionWithoutResult(tx -> {
            Referral r = referralsRows.referral(tx, referralId)
                    .orElseThrow(() -> ValidationException.of("state", "residents.error.notFound"));
            boolean sending = state == ReferralState.REQUESTED || state == ReferralState.WAITING
                    || state == ReferralState.ONGOING;
            if (sending && !r.mayBeSent()) {
                throw ValidationException.of("state", "residents.error.consentFirst");
            }
            LocalDate requested = r.requestedOn();
            LocalDate started = r.startedOn();
            LocalDate ended = r.endedOn();
            switch (state) {
                case REQUESTED, WAITING -> requested = requested == null ? date : requested;
                case ONGOING -> {
                    requested = requested == null ? date : requested;
                    started = date;
                }
                case ENDED, REFUSED, STOPPED -> ended = date;
                case PROPOSED -> {
                    requested = null;
                    started = null;
                    ended = null;
                }
                default -> { }
            }
            referralsRows.setReferralState(tx, referralId, state, requested, started, ended);
            ctx.audit.record(tx, "REFERRAL_STATE_CHANGED", AUDIT_ENTITY, String.valueOf(r.residentId()),
                    "referral=" + referralId + ", state=" + state.name());
        });
    }

    public void updateReferralFollowUp(long referralId, Set<Barrier> barriers, String interimSupport) {
        ctx.session.require(Permission.REFERRAL_MANAGE);
        String interim = trim(interimSupport);
        if (interim != null && interim.length() > 4000) {
            throw ValidationException.of("interim", "residents.error.tooLong", 4000);
        }
        ctx.database.transactionWithoutResult(tx -> {
            Referral r = referralsRows.referral(tx, referralId)
                    .orElseThrow(() -> ValidationException.of("interim", "residents.error.notFound"));
            referralsRows.setReferralFollowUp(tx, referralId, barriers == null ? Set.of() : barriers, interim);
            ctx.audit.record(tx, "REFERRAL_CHANGED", AUDIT_ENTITY, String.valueOf(r.residentId()),
                    "referral=" + referralId + ", fields=barriers,interimSupport");
        });
    }
}

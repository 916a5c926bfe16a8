package be.toppsy.desk.residents.referrals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** A referral to an external service from the social map. */
public record Referral(long id, long residentId, String residentCode, Long serviceId, String serviceName,
        String reason, Consent consent, LocalDate consentOn, String overrideReason, ReferralState state,
        LocalDate proposedOn, LocalDate requestedOn, LocalDate startedOn, LocalDate endedOn, Set<Barrier> barriers,
        String interimSupport) {

    public Referral {
        barriers = Set.copyOf(barriers);
    }

    /** Still waiting for the service to start (requested or on a waiting list). */
    public boolean isWaiting() {
        return state == ReferralState.REQUESTED || state == ReferralState.WAITING;
    }

    /** Days since the referral was requested (or proposed), for referrals still waiting; otherwise 0. */
    public long waitingDays(LocalDate today) {
        if (!isWaiting()) {
            return 0;
        }
        LocalDate since = requestedOn != null ? requestedOn : proposedOn;
        return since == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(since, today));
    }

    /** Consent was given, or a permitted colleague overrode it with a reason. */
    public boolean mayBeSent() {
        return consent == Consent.GIVEN || (overrideReason != null && !overrideReason.isBlank());
    }
}

package be.toppsy.desk.residents;

import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.referrals.Barrier;
import be.toppsy.desk.residents.referrals.Consent;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.referrals.ReferralState;
import static be.toppsy.desk.storage.jooq.Tables.REFERRAL;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT;

import be.toppsy.desk.storage.jooq.tables.records.ReferralRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Queries on referrals to external services. */
public final class ReferralRepository {

    // ---- referrals ---------------------------------------------------------------------

    public long insertReferral(DSLContext dsl, long residentId, Long serviceId, String serviceName, String reason,
            LocalDate proposedOn, Set<Barrier> barriers, String interim, Long by, OffsetDateTime now) {
        return dsl.insertInto(REFERRAL)
                .set(REFERRAL.RESIDENT_ID, residentId)
                .set(REFERRAL.SERVICE_ID, serviceId)
                .set(REFERRAL.SERVICE_NAME, serviceName)
                .set(REFERRAL.REASON, reason)
                .set(REFERRAL.CONSENT, Consent.NOT_ASKED.name())
                .set(REFERRAL.STATE, ReferralState.PROPOSED.name())
                .set(REFERRAL.PROPOSED_ON, proposedOn)
                .set(REFERRAL.BARRIERS, barriersText(barriers))
                .set(REFERRAL.INTERIM_SUPPORT, interim)
                .set(REFERRAL.CREATED_BY, by)
                .set(REFERRAL.CREATED_AT, now)
                .returningResult(REFERRAL.ID).fetchOne().value1();
    }

    public void setConsent(DSLContext dsl, long id, Consent consent, LocalDate on) {
        dsl.update(REFERRAL).set(REFERRAL.CONSENT, consent.name()).set(REFERRAL.CONSENT_ON, on)
                .where(REFERRAL.ID.eq(id)).execute();
    }

    public void setOverride(DSLContext dsl, long id, String reason, long by) {
        dsl.update(REFERRAL).set(REFERRAL.OVERRIDE_REASON, reason).set(REFERRAL.OVERRIDE_BY, by)
                .where(REFERRAL.ID.eq(id)).execute();
    }

    public void setReferralState(DSLContext dsl, long id, ReferralState state, LocalDate requestedOn,
            LocalDate startedOn, LocalDate endedOn) {
        dsl.update(REFERRAL).set(REFERRAL.STATE, state.name()).set(REFERRAL.REQUESTED_ON, requestedOn)
                .set(REFERRAL.STARTED_ON, startedOn).set(REFERRAL.ENDED_ON, endedOn)
                .where(REFERRAL.ID.eq(id)).execute();
    }

    public void setReferralFollowUp(DSLContext dsl, long id, Set<Barrier> barriers, String interim) {
        dsl.update(REFERRAL).set(REFERRAL.BARRIERS, barriersText(barriers)).set(REFERRAL.INTERIM_SUPPORT, interim)
                .where(REFERRAL.ID.eq(id)).execute();
    }

    public Optional<Referral> referral(DSLContext dsl, long id) {
        return referrals(dsl, REFERRAL.ID.eq(id)).stream().findFirst();
    }

    public List<Referral> referrals(DSLContext dsl, Condition where) {
        return dsl.select(REFERRAL.fields()).select(RESIDENT.CODE).from(REFERRAL).join(RESIDENT)
                .on(RESIDENT.ID.eq(REFERRAL.RESIDENT_ID)).where(where)
                .orderBy(REFERRAL.PROPOSED_ON.desc(), REFERRAL.ID.desc())
                .fetch(ReferralRepository::referral);
    }

    static Condition referralsOfResident(long residentId) {
        return REFERRAL.RESIDENT_ID.eq(residentId);
    }

    static Condition referralsWaiting() {
        return REFERRAL.STATE.in(ReferralState.REQUESTED.name(), ReferralState.WAITING.name())
                .and(RESIDENT.STATE.eq(ResidentState.PRESENT.name()));
    }

    static Condition referralsOfKeyWorker(long userId) {
        return RESIDENT.KEY_WORKER_ID.eq(userId);
    }

    private static Referral referral(Record rec) {
        ReferralRecord r = rec.into(REFERRAL);
        return new Referral(r.getId(), r.getResidentId(), rec.get(RESIDENT.CODE), r.getServiceId(),
                r.getServiceName(), r.getReason(), Consent.valueOf(r.getConsent()), r.getConsentOn(),
                r.getOverrideReason(), ReferralState.valueOf(r.getState()), r.getProposedOn(), r.getRequestedOn(),
                r.getStartedOn(), r.getEndedOn(), barriers(r.getBarriers()), r.getInterimSupport());
    }

    private static String barriersText(Set<Barrier> barriers) {
        return barriers == null || barriers.isEmpty() ? null
                : barriers.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<Barrier> barriers(String text) {
        Set<Barrier> set = EnumSet.noneOf(Barrier.class);
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    set.add(Barrier.valueOf(part.trim()));
                }
            }
        }
        return set;
    }
}

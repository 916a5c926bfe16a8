package be.toppsy.desk.residents.referrals;

/** Where a referral to an external service stands. */
public enum ReferralState {
    PROPOSED, REQUESTED, WAITING, ONGOING, ENDED, REFUSED, STOPPED;

    public String messageKey() {
        return "residents.referralState." + name();
    }
}

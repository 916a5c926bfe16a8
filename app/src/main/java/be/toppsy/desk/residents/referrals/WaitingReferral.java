package be.toppsy.desk.residents.referrals;

/** A referral still waiting, with the number of days it has waited. */
public record WaitingReferral(Referral referral, long waitingDays) {
}

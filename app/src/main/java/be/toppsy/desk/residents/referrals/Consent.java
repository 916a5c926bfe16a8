package be.toppsy.desk.residents.referrals;

/** The resident's answer to a proposed referral. */
public enum Consent {
    NOT_ASKED, GIVEN, REFUSED;

    public String messageKey() {
        return "residents.consent." + name();
    }
}

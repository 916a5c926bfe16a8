package be.toppsy.desk.residents.referrals;

/** What stands between a resident and a service. */
public enum Barrier {
    LANGUAGE, TRANSPORT, COST, WAITING_LIST, LEGAL_STATUS, OTHER;

    public String messageKey() {
        return "residents.barrier." + name();
    }
}

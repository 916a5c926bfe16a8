package be.toppsy.desk.security;

/** What a staff member does in the centre. A user may have several roles. */
public enum Role {
    /** medewerker: any staff member (reception, logistics, mediators...). */
    STAFF,
    /** begeleider: social and psychosocial staff, usually key workers. */
    SUPPORT_WORKER,
    /** medische dienst. */
    MEDICAL,
    /** teamverantwoordelijke. */
    TEAM_LEAD,
    TRAINER,
    /** beheerder: manages accounts and the installation, does not read medical notes. */
    ADMIN;

    public String messageKey() {
        return "role." + name();
    }
}

package be.toppsy.desk.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do. Services check permissions; screens only hide what a user cannot use.
 * The grants per role are in {@link #grantedTo(Role)}, in one place.
 */
public enum Permission {
    USER_MANAGE,
    AUDIT_VIEW,
    SETTINGS_MANAGE,
    BACKUP_MANAGE,
    RETENTION_MANAGE,

    CONTENT_READ,
    CONTENT_IMPORT,
    TRAINER_MODE,
    LEARNING_TEAM_OVERVIEW,

    /** See residents by code, unit and level, and add observations about them. */
    RESIDENT_LIST,
    OBSERVATION_ADD,
    /** See a resident's whole follow-up record (plan, referrals, reviews, timeline). */
    RESIDENT_VIEW,
    RESIDENT_EDIT,
    RESIDENT_NAMES_IN_EXPORTS,
    SUPPORT_LEVEL_CHANGE,
    REFERRAL_MANAGE,
    CONSENT_OVERRIDE,
    MEDICAL_NOTES,

    SOCIAL_MAP_READ,
    SOCIAL_MAP_EDIT,

    INTERVISION_PARTICIPATE,
    INTERVISION_MANAGE,

    REPORT_TEAM_MEETING;

    public static Set<Permission> grantedTo(Role role) {
        return switch (role) {
            case STAFF -> EnumSet.of(CONTENT_READ, RESIDENT_LIST, OBSERVATION_ADD, SOCIAL_MAP_READ,
                    INTERVISION_PARTICIPATE);
            case SUPPORT_WORKER -> EnumSet.of(CONTENT_READ, RESIDENT_LIST, OBSERVATION_ADD, RESIDENT_VIEW,
                    RESIDENT_EDIT, RESIDENT_NAMES_IN_EXPORTS, SUPPORT_LEVEL_CHANGE, REFERRAL_MANAGE,
                    SOCIAL_MAP_READ, SOCIAL_MAP_EDIT, INTERVISION_PARTICIPATE);
            case MEDICAL -> EnumSet.of(CONTENT_READ, RESIDENT_LIST, OBSERVATION_ADD, RESIDENT_VIEW,
                    RESIDENT_EDIT, RESIDENT_NAMES_IN_EXPORTS, SUPPORT_LEVEL_CHANGE, REFERRAL_MANAGE,
                    CONSENT_OVERRIDE, MEDICAL_NOTES, SOCIAL_MAP_READ, SOCIAL_MAP_EDIT, INTERVISION_PARTICIPATE);
            case TEAM_LEAD -> EnumSet.of(CONTENT_READ, TRAINER_MODE, LEARNING_TEAM_OVERVIEW, RESIDENT_LIST,
                    OBSERVATION_ADD, RESIDENT_VIEW, RESIDENT_EDIT, RESIDENT_NAMES_IN_EXPORTS, SUPPORT_LEVEL_CHANGE,
                    REFERRAL_MANAGE, CONSENT_OVERRIDE, SOCIAL_MAP_READ, SOCIAL_MAP_EDIT, INTERVISION_PARTICIPATE,
                    INTERVISION_MANAGE, REPORT_TEAM_MEETING);
            case TRAINER -> EnumSet.of(CONTENT_READ, CONTENT_IMPORT, TRAINER_MODE, LEARNING_TEAM_OVERVIEW,
                    SOCIAL_MAP_READ);
            case ADMIN -> EnumSet.of(USER_MANAGE, AUDIT_VIEW, SETTINGS_MANAGE, BACKUP_MANAGE, RETENTION_MANAGE,
                    CONTENT_READ, CONTENT_IMPORT, SOCIAL_MAP_READ, SOCIAL_MAP_EDIT);
        };
    }

    public static Set<Permission> grantedTo(Set<Role> roles) {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(r -> all.addAll(grantedTo(r)));
        if (roles.contains(Role.ADMIN)) {
            // Separation of duties: the administrator never reads medical notes, even on an account that
            // was given the medical role before accounts refused that combination.
            all.remove(MEDICAL_NOTES);
        }
        return all;
    }
}

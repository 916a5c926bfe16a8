package be.toppsy.desk.socialmap;

import java.time.LocalDate;

/**
 * A service on the social map. {@code interpreterAvailable} is null when unknown. {@code toVerify}
 * marks entries nobody checked yet (all entries filled at first run start that way).
 */
public record SocialService(
        Long id,
        String name,
        ServiceKind kind,
        String region,
        String city,
        String languages,
        String targetGroups,
        String howToRefer,
        String waitingTime,
        Boolean interpreterAvailable,
        String cost,
        String phone,
        String email,
        String website,
        String address,
        String notes,
        boolean crisisContact,
        boolean toVerify,
        LocalDate lastVerifiedOn,
        String lastVerifiedBy,
        String source) {

    /** An empty entry for the "new service" form. */
    public static SocialService blank() {
        return new SocialService(null, "", ServiceKind.OTHER, null, null, null, null, null, null, null, null, null,
                null, null, null, null, false, true, null, null, null);
    }
}

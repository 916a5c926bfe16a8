package be.toppsy.desk.socialmap;

/** Search on the social map; null or blank parts do not filter. */
public record SocialServiceFilter(String query, ServiceKind kind, String region, boolean crisisOnly,
        boolean toVerifyOnly) {

    public static SocialServiceFilter all() {
        return new SocialServiceFilter(null, null, null, false, false);
    }
}

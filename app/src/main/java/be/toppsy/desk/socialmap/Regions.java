package be.toppsy.desk.socialmap;

import java.util.List;

/** The region codes of the social map. */
public final class Regions {

    public static final List<String> ALL = List.of("VL", "BRU", "WAL", "BE", "ONLINE");

    private Regions() {
    }

    public static String messageKey(String code) {
        return "socialmap.region." + code;
    }
}

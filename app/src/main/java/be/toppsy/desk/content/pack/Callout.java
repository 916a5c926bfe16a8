package be.toppsy.desk.content.pack;

import java.util.Arrays;
import java.util.Optional;

/** The block types a pack may use: a blockquote whose first line is {@code [!marker]}. */
public enum Callout {
    LETOP("letop", "mdi2a-alert-outline"),
    PRAKTIJK("praktijk", "mdi2a-account-group-outline"),
    REFLECTIE("reflectie", "mdi2t-thought-bubble-outline"),
    INHETCENTRUM("inhetcentrum", "mdi2h-home-heart"),
    TRAINER("trainer", "mdi2s-school-outline"),
    CRISIS("crisis", "mdi2p-phone-alert");

    private final String marker;
    private final String icon;

    Callout(String marker, String icon) {
        this.marker = marker;
        this.icon = icon;
    }

    public String marker() {
        return marker;
    }

    public String icon() {
        return icon;
    }

    /** Message key of the block's heading, e.g. {@code content.callout.letop}. */
    public String titleKey() {
        return "content.callout." + marker;
    }

    public String styleClass() {
        return "callout-" + marker;
    }

    public static Optional<Callout> fromMarker(String marker) {
        return Arrays.stream(values()).filter(c -> c.marker.equals(marker)).findFirst();
    }
}

package be.toppsy.desk.ui;

import java.util.List;

/**
 * What demo loaders share: the demo staff accounts, so that residents get key workers and
 * sessions get participants. All demo accounts use {@link #PASSWORD}.
 */
public record DemoData(List<Staff> staff) {

    public static final String PASSWORD = "Demo-2026-toppsy";

    /** A demo account: its id, login name and the name shown. */
    public record Staff(long id, String username, String displayName) {
    }

    public Staff byUsername(String username) {
        return staff.stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
    }
}

package be.toppsy.desk.accounts;

import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Role;
import java.time.OffsetDateTime;
import java.util.Set;

/** A staff account. Accounts are deactivated, never deleted, so the audit trail keeps its names. */
public record User(
        long id,
        String username,
        String displayName,
        boolean active,
        String language,
        Set<Role> roles,
        boolean mustChangePassword,
        OffsetDateTime lastLoginAt,
        OffsetDateTime createdAt) {

    public User {
        roles = Set.copyOf(roles);
    }

    public CurrentUser asCurrentUser() {
        return new CurrentUser(id, username, displayName, roles, language);
    }
}

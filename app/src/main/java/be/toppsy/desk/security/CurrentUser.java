package be.toppsy.desk.security;

import java.util.Set;

/** The logged-in user as the rest of the application sees them. */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, String language) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Permission permission) {
        return Permission.grantedTo(roles).contains(permission);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}

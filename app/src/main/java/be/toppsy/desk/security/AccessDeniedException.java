package be.toppsy.desk.security;

/** Thrown by a service when the current user lacks the permission for what they asked. */
public class AccessDeniedException extends RuntimeException {

    private final Permission permission;

    public AccessDeniedException(Permission permission) {
        super("Not allowed: " + permission);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}

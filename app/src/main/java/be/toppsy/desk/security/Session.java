package be.toppsy.desk.security;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who is logged in on this PC now. Services ask it for the current user and check permissions
 * with {@link #require(Permission)}; the shell listens for changes.
 */
public final class Session {

    private volatile CurrentUser user;
    private final List<Consumer<Optional<CurrentUser>>> listeners = new CopyOnWriteArrayList<>();

    public Optional<CurrentUser> user() {
        return Optional.ofNullable(user);
    }

    /** The logged-in user; fails when nobody is logged in. */
    public CurrentUser current() {
        CurrentUser u = user;
        if (u == null) {
            throw new IllegalStateException("Nobody is logged in");
        }
        return u;
    }

    public boolean isLoggedIn() {
        return user != null;
    }

    public boolean has(Permission permission) {
        CurrentUser u = user;
        return u != null && u.has(permission);
    }

    /** Returns the current user when they hold the permission, and throws otherwise. */
    public CurrentUser require(Permission permission) {
        CurrentUser u = user;
        if (u == null || !u.has(permission)) {
            throw new AccessDeniedException(permission);
        }
        return u;
    }

    public void start(CurrentUser newUser) {
        this.user = newUser;
        listeners.forEach(l -> l.accept(Optional.of(newUser)));
    }

    public void end() {
        this.user = null;
        listeners.forEach(l -> l.accept(Optional.empty()));
    }

    public void onChange(Consumer<Optional<CurrentUser>> listener) {
        listeners.add(listener);
    }
}

package be.toppsy.desk.accounts;

import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.KeyCopies;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Accounts, logins and the lock screen. Every login attempt and every change to an account is
 * written to the audit trail.
 *
 * <p>Passwords and the database key move together: each account has a copy of the key wrapped with
 * its password ({@link KeyCopies}). A new password gets its copy first; the old copies go only once
 * the new password is stored, so a crash in between leaves a copy that opens the database with
 * whichever password the database holds.
 */
public final class AccountService {

    public static final String AUDIT_ENTITY = "user";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

    /** A new account as typed by an administrator. */
    public record NewUser(String displayName, String username, char[] password, char[] repeat, Set<Role> roles,
            Language language) {
    }

    /** Failed attempts for names that have no account, so that they are slowed down the same way. */
    private record Failures(int count, OffsetDateTime last) {
    }

    private final Database database;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AuditService audit;
    private final Session session;
    private final Clock clock;
    private final KeyCopies keys;
    private final Map<String, Failures> unknownNameFailures = new ConcurrentHashMap<>();

    public AccountService(Database database, UserRepository users, PasswordHasher hasher, AuditService audit,
            Session session, Clock clock) {
        this(database, users, hasher, audit, session, clock, KeyCopies.NONE);
    }

    public AccountService(Database database, UserRepository users, PasswordHasher hasher, AuditService audit,
            Session session, Clock clock, KeyCopies keys) {
        this.keys = keys;
        this.database = database;
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.session = session;
        this.clock = clock;
    }

    /** True until the first administrator has been created. */
    public boolean isFirstRun() {
        return users.count(database.dsl()) == 0;
    }

    public User createFirstAdministrator(String displayName, String username, char[] password, char[] repeat,
            Language language) {
        NewUser admin = new NewUser(displayName, username, password, repeat, EnumSet.of(Role.ADMIN), language);
        validate(admin);
        String hash = hasher.hash(password);
        String name = normalise(username);
        long id = withNewCopy(name, password, () -> database.transaction(tx -> {
            if (users.count(tx) > 0) {
                throw ValidationException.of("username", "setup.error.alreadyDone");
            }
            long newId = users.insert(tx, name, displayName.trim(), hash, language.code(), admin.roles(), false,
                    now());
            audit.recordFor(tx, newId, name, "USER_CREATED", AUDIT_ENTITY, String.valueOf(newId),
                    "first administrator");
            return newId;
        }));
        return users.find(database.dsl(), id).orElseThrow();
    }

    /** Checks a login; on success the session starts. Slow on purpose (the password hash). */
    public LoginResult login(String username, char[] password) {
        String name = normalise(username == null ? "" : username);
        Optional<UserRepository.Credentials> found = users.credentials(database.dsl(), name);
        OffsetDateTime now = now();
        if (found.isEmpty() || !found.get().active()) {
            return refuseUnknown(name, found, password, now);
        }
        UserRepository.Credentials credentials = found.get();
        long wait = LoginThrottle.secondsToWait(credentials.failedLogins(), credentials.lastFailedAt(), now);
        if (wait > 0) {
            audit(null, name, "LOGIN_THROTTLED", credentials.id(), null);
            return new LoginResult.Throttled(wait);
        }
        if (!hasher.verify(password, credentials.passwordHash())) {
            database.transactionWithoutResult(tx -> {
                users.recordFailure(tx, credentials.id(), now);
                audit.recordFor(tx, null, name, "LOGIN_FAILED", AUDIT_ENTITY, String.valueOf(credentials.id()), null);
            });
            return new LoginResult.Refused();
        }
        String renewedHash = hasher.needsRehash(credentials.passwordHash()) ? hasher.hash(password) : null;
        database.transactionWithoutResult(tx -> {
            users.recordSuccess(tx, credentials.id(), now);
            if (renewedHash != null) {
                users.setPassword(tx, credentials.id(), renewedHash, false);
            }
            audit.recordFor(tx, credentials.id(), name, "LOGIN_OK", AUDIT_ENTITY, String.valueOf(credentials.id()),
                    null);
        });
        User user = users.find(database.dsl(), credentials.id()).orElseThrow();
        if (keys.needsNewCopy(name)) {
            // No copy yet, or only the one made from the old password hash when the database was encrypted.
            keys.keepOnly(name, keys.add(name, password));
        }
        session.start(user.asCurrentUser());
        return new LoginResult.Success(user);
    }

    private LoginResult refuseUnknown(String name, Optional<UserRepository.Credentials> inactive, char[] password,
            OffsetDateTime now) {
        Failures failures = unknownNameFailures.getOrDefault(name, new Failures(0, null));
        long wait = LoginThrottle.secondsToWait(failures.count(), failures.last(), now);
        if (wait > 0) {
            audit(null, inactive.isPresent() ? name : null, "LOGIN_THROTTLED",
                    inactive.map(UserRepository.Credentials::id).orElse(null), null);
            return new LoginResult.Throttled(wait);
        }
        hasher.burnTime(password);
        unknownNameFailures.put(name, new Failures(failures.count() + 1, now));
        // A name that is no account's is not kept: people type their password into the name field.
        audit(null, inactive.isPresent() ? name : null, "LOGIN_FAILED",
                inactive.map(UserRepository.Credentials::id).orElse(null),
                inactive.isPresent() ? "inactive account" : "unknown username");
        return new LoginResult.Refused();
    }

    /** Logs out: the session ends and the login screen shows. */
    public void logout() {
        session.user().ifPresent(u -> audit.record("LOGOUT", AUDIT_ENTITY, String.valueOf(u.id()), null));
        session.end();
    }

    public void recordLock() {
        session.user().ifPresent(u -> audit.record("SCREEN_LOCKED", AUDIT_ENTITY, String.valueOf(u.id()), null));
    }

    public List<User> listUsers() {
        session.require(Permission.USER_MANAGE);
        return users.findAll(database.dsl());
    }

    /** Active users, for pickers such as key worker or action owner; any logged-in user may read them. */
    public List<User> activeUsers() {
        session.current();
        return users.findAll(database.dsl()).stream().filter(User::active).toList();
    }

    public User createUser(NewUser newUser) {
        session.require(Permission.USER_MANAGE);
        validate(newUser);
        String name = normalise(newUser.username());
        String hash = hasher.hash(newUser.password());
        if (users.idForUsername(database.dsl(), name).isPresent()) {
            throw ValidationException.of("username", "user.error.usernameTaken");
        }
        long id = withNewCopy(name, newUser.password(), () -> database.transaction(tx -> {
            if (users.idForUsername(tx, name).isPresent()) {
                throw ValidationException.of("username", "user.error.usernameTaken");
            }
            long newId = users.insert(tx, name, newUser.displayName().trim(), hash, newUser.language().code(),
                    newUser.roles(), true, now());
            audit.record(tx, "USER_CREATED", AUDIT_ENTITY, String.valueOf(newId), "roles=" + newUser.roles());
            return newId;
        }));
        return users.find(database.dsl(), id).orElseThrow();
    }

    /** Creates an account without a logged-in administrator; only for loading demo data at first run. */
    public User createDemoUser(String displayName, String username, char[] password, Set<Role> roles) {
        session.require(Permission.USER_MANAGE);
        String hash = hasher.hash(password);
        long id = withNewCopy(normalise(username), password, () -> database.transaction(tx -> {
            long newId = users.insert(tx, normalise(username), displayName, hash, Language.NL.code(), roles, false,
                    now());
            audit.record(tx, "USER_CREATED", AUDIT_ENTITY, String.valueOf(newId), "demo data, roles=" + roles);
            return newId;
        }));
        return users.find(database.dsl(), id).orElseThrow();
    }

    public void changeRoles(long userId, Set<Role> roles) {
        CurrentUser admin = session.require(Permission.USER_MANAGE);
        if (roles.isEmpty()) {
            throw ValidationException.of("roles", "user.error.noRole");
        }
        if (adminWithMedical(roles)) {
            throw ValidationException.of("roles", "user.error.adminAndMedical");
        }
        database.transactionWithoutResult(tx -> {
            if (userId == admin.id() && !roles.contains(Role.ADMIN)) {
                throw ValidationException.of("roles", "user.error.ownAdminRole");
            }
            users.replaceRoles(tx, userId, roles);
            audit.record(tx, "USER_ROLES_CHANGED", AUDIT_ENTITY, String.valueOf(userId), "roles=" + roles);
        });
    }

    public void deactivate(long userId) {
        CurrentUser admin = session.require(Permission.USER_MANAGE);
        if (userId == admin.id()) {
            throw ValidationException.of("active", "user.error.deactivateSelf");
        }
        User user = users.find(database.dsl(), userId).orElseThrow();
        database.transactionWithoutResult(tx -> {
            users.setActive(tx, userId, false);
            audit.record(tx, "USER_DEACTIVATED", AUDIT_ENTITY, String.valueOf(userId), null);
        });
        // Their copy of the database key goes too: the password no longer opens anything.
        keys.removeAll(user.username());
    }

    /**
     * Reactivates an account with a temporary password, which the user replaces at the next login.
     * (Deactivation removed their copy of the database key; the new password gets a new one.)
     */
    public void reactivate(long userId, char[] password, char[] repeat) {
        session.require(Permission.USER_MANAGE);
        User user = users.find(database.dsl(), userId).orElseThrow();
        checkPassword(password, repeat, user.username(), new ValidationException.Builder()).throwIfAny();
        String hash = hasher.hash(password);
        withNewCopy(user.username(), password, () -> {
            database.transactionWithoutResult(tx -> {
                users.setActive(tx, userId, true);
                users.setPassword(tx, userId, hash, true);
                audit.record(tx, "USER_REACTIVATED", AUDIT_ENTITY, String.valueOf(userId), null);
            });
            return userId;
        });
    }

    /** An administrator sets a temporary password; the user must choose a new one at next login. */
    public void resetPassword(long userId, char[] password, char[] repeat) {
        session.require(Permission.USER_MANAGE);
        User user = users.find(database.dsl(), userId).orElseThrow();
        checkPassword(password, repeat, user.username(), new ValidationException.Builder()).throwIfAny();
        String hash = hasher.hash(password);
        withNewCopy(user.username(), password, () -> {
            database.transactionWithoutResult(tx -> {
                users.setPassword(tx, userId, hash, true);
                audit.record(tx, "USER_PASSWORD_RESET", AUDIT_ENTITY, String.valueOf(userId), null);
            });
            return userId;
        });
    }

    public void changeOwnPassword(char[] current, char[] password, char[] repeat) {
        CurrentUser me = session.current();
        UserRepository.Credentials credentials = users.credentials(database.dsl(), me.id()).orElseThrow();
        ValidationException.Builder errors = new ValidationException.Builder();
        if (!hasher.verify(current, credentials.passwordHash())) {
            errors.add("current", "password.error.currentWrong");
        }
        checkPassword(password, repeat, me.username(), errors).throwIfAny();
        String hash = hasher.hash(password);
        withNewCopy(me.username(), password, () -> {
            database.transactionWithoutResult(tx -> {
                users.setPassword(tx, me.id(), hash, false);
                audit.record(tx, "USER_PASSWORD_CHANGED", AUDIT_ENTITY, String.valueOf(me.id()), null);
            });
            return me.id();
        });
    }

    /**
     * After the recovery code has unlocked the database (and only then: the caller checks the
     * code), an administrator chooses a new password and is logged in.
     */
    public User recoverAdministrator(String username, char[] password, char[] repeat) {
        String name = normalise(username == null ? "" : username);
        Optional<User> found = users.idForUsername(database.dsl(), name).flatMap(id -> users.find(database.dsl(), id))
                .filter(u -> u.active() && u.roles().contains(Role.ADMIN));
        ValidationException.Builder errors = new ValidationException.Builder();
        if (found.isEmpty()) {
            errors.add("username", "recovery.error.notAdmin");
        }
        checkPassword(password, repeat, name, errors).throwIfAny();
        User admin = found.orElseThrow();
        String hash = hasher.hash(password);
        withNewCopy(name, password, () -> {
            database.transactionWithoutResult(tx -> {
                users.setPassword(tx, admin.id(), hash, false);
                audit.recordFor(tx, admin.id(), name, "RECOVERY_CODE_USED", AUDIT_ENTITY, String.valueOf(admin.id()),
                        "new administrator password");
            });
            return admin.id();
        });
        User user = users.find(database.dsl(), admin.id()).orElseThrow();
        session.start(user.asCurrentUser());
        return user;
    }

    /**
     * Stores a new password: first a new copy of the database key for it, then the change, then
     * the user's other copies go. If the change fails, only the new copy goes.
     */
    private <T> T withNewCopy(String username, char[] password, java.util.function.Supplier<T> change) {
        String copy = keys.add(username, password);
        T result;
        try {
            result = change.get();
        } catch (RuntimeException e) {
            keys.remove(username, copy);
            throw e;
        }
        keys.keepOnly(username, copy);
        return result;
    }

    /** Checks the password of the user whose screen is locked, without ending their session. */
    public LoginResult unlock(char[] password) {
        return login(session.current().username(), password);
    }

    public void setLanguage(Language language) {
        CurrentUser me = session.current();
        database.transactionWithoutResult(tx -> users.setLanguage(tx, me.id(), language.code()));
        session.start(new CurrentUser(me.id(), me.username(), me.displayName(), me.roles(), language.code()));
    }

    public Optional<User> find(long userId) {
        session.current();
        return users.find(database.dsl(), userId);
    }

    /** Checks a new account as typed, without storing anything (first-run setup checks before it creates the database). */
    /**
     * Separation of duties: the administrator manages accounts and may reset any password, so one
     * account never holds that role together with the medical service's access to medical notes.
     */
    public static boolean adminWithMedical(Set<Role> roles) {
        return roles.contains(Role.ADMIN) && roles.contains(Role.MEDICAL);
    }

    public static void validate(NewUser user) {
        ValidationException.Builder errors = new ValidationException.Builder();
        if (user.displayName() == null || user.displayName().isBlank()) {
            errors.add("displayName", "user.error.nameRequired");
        } else if (user.displayName().trim().length() > 200) {
            errors.add("displayName", "user.error.nameTooLong");
        }
        String name = user.username() == null ? "" : normalise(user.username());
        if (name.isEmpty()) {
            errors.add("username", "user.error.usernameRequired");
        } else if (!USERNAME.matcher(name).matches()) {
            errors.add("username", "user.error.usernameFormat");
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            errors.add("roles", "user.error.noRole");
        } else if (adminWithMedical(user.roles())) {
            errors.add("roles", "user.error.adminAndMedical");
        }
        checkPassword(user.password(), user.repeat(), name, errors).throwIfAny();
    }

    private static ValidationException.Builder checkPassword(char[] password, char[] repeat, String username,
            ValidationException.Builder errors) {
        PasswordPolicy.check(password, username).ifPresent(key -> errors.add("password", key));
        if (!java.util.Arrays.equals(password, repeat)) {
            errors.add("repeat", "password.error.mismatch");
        }
        return errors;
    }

    private void audit(Long actorId, String name, String action, Long userId, String details) {
        database.transactionWithoutResult(tx -> audit.recordFor(tx, actorId, name == null ? null : truncate(name),
                action, AUDIT_ENTITY,
                userId == null ? null : String.valueOf(userId), details));
    }

    private static String truncate(String name) {
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

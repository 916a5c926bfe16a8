package be.toppsy.desk.accounts;

import static be.toppsy.desk.storage.jooq.Tables.APP_USER;
import static be.toppsy.desk.storage.jooq.Tables.USER_ROLE;

import be.toppsy.desk.security.Role;
import be.toppsy.desk.storage.jooq.tables.records.AppUserRecord;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Queries of accounts and their roles. */
public final class UserRepository {

    /** A user with the fields only the login needs. */
    public record Credentials(long id, String passwordHash, boolean active, int failedLogins,
            OffsetDateTime lastFailedAt) {
    }

    public long count(DSLContext dsl) {
        return dsl.fetchCount(APP_USER);
    }

    public long insert(DSLContext dsl, String username, String displayName, String passwordHash, String language,
            Set<Role> roles, boolean mustChangePassword, OffsetDateTime now) {
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.LANGUAGE, language)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .set(APP_USER.CREATED_AT, now)
                .returningResult(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        replaceRoles(dsl, id, roles);
        return id;
    }

    public void replaceRoles(DSLContext dsl, long userId, Set<Role> roles) {
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).execute();
        for (Role role : roles) {
            dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, userId).set(USER_ROLE.ROLE_NAME, role.name()).execute();
        }
    }

    public Optional<Long> idForUsername(DSLContext dsl, String username) {
        return dsl.select(APP_USER.ID).from(APP_USER)
                .where(DSL.lower(APP_USER.USERNAME).eq(username.trim().toLowerCase()))
                .fetchOptional(APP_USER.ID);
    }

    public Optional<Credentials> credentials(DSLContext dsl, String username) {
        return dsl.selectFrom(APP_USER)
                .where(DSL.lower(APP_USER.USERNAME).eq(username.trim().toLowerCase()))
                .fetchOptional(r -> new Credentials(r.getId(), r.getPasswordHash(), r.getActive(),
                        r.getFailedLogins(), r.getLastFailedAt()));
    }

    public Optional<Credentials> credentials(DSLContext dsl, long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id))
                .fetchOptional(r -> new Credentials(r.getId(), r.getPasswordHash(), r.getActive(),
                        r.getFailedLogins(), r.getLastFailedAt()));
    }

    public Optional<User> find(DSLContext dsl, long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional()
                .map(r -> toUser(r, roles(dsl, id)));
    }

    public List<User> findAll(DSLContext dsl) {
        Map<Long, Set<Role>> roles = dsl.selectFrom(USER_ROLE).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getUserId(),
                        Collectors.mapping(r -> Role.valueOf(r.getRoleName()),
                                Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.DISPLAY_NAME).fetch().stream()
                .map(r -> toUser(r, roles.getOrDefault(r.getId(), Set.of())))
                .toList();
    }

    public Set<Role> roles(DSLContext dsl, long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        dsl.select(USER_ROLE.ROLE_NAME).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId))
                .fetch(USER_ROLE.ROLE_NAME).forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    public void recordFailure(DSLContext dsl, long id, OffsetDateTime at) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, APP_USER.FAILED_LOGINS.plus(1))
                .set(APP_USER.LAST_FAILED_AT, at)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void recordSuccess(DSLContext dsl, long id, OffsetDateTime at) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LAST_FAILED_AT)
                .set(APP_USER.LAST_LOGIN_AT, at)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void setPassword(DSLContext dsl, long id, String hash, boolean mustChange) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LAST_FAILED_AT)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void setActive(DSLContext dsl, long id, boolean active) {
        dsl.update(APP_USER).set(APP_USER.ACTIVE, active).where(APP_USER.ID.eq(id)).execute();
    }

    public void setLanguage(DSLContext dsl, long id, String language) {
        dsl.update(APP_USER).set(APP_USER.LANGUAGE, language).where(APP_USER.ID.eq(id)).execute();
    }

    public void setDisplayName(DSLContext dsl, long id, String displayName) {
        dsl.update(APP_USER).set(APP_USER.DISPLAY_NAME, displayName).where(APP_USER.ID.eq(id)).execute();
    }

    public long countActiveWithRole(DSLContext dsl, Role role) {
        return dsl.fetchCount(DSL.selectFrom(APP_USER)
                .where(APP_USER.ACTIVE.isTrue())
                .and(APP_USER.ID.in(DSL.select(USER_ROLE.USER_ID).from(USER_ROLE)
                        .where(USER_ROLE.ROLE_NAME.eq(role.name())))));
    }

    private static User toUser(AppUserRecord r, Set<Role> roles) {
        return new User(r.getId(), r.getUsername(), r.getDisplayName(), r.getActive(), r.getLanguage(), roles,
                r.getMustChangePassword(), r.getLastLoginAt(), r.getCreatedAt());
    }
}

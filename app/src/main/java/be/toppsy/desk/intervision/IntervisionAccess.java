package be.toppsy.desk.intervision;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What every intervision service shares: who is logged in and what they may do, the staff who take
 * part, the clock, and the follow-up tracker's answers about residents. Holds no data of its own.
 */
public final class IntervisionAccess {

    private final Session session;
    private final AccountService accounts;
    private final FollowUpLink followUp;
    private final Clock clock;

    public IntervisionAccess(Session session, AccountService accounts, FollowUpLink followUp, Clock clock) {
        this.session = session;
        this.accounts = accounts;
        this.followUp = followUp;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ who may do what

    /** The current user, who must take part in intervision. */
    public CurrentUser me() {
        return session.require(Permission.INTERVISION_PARTICIPATE);
    }

    /** The current user, who must be a team lead. */
    public CurrentUser requireManage() {
        return session.require(Permission.INTERVISION_MANAGE);
    }

    /** The current user, who must be an administrator (demo data). */
    public CurrentUser requireAdministrator() {
        return session.require(Permission.USER_MANAGE);
    }

    public boolean mayManage() {
        return session.has(Permission.INTERVISION_MANAGE);
    }

    public boolean participates() {
        return session.has(Permission.INTERVISION_PARTICIPATE);
    }

    /** The logged-in user, if any, without a permission check (for "may run" questions). */
    public Optional<CurrentUser> user() {
        return session.user();
    }

    public static AccessDeniedException denied() {
        return new AccessDeniedException(Permission.INTERVISION_MANAGE);
    }

    // ------------------------------------------------------------------ people and time

    /** Staff who take part in intervision, for the pickers (presenter, facilitator, owner...). */
    public List<Person> staff() {
        me();
        return accounts.activeUsers().stream()
                .filter(u -> Permission.grantedTo(u.roles()).contains(Permission.INTERVISION_PARTICIPATE))
                .map(u -> new Person(u.id(), u.displayName()))
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Turns user ids into people; user names belong to the accounts feature. */
    public LongFunction<Person> people() {
        Map<Long, Person> known = new HashMap<>();
        accounts.activeUsers().forEach(u -> known.put(u.id(), new Person(u.id(), u.displayName())));
        return id -> known.computeIfAbsent(id, missing -> accounts.find(missing)
                .map(u -> new Person(u.id(), u.displayName())).orElse(new Person(missing, "#" + missing)));
    }

    /** A lookup without names, where only ids matter (inside transactions). */
    public static LongFunction<Person> anonymous() {
        return id -> new Person(id, "");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    // ------------------------------------------------------------------ the tracker

    public FollowUpLink followUp() {
        return followUp;
    }

    public boolean trackerAvailable() {
        return followUp.available();
    }

    /** The linked resident's code when the tracker is there and the current user may see them, else null. */
    public String residentCode(Long residentId) {
        if (residentId == null || !followUp.available()) {
            return null;
        }
        return followUp.resident(residentId).map(FollowUpLink.ResidentRef::code).orElse(null);
    }

    /** The names of a linked resident, to keep them out of texts; empty without a link. */
    public List<String> names(Long residentId) {
        return residentId == null ? List.of() : followUp.names(residentId);
    }

    // ------------------------------------------------------------------ small helpers

    public static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    public static ValidationException notFound(String field) {
        return ValidationException.of(field, "iv.error.notFound");
    }
}

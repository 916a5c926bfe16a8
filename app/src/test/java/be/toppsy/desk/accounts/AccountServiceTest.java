package be.toppsy.desk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.App;
import be.toppsy.desk.audit.AuditEvent;
import be.toppsy.desk.audit.AuditFilter;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountServiceTest {

    private static final String PASSWORD = "Zonnebloem-2026";

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");
    private App.Services services;
    private AccountService accounts;

    @BeforeEach
    void setUp() {
        services = TestServices.create(folder, clock);
        accounts = services.accounts();
    }

    @AfterEach
    void tearDown() {
        services.database().close();
    }

    private void createAdmin() {
        accounts.createFirstAdministrator("Anna Beheer", "Admin", TestServices.ADMIN_PASSWORD.toCharArray(),
                TestServices.ADMIN_PASSWORD.toCharArray(), Language.NL);
    }

    private void loginAdmin() {
        assertThat(accounts.login("admin", TestServices.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOf(LoginResult.Success.class);
    }

    private User createStaff(String username, Role... roles) {
        return accounts.createUser(new AccountService.NewUser(username + " Test", username, PASSWORD.toCharArray(),
                PASSWORD.toCharArray(), EnumSet.copyOf(List.of(roles)), Language.NL));
    }

    @Test
    void aFreshDatabaseNeedsTheFirstAdministrator() {
        assertThat(accounts.isFirstRun()).isTrue();
        createAdmin();
        assertThat(accounts.isFirstRun()).isFalse();
    }

    @Test
    void theFirstAdministratorCanOnlyBeCreatedOnce() {
        createAdmin();
        assertThatThrownBy(this::createAdmin).isInstanceOf(ValidationException.class);
    }

    @Test
    void setupReportsEveryBadFieldAtOnceAndStoresNothing() {
        ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> accounts.createFirstAdministrator(" ", "a b", "kort".toCharArray(), "anders".toCharArray(),
                        Language.NL));
        assertThat(e.errors()).containsKeys("displayName", "username", "password", "repeat");
        assertThat(accounts.isFirstRun()).isTrue();
    }

    @Test
    void usernamesAreCaseInsensitiveAndStoredInLowerCase() {
        createAdmin();
        assertThat(accounts.login("ADMIN ", TestServices.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(LoginResult.Success.class, s -> assertThat(s.user().username()).isEqualTo("admin"));
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        createAdmin();
        LoginResult wrongPassword = accounts.login("admin", "Verkeerd-2026".toCharArray());
        LoginResult unknownName = accounts.login("niemand", "Verkeerd-2026".toCharArray());
        assertThat(wrongPassword).isEqualTo(unknownName).isInstanceOf(LoginResult.Refused.class);
        assertThat(services.session().isLoggedIn()).isFalse();
    }

    @Test
    void repeatedFailuresSlowDownFurtherAttemptsEvenWithTheRightPassword() {
        createAdmin();
        for (int i = 0; i < 3; i++) {
            assertThat(accounts.login("admin", "Verkeerd-2026".toCharArray())).isInstanceOf(LoginResult.Refused.class);
        }
        assertThat(accounts.login("admin", TestServices.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(LoginResult.Throttled.class, t -> assertThat(t.secondsToWait()).isEqualTo(5));
        clock.advance(Duration.ofSeconds(6));
        assertThat(accounts.login("admin", "Verkeerd-2026".toCharArray())).isInstanceOf(LoginResult.Refused.class);
        assertThat(accounts.login("admin", TestServices.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(LoginResult.Throttled.class, t -> assertThat(t.secondsToWait()).isEqualTo(10));
        clock.advance(Duration.ofSeconds(11));
        assertThat(accounts.login("admin", TestServices.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void unknownNamesAreSlowedDownTheSameWay() {
        createAdmin();
        for (int i = 0; i < 4; i++) {
            accounts.login("niemand", "Verkeerd-2026".toCharArray());
        }
        assertThat(accounts.login("niemand", "Verkeerd-2026".toCharArray())).isInstanceOf(LoginResult.Throttled.class);
    }

    @Test
    void loginsAndFailuresAreInTheAuditTrail() {
        createAdmin();
        accounts.login("admin", "Verkeerd-2026".toCharArray());
        loginAdmin();
        List<String> actions = services.audit().find(AuditFilter.latest(50)).stream().map(AuditEvent::action).toList();
        assertThat(actions).contains("USER_CREATED", "LOGIN_FAILED", "LOGIN_OK");
    }

    @Test
    void aPasswordTypedIntoTheNameFieldIsNotKeptInTheAuditTrail() {
        createAdmin();
        accounts.login("Geheim-Wachtwoord-77", "".toCharArray());
        accounts.login("admin", "Verkeerd-2026".toCharArray());
        loginAdmin();
        List<AuditEvent> events = services.audit().find(AuditFilter.latest(50));
        assertThat(events).filteredOn(e -> e.action().equals("LOGIN_FAILED")).hasSize(2)
                .extracting(AuditEvent::actorName).containsOnly(null, "admin");
        assertThat(events).allSatisfy(e -> assertThat(String.valueOf(e.actorName()) + e.details() + e.entityId())
                .doesNotContainIgnoringCase("geheim-wachtwoord"));
    }

    @Test
    void onlyAnAdministratorManagesUsers() {
        createAdmin();
        loginAdmin();
        createStaff("tom", Role.STAFF);
        accounts.logout();
        accounts.login("tom", PASSWORD.toCharArray());
        assertThatThrownBy(accounts::listUsers).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> createStaff("eve", Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewUserMustChooseTheirOwnPassword() {
        createAdmin();
        loginAdmin();
        User tom = createStaff("tom", Role.STAFF);
        assertThat(tom.mustChangePassword()).isTrue();
        accounts.logout();
        accounts.login("tom", PASSWORD.toCharArray());
        accounts.changeOwnPassword(PASSWORD.toCharArray(), "Nieuw-eigen-2027".toCharArray(),
                "Nieuw-eigen-2027".toCharArray());
        assertThat(accounts.find(tom.id()).orElseThrow().mustChangePassword()).isFalse();
        accounts.logout();
        assertThat(accounts.login("tom", "Nieuw-eigen-2027".toCharArray())).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void aTakenUsernameIsRefused() {
        createAdmin();
        loginAdmin();
        createStaff("tom", Role.STAFF);
        assertThatThrownBy(() -> createStaff("Tom", Role.STAFF)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsKey("username"));
    }

    @Test
    void aDeactivatedUserCannotLogInButKeepsTheirNameInTheAuditTrail() {
        createAdmin();
        loginAdmin();
        User tom = createStaff("tom", Role.STAFF);
        accounts.deactivate(tom.id());
        accounts.logout();
        assertThat(accounts.login("tom", PASSWORD.toCharArray())).isInstanceOf(LoginResult.Refused.class);
        loginAdmin();
        assertThat(accounts.listUsers()).extracting(User::username).contains("tom");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        createAdmin();
        loginAdmin();
        long me = services.session().current().id();
        assertThatThrownBy(() -> accounts.deactivate(me)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> accounts.changeRoles(me, EnumSet.of(Role.STAFF))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aPasswordResetWorksAndForcesAChange() {
        createAdmin();
        loginAdmin();
        User tom = createStaff("tom", Role.STAFF);
        accounts.resetPassword(tom.id(), "Tijdelijk-2026".toCharArray(), "Tijdelijk-2026".toCharArray());
        accounts.logout();
        assertThat(accounts.login("tom", PASSWORD.toCharArray())).isInstanceOf(LoginResult.Refused.class);
        assertThat(accounts.login("tom", "Tijdelijk-2026".toCharArray()))
                .isInstanceOfSatisfying(LoginResult.Success.class, s -> assertThat(s.user().mustChangePassword()).isTrue());
    }

    @Test
    void changedRolesChangeWhatTheUserMayDoAtNextLogin() {
        createAdmin();
        loginAdmin();
        User tom = createStaff("tom", Role.STAFF);
        accounts.changeRoles(tom.id(), EnumSet.of(Role.STAFF, Role.MEDICAL));
        accounts.logout();
        accounts.login("tom", PASSWORD.toCharArray());
        assertThat(services.session().has(Permission.MEDICAL_NOTES)).isTrue();
    }

    @Test
    void anAdministratorDoesNotReadMedicalNotes() {
        assertThat(Permission.grantedTo(Role.ADMIN)).doesNotContain(Permission.MEDICAL_NOTES, Permission.RESIDENT_VIEW);
        assertThat(Permission.grantedTo(Role.MEDICAL)).contains(Permission.MEDICAL_NOTES);
        assertThat(Permission.grantedTo(Role.STAFF)).contains(Permission.OBSERVATION_ADD)
                .doesNotContain(Permission.MEDICAL_NOTES);
    }

    @Test
    void noAccountHoldsTheAdministratorAndTheMedicalRoleTogether() {
        createAdmin();
        loginAdmin();
        long me = services.session().current().id();
        // Not for oneself ...
        assertThatThrownBy(() -> accounts.changeRoles(me, EnumSet.of(Role.ADMIN, Role.MEDICAL)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).containsKey("roles"));
        // ... nor for a new or an existing colleague.
        assertThatThrownBy(() -> createStaff("omer", Role.ADMIN, Role.MEDICAL)).isInstanceOf(ValidationException.class);
        User mai = createStaff("mai", Role.MEDICAL);
        assertThatThrownBy(() -> accounts.changeRoles(mai.id(), EnumSet.of(Role.MEDICAL, Role.ADMIN)))
                .isInstanceOf(ValidationException.class);
        accounts.logout();
        accounts.login("mai", PASSWORD.toCharArray());
        assertThat(services.session().has(Permission.MEDICAL_NOTES)).isTrue();
        assertThat(services.session().has(Permission.USER_MANAGE)).isFalse();
        // An account given both before this rule keeps no access to medical notes.
        assertThat(Permission.grantedTo(EnumSet.of(Role.ADMIN, Role.MEDICAL))).doesNotContain(Permission.MEDICAL_NOTES);
    }

    @Test
    void theLanguageChoiceIsStoredPerUser() {
        createAdmin();
        loginAdmin();
        accounts.setLanguage(Language.FR);
        accounts.logout();
        loginAdmin();
        assertThat(services.session().current().language()).isEqualTo("fr");
    }

    @Test
    void unlockingNeedsTheLockedUsersPassword() {
        createAdmin();
        loginAdmin();
        assertThat(accounts.unlock("Verkeerd-2026".toCharArray())).isInstanceOf(LoginResult.Refused.class);
        assertThat(accounts.unlock(TestServices.ADMIN_PASSWORD.toCharArray())).isInstanceOf(LoginResult.Success.class);
    }
}

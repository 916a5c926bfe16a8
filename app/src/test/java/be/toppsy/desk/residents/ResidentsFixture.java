package be.toppsy.desk.residents;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.App;
import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.accounts.LoginResult;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.socialmap.SocialMapFeature;
import be.toppsy.desk.socialmap.SocialMapService;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wired application on a fresh H2 with a small team: sara (begeleider), tom (medewerker),
 * leen (teamverantwoordelijke), omer (medische dienst), and the administrator "admin".
 */
public final class ResidentsFixture {

    public static final String PASSWORD = "Proef-wachtwoord-2026";

    public final MutableClock clock = MutableClock.at("2026-11-22T09:00:00Z");
    public final App.Services services;
    public final ResidentService residents;
    public final SocialMapService socialMap;
    private final Map<String, Long> ids = new HashMap<>();

    public ResidentsFixture(Path folder) {
        services = TestServices.withAdmin(folder, clock);
        user("Sara Janssens", "sara", Role.SUPPORT_WORKER, Role.STAFF);
        user("Tom Peeters", "tom", Role.STAFF);
        user("Aïcha Diallo", "aicha", Role.STAFF);
        user("Leen De Smet", "leen", Role.TEAM_LEAD, Role.STAFF);
        user("Ömer Çelik", "omer", Role.MEDICAL, Role.STAFF);
        residents = services.features().stream().filter(f -> f instanceof ResidentsFeature)
                .map(f -> ((ResidentsFeature) f).service()).findFirst().orElseThrow();
        socialMap = services.features().stream().filter(f -> f instanceof SocialMapFeature)
                .map(f -> ((SocialMapFeature) f).service()).findFirst().orElseThrow();
    }

    private void user(String name, String username, Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        long id = services.accounts().createUser(new AccountService.NewUser(name, username, PASSWORD.toCharArray(),
                PASSWORD.toCharArray(), set, Language.NL)).id();
        ids.put(username, id);
    }

    /** Logs in as one of the team (or "admin"). */
    public ResidentsFixture as(String username) {
        services.accounts().logout();
        String password = username.equals("admin") ? TestServices.ADMIN_PASSWORD : PASSWORD;
        LoginResult result = services.accounts().login(username, password.toCharArray());
        if (!(result instanceof LoginResult.Success)) {
            throw new IllegalStateException("login failed for " + username + ": " + result);
        }
        return this;
    }

    public long id(String username) {
        return ids.get(username);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static ResidentDraft draft(String given, String family, LocalDate arrival, Long keyWorker) {
        return new ResidentDraft(given, family, 1990, Gender.UNKNOWN, "A", "12", arrival, List.of("Arabisch"), true,
                false, keyWorker, null, null, ResidentState.PRESENT, null, false);
    }

    /** As sara: a present resident who arrived {@code daysAgo} days ago, with sara as key worker. */
    public long resident(String given, String family, int daysAgo, SupportLevel level) {
        as("sara");
        return residents.records().create(draft(given, family, today().minusDays(daysAgo), id("sara")), level);
    }
}

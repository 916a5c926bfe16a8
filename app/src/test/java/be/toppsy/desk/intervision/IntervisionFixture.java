package be.toppsy.desk.intervision;

import be.toppsy.desk.App;
import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.intervision.board.CaseDraft;
import be.toppsy.desk.intervision.board.CaseService;
import be.toppsy.desk.intervision.board.IntervisionCase;
import be.toppsy.desk.intervision.methods.MethodService;
import be.toppsy.desk.intervision.runner.RunService;
import be.toppsy.desk.intervision.sessions.IntervisionSession;
import be.toppsy.desk.intervision.sessions.SessionDraft;
import be.toppsy.desk.intervision.sessions.SessionService;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestServices;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application's services on a real H2 in a temp folder, with an intervision service on fake
 * ports, and a small team: leen (team lead), sara (support worker), tom and aicha (staff).
 */
public final class IntervisionFixture {

    public static final String PASSWORD = "Proef-wachtwoord-2026";

    public final MutableClock clock = MutableClock.at("2026-03-10T09:00:00Z");
    public final App.Services services;
    public final FakeFollowUp followUp = new FakeFollowUp();
    public final FakeContent content = new FakeContent();
    public final IntervisionServices iv;
    public final IntervisionAccess access;
    public final MethodService methods;
    public final CaseService cases;
    public final SessionService sessions;
    public final RunService runs;
    public final Map<String, Long> ids = new HashMap<>();

    public IntervisionFixture(Path folder) {
        services = TestServices.withAdmin(folder, clock);
        user("leen", Role.TEAM_LEAD, Role.STAFF);
        user("sara", Role.SUPPORT_WORKER, Role.STAFF);
        user("tom", Role.STAFF);
        user("aicha", Role.STAFF);
        iv = IntervisionServices.create(services.database(), services.audit(), services.session(), services.accounts(),
                services.settings(), followUp, content, clock);
        access = iv.access();
        methods = iv.methods();
        cases = iv.cases();
        sessions = iv.sessions();
        runs = iv.runs();
    }

    private void user(String name, Role... roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        long id = services.accounts().createUser(new AccountService.NewUser(name + " Test", name,
                PASSWORD.toCharArray(), PASSWORD.toCharArray(), set, Language.NL)).id();
        ids.put(name, id);
    }

    public IntervisionFixture as(String username) {
        services.accounts().logout();
        services.accounts().login(username, (username.equals("admin") ? TestServices.ADMIN_PASSWORD : PASSWORD)
                .toCharArray());
        return this;
    }

    public long id(String username) {
        return ids.get(username);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public IntervisionCase kase(String title, SupportLevel level, String... tags) {
        return cases.createCase(new CaseDraft(null, title, "Situatie.", "Wat doe ik?", level, List.of(tags), null));
    }

    /** As a team lead: a session with the default method and these cases, today. */
    public IntervisionSession session(LocalDate date, List<Long> cases, String external) {
        return sessions.createSession(new SessionDraft(date, "Team A", id("leen"), id("sara"),
                List.of(id("tom"), id("aicha")), external, methods.defaultMethod().id(), cases));
    }
}

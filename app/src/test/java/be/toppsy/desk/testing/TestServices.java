package be.toppsy.desk.testing;

import be.toppsy.desk.App;
import be.toppsy.desk.accounts.PasswordHasher;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.storage.DataFolder;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.ui.DialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * The whole application's services on a fresh database in a temp folder, wired by {@link App#wire},
 * with a fast password hasher and tasks run on the calling thread.
 */
public final class TestServices {

    /** Few iterations keep tests fast; the algorithm is the same. */
    public static final int FAST_ITERATIONS = 1_000;
    public static final String ADMIN_PASSWORD = "Beheer-2026-wachtwoord";

    private TestServices() {
    }

    public static App.Services create(Path folder, Clock clock) {
        return create(folder, clock, new RecordingDialogs());
    }

    public static App.Services create(Path folder, Clock clock, DialogService dialogs) {
        Database database = TestDatabases.open(folder);
        return App.wire(database, new DataFolder(folder), new Messages(Language.NL), TaskRunner.direct(),
                new PasswordHasher(FAST_ITERATIONS), clock, dialogs);
    }

    /** Creates the first administrator ("admin") and logs them in. */
    public static App.Services withAdmin(Path folder, Clock clock) {
        App.Services services = create(folder, clock);
        services.accounts().createFirstAdministrator("Anna Beheer", "admin", ADMIN_PASSWORD.toCharArray(),
                ADMIN_PASSWORD.toCharArray(), Language.NL);
        services.accounts().login("admin", ADMIN_PASSWORD.toCharArray());
        return services;
    }

    /** As the logged-in administrator, creates a user and then logs in as them. */
    public static void loginAsNewUser(App.Services services, String username, Role... roles) {
        String password = "Proef-wachtwoord-2026";
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Set.of(roles));
        services.accounts().createUser(new be.toppsy.desk.accounts.AccountService.NewUser(username + " Test",
                username, password.toCharArray(), password.toCharArray(), set, Language.NL));
        services.accounts().logout();
        services.accounts().login(username, password.toCharArray());
    }
}

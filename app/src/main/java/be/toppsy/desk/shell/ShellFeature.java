package be.toppsy.desk.shell;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.Feature;
import java.util.List;
import java.util.function.Supplier;

/** The shell's own areas: the start page, and (as a separate feature, last in the navigation) the settings. */
public final class ShellFeature implements Feature {

    private final Messages messages;
    private final Session session;
    private final ShellSettings settings;
    private final String dataFolder;
    private final TaskRunner tasks;
    private final Supplier<List<Feature>> allFeatures;

    public ShellFeature(Messages messages, Session session, ShellSettings settings, String dataFolder,
            Supplier<List<Feature>> allFeatures, TaskRunner tasks) {
        this.messages = messages;
        this.tasks = tasks;
        this.session = session;
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.allFeatures = allFeatures;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area("start", Area.SECTION_WORK, "nav.start", "mdi2h-home", null,
                () -> new StartPage(messages, session.current().displayName(), allFeatures.get()).build()));
    }

    /** The general settings page, registered after the other administration areas. */
    public Feature settings() {
        return () -> List.of(new Area("settings", Area.SECTION_ADMIN, "nav.settings", "mdi2c-cog",
                Permission.SETTINGS_MANAGE,
                () -> new SettingsView(new SettingsViewModel(settings, messages, dataFolder, tasks), messages).build()));
    }
}

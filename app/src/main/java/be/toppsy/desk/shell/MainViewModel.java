package be.toppsy.desk.shell;

import be.toppsy.desk.accounts.AccountService;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Language;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Role;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.Feature;
import be.toppsy.desk.ui.Shortcut;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The main window's state: which areas this user sees, which one is open, who is logged in. */
public final class MainViewModel {

    private static final List<String> SECTION_ORDER =
            List.of(Area.SECTION_WORK, Area.SECTION_LEARNING, Area.SECTION_ADMIN);

    private final Session session;
    private final AccountService accounts;
    private final Messages messages;
    private final List<Feature> features;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Area> selected = new ReadOnlyObjectWrapper<>();

    public MainViewModel(Session session, AccountService accounts, Messages messages, List<Feature> features,
            TaskRunner tasks) {
        this.session = session;
        this.accounts = accounts;
        this.messages = messages;
        this.features = features;
        this.tasks = tasks;
    }

    /** The areas the logged-in user may open, in navigation order. */
    public List<Area> areas() {
        CurrentUser user = session.current();
        return features.stream().flatMap(f -> f.areas().stream())
                .filter(a -> a.permission() == null || user.has(a.permission()))
                .sorted(java.util.Comparator.comparingInt(a -> SECTION_ORDER.indexOf(a.section())))
                .toList();
    }

    public List<Shortcut> shortcuts() {
        CurrentUser user = session.current();
        return features.stream().flatMap(f -> f.shortcuts().stream())
                .filter(s -> s.permission() == null || user.has(s.permission()))
                .toList();
    }

    public List<Feature> features() {
        return features;
    }

    public void select(Area area) {
        selected.set(area);
    }

    public ReadOnlyObjectProperty<Area> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public String userName() {
        return session.current().displayName();
    }

    public String rolesText() {
        return session.current().roles().stream().sorted()
                .map(Role::messageKey).map(messages::get).collect(Collectors.joining(", "));
    }

    public Language language() {
        return messages.language();
    }

    /**
     * Stores the user's language in the background, then switches to it and lets the caller rebuild
     * the window in it.
     */
    public void changeLanguage(Language language, Runnable rebuild) {
        tasks.run(() -> {
            accounts.setLanguage(language);
            return language;
        }, stored -> {
            messages.setLanguage(stored);
            rebuild.run();
        });
    }
}

package be.toppsy.desk.residents.today;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** The "Vandaag" screen: what needs attention, for my residents or the whole team. */
public final class TodayViewModel {

    private final ResidentService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final BooleanProperty teamWide;
    private final ReadOnlyObjectWrapper<TodayOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TodayViewModel(ResidentService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        // Team leads and the medical service look at the whole team; key workers at their own residents.
        boolean team = service.has(Permission.REPORT_TEAM_MEETING) || service.has(Permission.MEDICAL_NOTES);
        this.teamWide = new SimpleBooleanProperty(team);
        teamWide.addListener((obs, o, n) -> load());
    }

    public void load() {
        boolean team = teamWide.get();
        tasks.run(() -> service.today(team), result -> {
            overview.set(result);
            message.set("");
        }, error -> message.set(messages.get("error.unexpected")));
    }

    public BooleanProperty teamWideProperty() {
        return teamWide;
    }

    public ReadOnlyObjectProperty<TodayOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public java.time.LocalDate today() {
        return service.today();
    }
}

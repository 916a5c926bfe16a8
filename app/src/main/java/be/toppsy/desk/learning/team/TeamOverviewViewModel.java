package be.toppsy.desk.learning.team;

import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.ContentService;
import be.toppsy.desk.content.pack.CourseModule;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.learning.LearningView;
import be.toppsy.desk.learning.ModuleStatus;
import be.toppsy.desk.learning.ProgressService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The team overview for team leads and trainers: who completed which module, when and with what score. */
public final class TeamOverviewViewModel {

    private final ProgressService progress;
    private final ContentService content;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<PersonProgress> people = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ContentPack> pack = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<PersonProgress> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public TeamOverviewViewModel(ProgressService progress, ContentService content, TaskRunner tasks,
            Messages messages) {
        this.progress = progress;
        this.content = content;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void load() {
        busy.set(true);
        tasks.run(() -> new Overview(content.pack().orElse(null), progress.teamOverview()), result -> {
            pack.set(result.pack());
            List<PersonProgress> rows = result.people();
            Long keep = selected.get() == null ? null : selected.get().userId();
            people.setAll(rows);
            selected.set(keep == null ? null : rows.stream().filter(p -> p.userId() == keep).findFirst().orElse(null));
            busy.set(false);
        }, error -> {
            busy.set(false);
            message.set(messages.get("learning.team.loadFailed"));
        });
    }

    /** What loading hands back: the active pack (null when none) and each person's progress. */
    private record Overview(ContentPack pack, List<PersonProgress> people) {
    }

    /** The text of a person's cell for a module: completed with date and score, in progress, or not started. */
    public String cell(PersonProgress person, int moduleIndex) {
        if (moduleIndex >= person.modules().size()) {
            return "";
        }
        ModuleStatus s = person.modules().get(moduleIndex);
        if (s.completed()) {
            return s.bestScore() >= 0
                    ? messages.get("learning.team.cell.completedScore", Formats.date(s.completedAt()), s.bestScore())
                    : messages.get("learning.team.cell.completed", Formats.date(s.completedAt()));
        }
        if (!s.started()) {
            return messages.get("learning.team.cell.notStarted");
        }
        return s.bestScore() >= 0
                ? messages.get("learning.team.cell.busyScore", s.lessonsCompleted(), s.lessonsTotal(), s.bestScore())
                : messages.get("learning.team.cell.busy", s.lessonsCompleted(), s.lessonsTotal());
    }

    public String hours(int seconds) {
        int minutes = Math.round(seconds / 60f);
        return messages.get("learning.team.hours", minutes / 60, String.format("%02d", minutes % 60));
    }

    public List<CourseModule> modules() {
        return pack.get() == null ? List.of() : pack.get().modules();
    }

    /** Writes the training hours to the chosen CSV file. */
    public void export(Optional<Path> file) {
        if (file.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.run(() -> progress.exportTrainingHours(file.get()), count -> {
            busy.set(false);
            message.set(messages.get("learning.team.exported", count, file.get().getFileName()));
        }, error -> {
            busy.set(false);
            message.set(messages.get("learning.team.exportFailed"));
        });
    }

    public ObservableList<PersonProgress> people() {
        return people;
    }

    public ReadOnlyObjectProperty<ContentPack> packProperty() {
        return pack.getReadOnlyProperty();
    }

    public ObjectProperty<PersonProgress> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

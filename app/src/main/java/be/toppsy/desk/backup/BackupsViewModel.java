package be.toppsy.desk.backup;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.storage.BackupStore;
import be.toppsy.desk.storage.StorageException;
import be.toppsy.desk.ui.DialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The administrator's backups page: the list, a backup now, a copy elsewhere, a restore, how many to keep. */
public final class BackupsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BackupsViewModel.class);

    private final BackupService backups;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Clock clock;
    private Consumer<String> showRecoveryCode = code -> { };

    private final ObservableList<BackupStore.Backup> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupStore.Backup> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringProperty keep = new SimpleStringProperty("");
    private final FieldErrors errors;

    public BackupsViewModel(BackupService backups, TaskRunner tasks, Messages messages, DialogService dialogs,
            Clock clock) {
        this.backups = backups;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.clock = clock;
        this.errors = new FieldErrors(messages);
    }

    /** How the view shows a new recovery code (a dialog it owns). */
    public void onRecoveryCode(Consumer<String> shower) {
        this.showRecoveryCode = shower;
    }

    public boolean supported() {
        return backups.supported();
    }

    public boolean encrypted() {
        return backups.encrypted();
    }

    public String folder() {
        return backups.supported() ? backups.folder().toString() : "";
    }

    public void load() {
        if (!backups.supported()) {
            return;
        }
        // The setting is read in the background too: nothing on this page queries on the JavaFX thread.
        tasks.run(backups::keep, kept -> keep.set(String.valueOf(kept)));
        run(() -> new Outcome(backups.list(), ""));
    }

    public void backupNow() {
        message.set("");
        run(() -> {
            BackupStore.Backup made = backups.create();
            return new Outcome(backups.list(), messages.get("backup.made", made.fileName()));
        });
    }

    public void copySelected() {
        BackupStore.Backup backup = selected.get();
        if (backup == null) {
            problem.set(messages.get("backup.error.noneSelected"));
            return;
        }
        dialogs.chooseFolder(messages.get("backup.copy.title")).ifPresent(target -> run(() -> {
            Path copy = backups.copy(backup, target);
            return new Outcome(backups.list(), messages.get("backup.copied", copy.toString()));
        }));
    }

    public void restoreSelected() {
        BackupStore.Backup backup = selected.get();
        if (backup == null) {
            problem.set(messages.get("backup.error.noneSelected"));
            return;
        }
        confirmAndRestore(backup);
    }

    /** Restores a backup file from another place (a USB stick, another PC's backups). */
    public void restoreFromFile() {
        dialogs.chooseOpenFile(messages.get("backup.restoreFile.title"), messages.get("backup.fileType"),
                List.of("*.zip")).ifPresent(file -> {
                    problem.set("");
                    tasks.run(() -> backups.check(file), this::confirmAndRestore, this::fail);
                });
    }

    private void confirmAndRestore(BackupStore.Backup backup) {
        String when = when(backup);
        if (!dialogs.confirm(messages.get("backup.restore.title"), messages.get("backup.restore.confirm", when),
                messages.get("backup.restore.button"))) {
            return;
        }
        message.set(messages.get("backup.restoring"));
        busy.set(true);
        tasks.run(() -> {
            backups.restore(backup);
            return backup;
        }, done -> busy.set(false), this::fail);
    }

    public void saveKeep() {
        errors.clear();
        message.set("");
        int number;
        try {
            number = Integer.parseInt(keep.get().trim());
        } catch (NumberFormatException e) {
            errors.set("keep", "backup.error.keepNumber");
            return;
        }
        run(() -> {
            backups.setKeep(number);
            return new Outcome(backups.list(), messages.get("backup.keepSaved", number));
        });
    }

    public void newRecoveryCode() {
        if (!dialogs.confirm(messages.get("recoveryCode.renew.title"), messages.get("recoveryCode.renew.confirm"),
                messages.get("recoveryCode.renew.button"))) {
            return;
        }
        problem.set("");
        tasks.run(backups::newRecoveryCode, code -> showRecoveryCode.accept(code), this::fail);
    }

    /** What a background action hands back: the new list and what to tell the user. */
    private record Outcome(List<BackupStore.Backup> list, String message) {
    }

    private void run(java.util.concurrent.Callable<Outcome> work) {
        busy.set(true);
        problem.set("");
        tasks.run(work, outcome -> {
            busy.set(false);
            show(outcome.list());
            if (!outcome.message().isEmpty()) {
                message.set(outcome.message());
            }
        }, this::fail);
    }

    private void show(List<BackupStore.Backup> list) {
        BackupStore.Backup keepSelected = selected.get();
        rows.setAll(list);
        if (keepSelected != null) {
            rows.stream().filter(b -> b.path().equals(keepSelected.path())).findFirst().ifPresent(selected::set);
        }
        summary.set(list.isEmpty() ? messages.get("backup.summary.none")
                : messages.get("backup.summary", when(list.get(0)), list.size()));
    }

    private void fail(Throwable error) {
        busy.set(false);
        message.set("");
        if (error instanceof ValidationException invalid) {
            errors.show(invalid);
            return;
        }
        StorageException storage = StorageException.findIn(error).orElse(null);
        if (storage != null) {
            problem.set(messages.get(storage.reason().messageKey(), storage.detail()));
        } else {
            LOG.error("Backup action failed", error);
            problem.set(messages.get("error.unexpected"));
        }
    }

    public String when(BackupStore.Backup backup) {
        return Formats.dateTime(LocalDateTime.ofInstant(backup.createdAt(), clock.getZone()));
    }

    public String kind(BackupStore.Backup backup) {
        return messages.get("backup.kind." + backup.kind().name());
    }

    public static String size(long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%.0f kB", Math.max(1, bytes / 1024.0));
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(locale, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }

    public String size(BackupStore.Backup backup) {
        return size(backup.size(), messages.locale());
    }

    public ObservableList<BackupStore.Backup> rows() {
        return rows;
    }

    public ObjectProperty<BackupStore.Backup> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty keepProperty() {
        return keep;
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }
}

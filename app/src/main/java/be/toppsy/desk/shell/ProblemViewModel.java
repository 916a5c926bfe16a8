package be.toppsy.desk.shell;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.storage.BackupCredential;
import be.toppsy.desk.storage.BackupStore;
import be.toppsy.desk.storage.StorageException;
import be.toppsy.desk.ui.DialogService;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data cannot be opened: a clear message (never a stack trace), a way to try again, and where
 * it helps (database missing, damaged or too new, key file lost) the backups to restore.
 */
public final class ProblemViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemViewModel.class);

    private final Gate gate;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final StorageException problem;
    private final Runnable retry;
    private final ObservableList<BackupStore.Backup> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupStore.Backup> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** @param retry starts again from the data folder (after a restore, or when the user fixed the cause) */
    public ProblemViewModel(Gate gate, TaskRunner tasks, Messages messages, DialogService dialogs,
            StorageException problem, Runnable retry) {
        this.gate = gate;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.problem = problem;
        this.retry = retry;
    }

    public String text() {
        return messages.get(problem.reason().messageKey(), problem.detail());
    }

    public StorageException.Reason reason() {
        return problem.reason();
    }

    public boolean canRestore() {
        return problem.reason().restoreHelps();
    }

    /** The text above the list of backups: only the key file comes back when only the key file is lost. */
    public String restoreIntro() {
        return messages.get(problem.reason().keysOnly() ? "problem.restoreKeys.intro"
                : "problem.restore.intro");
    }

    public void load() {
        if (!canRestore()) {
            return;
        }
        tasks.run(gate::backupsToRestore, list -> {
            backups.setAll(list);
            if (!list.isEmpty()) {
                selected.set(list.get(0));
            }
        }, error -> LOG.warn("Could not list the backups", error));
    }

    public void restoreSelected() {
        BackupStore.Backup backup = selected.get();
        if (backup == null) {
            message.set(messages.get("backup.error.noneSelected"));
            return;
        }
        restore(backup.path(), when(backup));
    }

    public void restoreFromFile() {
        dialogs.chooseOpenFile(messages.get("backup.restoreFile.title"), messages.get("backup.fileType"),
                List.of("*.zip")).ifPresent(file -> restore(file, file.getFileName().toString()));
    }

    private void restore(Path file, String which) {
        String confirmKey = problem.reason().keysOnly() ? "problem.restoreKeys.confirm"
                : "problem.restore.confirm";
        if (!dialogs.confirm(messages.get("backup.restore.title"), messages.get(confirmKey, which),
                messages.get("backup.restore.button"))) {
            return;
        }
        Optional<BackupCredential> credential = BackupCredentials.ask(dialogs, messages);
        if (credential.isEmpty()) {
            return;
        }
        busy.set(true);
        message.set(messages.get("backup.restoring"));
        tasks.run(() -> {
            gate.restoreBeforeLogin(file, problem.reason(), credential.get());
            return file;
        }, done -> {
            busy.set(false);
            message.set("");
            retry.run();
        }, error -> {
            busy.set(false);
            StorageException storage = StorageException.findIn(error).orElse(null);
            if (storage == null) {
                LOG.error("Restore failed", error);
            }
            message.set(storage != null ? messages.get(storage.reason().messageKey(), storage.detail())
                    : messages.get("error.unexpected"));
        });
    }

    public void retry() {
        retry.run();
    }

    public String when(BackupStore.Backup backup) {
        return Formats.dateTime(LocalDateTime.ofInstant(backup.createdAt(), ZoneId.systemDefault()));
    }

    public String kind(BackupStore.Backup backup) {
        return messages.get("backup.kind." + backup.kind().name());
    }

    public ObservableList<BackupStore.Backup> backups() {
        return backups;
    }

    public ObjectProperty<BackupStore.Backup> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

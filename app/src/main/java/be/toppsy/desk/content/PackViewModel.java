package be.toppsy.desk.content;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.content.pack.PackManifest;
import be.toppsy.desk.content.pack.Problem;
import be.toppsy.desk.content.parse.ImportCheck;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The content pack page: what is active, and importing another pack with the problems listed when refused. */
public final class PackViewModel {

    private final ContentService content;
    private final ContentUi ui;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<ActivePack> active = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<ContentRepository.StoredPack> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public PackViewModel(ContentService content, ContentUi ui, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        this.content = content;
        this.ui = ui;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void load() {
        busy.set(true);
        tasks.run(() -> new Packs(content.active().orElse(null), content.history()), result -> {
            active.set(result.active());
            history.setAll(result.history());
            busy.set(false);
        }, this::failed);
    }

    /** What loading hands back: the active pack (null when none) and every pack imported so far. */
    private record Packs(ActivePack active, List<ContentRepository.StoredPack> history) {
    }

    /** Checks the chosen zip or folder, asks for confirmation, and imports it. */
    public void importFrom(Optional<Path> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        Path path = chosen.get();
        problems.clear();
        say("", false);
        busy.set(true);
        tasks.run(() -> content.check(path), check -> {
            busy.set(false);
            showProblems(check);
            if (!check.importable()) {
                say(refusal(check), true);
                return;
            }
            PackManifest candidate = check.candidate().orElseThrow();
            String question = check.verdict() == ImportCheck.Verdict.OTHER_PACK
                    ? messages.get("content.import.confirm.other", candidate.title(), candidate.version(),
                            check.active() == null ? "" : check.active().title())
                    : messages.get("content.import.confirm.newer", candidate.title(), candidate.version(),
                            check.active() == null ? "-" : check.active().version());
            if (!dialogs.confirm(messages.get("content.import.confirm.title"), question,
                    messages.get("content.import.confirm.button"))) {
                return;
            }
            busy.set(true);
            tasks.run(() -> content.importPack(path), done -> {
                busy.set(false);
                if (done.importable()) {
                    say(messages.get("content.import.done", candidate.title(), candidate.version()), false);
                    load();
                } else {
                    showProblems(done);
                    say(refusal(done), true);
                }
            }, this::failed);
        }, this::failed);
    }

    /** Makes the bundled pack active again, after confirmation. */
    public void useBundledPack() {
        if (!dialogs.confirm(messages.get("content.bundled.confirm.title"), messages.get("content.bundled.confirm"),
                messages.get("content.bundled.confirm.button"))) {
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            content.useBundledPack();
            return true;
        }, ok -> {
            busy.set(false);
            say(messages.get("content.bundled.done"), false);
            load();
        }, this::failed);
    }

    private void showProblems(ImportCheck check) {
        problems.setAll(check.problems().stream().map(p -> (p.isError() ? "" : messages.get("content.problem.warning") + " ")
                + ui.describe(p)).toList());
    }

    private String refusal(ImportCheck check) {
        return switch (check.verdict()) {
            case INVALID -> messages.get("content.import.refused.invalid", check.problems().stream()
                    .filter(Problem::isError).count());
            case NOT_NEWER -> messages.get("content.import.refused.notNewer",
                    check.candidate().map(m -> m.version().toString()).orElse("?"),
                    check.active() == null ? "?" : check.active().version());
            case UNREADABLE -> messages.get("content.import.refused.unreadable", messages.get(check.unreadableReason()));
            default -> "";
        };
    }

    private void failed(Throwable error) {
        busy.set(false);
        say(messages.get("content.import.failed"), true);
    }

    private void say(String text, boolean error) {
        messageIsError.set(error);
        message.set(text);
    }

    public String describeOrigin(ActivePack pack) {
        return pack.origin() == ActivePack.Origin.BUNDLED ? messages.get("content.pack.origin.bundled")
                : messages.get("content.pack.origin.imported", Formats.dateTime(pack.importedAt()));
    }

    public ReadOnlyObjectProperty<ActivePack> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<ContentRepository.StoredPack> history() {
        return history;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

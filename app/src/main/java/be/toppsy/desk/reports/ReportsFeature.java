package be.toppsy.desk.reports;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Feature;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * PDF documents. Has no screen of its own: other features export through {@link #exports()} and
 * show {@link #preview} before the user saves.
 */
public final class ReportsFeature implements Feature {

    private final ExportService exports;
    private final Messages messages;
    private final DialogService dialogs;
    private final TaskRunner tasks;

    public ReportsFeature(ExportService exports, Messages messages, DialogService dialogs, TaskRunner tasks) {
        this.exports = exports;
        this.messages = messages;
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    public ExportService exports() {
        return exports;
    }

    /**
     * Opens the preview window for a document: it is built in the background (a progress indicator
     * shows meanwhile), the pages are shown, and the user may choose names (when allowed), set a
     * password and save.
     */
    public <D> void preview(Window owner, DocumentBuilder<D> builder, D data) {
        PreviewViewModel model = new PreviewViewModel(exports, builder, data, messages, dialogs, tasks);
        new PreviewWindow(model, messages).show(owner);
    }

    /** For features that build their own owner lazily. */
    public <D> void preview(Supplier<Window> owner, DocumentBuilder<D> builder, D data) {
        preview(owner.get(), builder, data);
    }

    @Override
    public List<Area> areas() {
        return List.of();
    }
}

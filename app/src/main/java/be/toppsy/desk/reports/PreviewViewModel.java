package be.toppsy.desk.reports;

import be.toppsy.desk.reports.pdf.Unprintable;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.DialogService;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The preview of one document: builds it in the background (again when names are switched on or
 * off), renders the pages, and saves it with an optional password.
 */
public final class PreviewViewModel {

    /** Pages are rendered at this resolution for the screen. */
    static final float PREVIEW_DPI = 80;

    private final ExportService exports;
    private final Messages messages;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Builder<?> builder;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty includeNames = new SimpleBooleanProperty(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unprintable = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<BufferedImage>> pages = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<RenderedDocument> document = new ReadOnlyObjectWrapper<>();
    private final FieldErrors errors;
    private final String title;
    private int generation;

    /** Keeps the builder and its data together with their type. */
    private record Builder<D>(DocumentBuilder<D> builder, D data) {
        RenderedDocument build(ExportService exports, boolean names) {
            return exports.build(builder, data, names);
        }
    }

    public <D> PreviewViewModel(ExportService exports, DocumentBuilder<D> builder, D data, Messages messages,
            DialogService dialogs, TaskRunner tasks) {
        this.exports = exports;
        this.messages = messages;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.builder = new Builder<>(builder, data);
        this.errors = new FieldErrors(messages);
        this.title = messages.get("reports.preview.title", ExportContext.kindName(builder.kind(), messages));
        includeNames.addListener((obs, was, now) -> load());
    }

    public String title() {
        return title;
    }

    public boolean namesAllowed() {
        return exports.mayIncludeNames(builder.builder().kind());
    }

    /** Builds the document and renders its pages in the background. */
    public void load() {
        busy.set(true);
        status.set(messages.get("reports.preview.building"));
        int mine = ++generation;
        boolean names = includeNames.get();
        tasks.run(() -> {
            RenderedDocument built = builder.build(exports, names);
            return new Built(built, PageImages.render(built.pdf(), PREVIEW_DPI));
        }, result -> {
            if (mine != generation) {
                return;
            }
            RenderedDocument built = result.document();
            document.set(built);
            pages.set(List.copyOf(result.pages()));
            status.set(messages.get("reports.preview.pages", built.pageCount()));
            unprintable.set(built.unprintable().isEmpty() ? "" : messages.get("reports.preview.unprintable",
                    built.unprintable().stream().map(Unprintable::describe).collect(Collectors.joining(", "))));
            busy.set(false);
        }, error -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            status.set(messages.get("reports.preview.failed"));
            dialogs.showException(title, messages.get("reports.preview.failed"), error);
        });
    }

    /** What building hands back: the document and its pages as images. */
    private record Built(RenderedDocument document, List<BufferedImage> pages) {
    }

    /** Asks where to save and saves; a too short password is shown next to the field first. */
    public void save() {
        RenderedDocument current = document.get();
        if (current == null || busy.get()) {
            return;
        }
        errors.clear();
        try {
            exports.checkPassword(password.get());
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(messages.get("reports.preview.saveTitle"),
                current.suggestedFileName(), messages.get("reports.preview.fileDescription"), List.of("*.pdf"));
        if (target.isEmpty()) {
            return;
        }
        busy.set(true);
        exports.saveInBackground(current, password.get(), target.get(), () -> {
            busy.set(false);
            dialogs.showInfo(messages.get("reports.preview.savedTitle"),
                    messages.get("reports.preview.saved", target.get().toString()));
        }, error -> {
            busy.set(false);
            if (error instanceof ValidationException invalid) {
                errors.show(invalid);
            } else {
                dialogs.showException(title, messages.get("reports.preview.saveFailed"), error);
            }
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanProperty includeNamesProperty() {
        return includeNames;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unprintableProperty() {
        return unprintable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<BufferedImage>> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RenderedDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }
}

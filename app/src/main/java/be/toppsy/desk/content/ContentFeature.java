package be.toppsy.desk.content;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Feature;
import java.util.List;

/** The content pack page (what is active, import) for trainers and administrators. */
public final class ContentFeature implements Feature {

    private final ContentService content;
    private final ContentUi ui;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public ContentFeature(ContentService content, ContentUi ui, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        this.content = content;
        this.ui = ui;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area(ContentAreas.PACKS, Area.SECTION_LEARNING, "content.nav.packs",
                "mdi2p-package-variant-closed", Permission.CONTENT_IMPORT,
                () -> new PackView(new PackViewModel(content, ui, tasks, dialogs, messages), messages, dialogs, ui)
                        .build()));
    }
}

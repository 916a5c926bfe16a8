package be.toppsy.desk.residents.retention;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Feature;
import java.util.List;

/** The retention page for administrators (area "retention", admin section, RETENTION_MANAGE). */
public final class RetentionFeature implements Feature {

    private final RetentionService retention;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;

    public RetentionFeature(RetentionService retention, TaskRunner tasks, Messages messages, DialogService dialogs) {
        this.retention = retention;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public RetentionService service() {
        return retention;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area("retention", Area.SECTION_ADMIN, "residents.retention.nav", "mdi2c-calendar-remove",
                Permission.RETENTION_MANAGE,
                () -> new RetentionView(new RetentionViewModel(retention, tasks, messages, dialogs), messages)
                        .build()));
    }
}

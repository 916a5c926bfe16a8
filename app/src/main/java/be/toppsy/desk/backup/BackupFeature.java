package be.toppsy.desk.backup;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Feature;
import java.time.Clock;
import java.util.List;

/** The backups page for administrators (area "backups"). */
public final class BackupFeature implements Feature {

    private final BackupService backups;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Clock clock;

    public BackupFeature(BackupService backups, TaskRunner tasks, Messages messages, DialogService dialogs,
            Clock clock) {
        this.backups = backups;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    public BackupService service() {
        return backups;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area("backups", Area.SECTION_ADMIN, "nav.backups", "mdi2b-backup-restore",
                Permission.BACKUP_MANAGE,
                () -> new BackupsView(new BackupsViewModel(backups, tasks, messages, dialogs, clock), messages)
                        .build()));
    }
}

package be.toppsy.desk.audit;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.Feature;
import java.util.List;

/** The audit trail, for administrators. */
public final class AuditFeature implements Feature {

    private final AuditService audit;
    private final TaskRunner tasks;
    private final Messages messages;

    public AuditFeature(AuditService audit, TaskRunner tasks, Messages messages) {
        this.audit = audit;
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area("audit", Area.SECTION_ADMIN, "nav.audit", "mdi2c-clipboard-list-outline",
                Permission.AUDIT_VIEW, () -> new AuditView(new AuditViewModel(audit, tasks, messages), messages).build()));
    }
}

package be.toppsy.desk.socialmap;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.ui.Area;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Feature;
import java.util.List;

/** The social map (sociale kaart) area. */
public final class SocialMapFeature implements Feature {

    private final SocialMapService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;

    public SocialMapFeature(SocialMapService service, TaskRunner tasks, Messages messages, DialogService dialogs) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public SocialMapService service() {
        return service;
    }

    @Override
    public List<Area> areas() {
        return List.of(new Area("socialmap", Area.SECTION_WORK, "nav.socialmap", "mdi2m-map-marker-multiple-outline",
                Permission.SOCIAL_MAP_READ, () -> new SocialMapView(new SocialMapViewModel(service, tasks, messages),
                        messages, dialogs).build()));
    }
}

package be.toppsy.desk.residents;

import be.toppsy.desk.residents.list.ResidentListView;
import be.toppsy.desk.residents.page.ResidentPageView;
import be.toppsy.desk.residents.page.ResidentPageViewModel;
import be.toppsy.desk.residents.list.ResidentListViewModel;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.ui.Destination;
import be.toppsy.desk.ui.DialogService;
import be.toppsy.desk.ui.Navigable;
import be.toppsy.desk.ui.Navigator;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/**
 * The "Bewoners" area: the list, and a resident's page in its place ({@link Destination.Resident})
 * or the form for a new resident ({@link Destination.NewResident}).
 */
public final class ResidentsPage extends StackPane implements Navigable {

    private final ResidentService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final Consumer<ResidentRow> quickObservation;
    private final Runnable settings;
    private Parent list;
    private ResidentListViewModel listModel;

    public ResidentsPage(ResidentService service, TaskRunner tasks, Messages messages, DialogService dialogs,
            Navigator navigator, Consumer<ResidentRow> quickObservation, Runnable settings) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.quickObservation = quickObservation;
        this.settings = settings;
        setId("residents-page");
        showList();
        // Coming back to the area refreshes the list (a resident page stays as it was).
        boolean[] first = {true};
        sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null && o == null && !first[0] && getChildren().contains(list)) {
                listModel.search();
            }
            first[0] = false;
        });
    }

    private Runnable meetingPack;
    private java.util.function.LongConsumer summaryExport;

    /** The PDF documents: the team meeting pack (may be null) and a resident's summary (may be null). */
    public ResidentsPage withExports(Runnable meetingPack, java.util.function.LongConsumer summaryExport) {
        this.meetingPack = meetingPack;
        this.summaryExport = summaryExport;
        return this;
    }

    private void showList() {
        if (list == null) {
            listModel = new ResidentListViewModel(service, tasks, messages);
            list = new ResidentListView(listModel, messages, this::openResident, this::newResident,
                    () -> quickObservation.accept(null), settings).build();
        } else {
            listModel.search();
        }
        getChildren().setAll(list);
    }

    public void openResident(long id) {
        ResidentPageViewModel model = new ResidentPageViewModel(service, tasks, messages);
        Parent page = new ResidentPageView(model, messages, dialogs, navigator, this::showList,
                row -> quickObservation.accept(row), created -> { }).withSummaryExport(summaryExport).build();
        getChildren().setAll(page);
        model.open(id);
    }

    private void newResident() {
        ResidentPageViewModel model = new ResidentPageViewModel(service, tasks, messages);
        model.startNew();
        Parent page = new ResidentPageView(model, messages, dialogs, navigator, this::showList,
                row -> quickObservation.accept(row), this::openResident).build();
        getChildren().setAll(page);
    }

    @Override
    public void navigateTo(Destination destination) {
        if (destination instanceof Destination.Resident r) {
            openResident(r.id());
        } else if (destination instanceof Destination.NewResident && service.canEdit()) {
            newResident();
        }
    }
}

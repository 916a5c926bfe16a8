package be.toppsy.desk.residents.list;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.residents.record.ListContext;
import be.toppsy.desk.residents.record.ResidentFilter;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.Delay;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.i18n.Messages;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The residents list: filters, search by code or name, one page at a time. */
public final class ResidentListViewModel {

    private final ResidentService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<SupportLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<User> keyWorker = new SimpleObjectProperty<>();
    private final ObjectProperty<String> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<ResidentState> state = new SimpleObjectProperty<>(ResidentState.PRESENT);
    private final BooleanProperty teamDiscussion = new SimpleBooleanProperty();
    private final BooleanProperty medicalFlag = new SimpleBooleanProperty();
    private final BooleanProperty reviewOverdue = new SimpleBooleanProperty();
    private final BooleanProperty quiet = new SimpleBooleanProperty();
    private final ObservableList<ResidentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<User> colleagues = FXCollections.observableArrayList();
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    private final AtomicLong generation = new AtomicLong();
    private ListContext context;
    private int page;

    public ResidentListViewModel(ResidentService service, TaskRunner tasks, Messages messages) {
        this(service, tasks, messages, Delay.fx());
    }

    /** With the delay that waits for a pause in typing (tests run it by hand). */
    public ResidentListViewModel(ResidentService service, TaskRunner tasks, Messages messages, Delay delay) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        level.addListener((o, a, b) -> search());
        keyWorker.addListener((o, a, b) -> search());
        unit.addListener((o, a, b) -> search());
        state.addListener((o, a, b) -> search());
        teamDiscussion.addListener((o, a, b) -> search());
        medicalFlag.addListener((o, a, b) -> search());
        reviewOverdue.addListener((o, a, b) -> search());
        quiet.addListener((o, a, b) -> search());
        Runnable searchAfterPause = delay.debounce(Delay.TYPING_PAUSE, this::search);
        query.addListener((o, a, b) -> searchAfterPause.run());
    }

    /** The pickers' choices and what every page needs, read once when the list opens. */
    private record Start(List<User> colleagues, ListContext context) {
    }

    /** Loads the pickers' choices and the settings the list needs, then the first page. */
    public void start() {
        tasks.run(() -> new Start(service.records().colleagues(), service.records().listContext()), start -> {
            colleagues.setAll(start.colleagues());
            units.setAll(start.context().units());
            context = start.context();
            search();
        });
    }

    public void search() {
        page = 0;
        load();
    }

    public void next() {
        page++;
        load();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        load();
    }

    public ResidentFilter filter() {
        return new ResidentFilter(query.get(), level.get(), keyWorker.get() == null ? null : keyWorker.get().id(),
                unit.get(), state.get(), teamDiscussion.get(), medicalFlag.get(), reviewOverdue.get(), quiet.get(),
                page, ResidentFilter.DEFAULT_PAGE_SIZE);
    }

    private void load() {
        long mine = generation.incrementAndGet();
        ResidentFilter f = filter();
        ListContext known = context;
        tasks.run(() -> known == null ? service.records().list(f) : service.records().list(f, known), result -> {
            if (generation.get() != mine) {
                return;
            }
            page = result.page();
            rows.setAll(result.items());
            int from = result.total() == 0 ? 0 : result.page() * result.pageSize() + 1;
            int to = result.page() * result.pageSize() + result.items().size();
            summary.set(messages.get("residents.list.summary", from, to, result.total()));
            hasPrevious.set(result.page() > 0);
            hasNext.set(result.page() + 1 < result.pageCount());
        }, error -> summary.set(messages.get("error.unexpected")));
    }

    public void clearFilters() {
        query.set("");
        level.set(null);
        keyWorker.set(null);
        unit.set(null);
        state.set(ResidentState.PRESENT);
        teamDiscussion.set(false);
        medicalFlag.set(false);
        reviewOverdue.set(false);
        quiet.set(false);
    }

    public boolean showsNames() {
        return service.canViewRecords();
    }

    public boolean canCreate() {
        return service.canEdit();
    }

    public boolean canManageSettings() {
        return service.canManageSettings();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<SupportLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<User> keyWorkerProperty() {
        return keyWorker;
    }

    public ObjectProperty<String> unitProperty() {
        return unit;
    }

    public ObjectProperty<ResidentState> stateProperty() {
        return state;
    }

    public BooleanProperty teamDiscussionProperty() {
        return teamDiscussion;
    }

    public BooleanProperty medicalFlagProperty() {
        return medicalFlag;
    }

    public BooleanProperty reviewOverdueProperty() {
        return reviewOverdue;
    }

    public BooleanProperty quietProperty() {
        return quiet;
    }

    public ObservableList<ResidentRow> rows() {
        return rows;
    }

    public ObservableList<User> colleagues() {
        return colleagues;
    }

    public ObservableList<String> units() {
        return units;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public java.time.LocalDate today() {
        return service.today();
    }
}

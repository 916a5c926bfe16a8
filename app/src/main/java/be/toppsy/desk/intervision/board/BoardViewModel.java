package be.toppsy.desk.intervision.board;

import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.IntervisionAccess;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.security.AccessDeniedException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case board: cases in five columns, filtered by presenter, tag and level, moved between
 * columns by drag and drop (or the card's menu). Moves are checked by the service.
 */
public final class BoardViewModel {

    private final CaseService cases;
    private final IntervisionAccess access;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObservableList<CaseCard> all = FXCollections.observableArrayList();
    private final Map<CaseColumn, ObservableList<CaseCard>> columns = new EnumMap<>(CaseColumn.class);
    private final ObservableList<Person> presenters = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<Person> presenterFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SupportLevel> levelFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mayManage = new ReadOnlyBooleanWrapper(false);
    private long me;

    public BoardViewModel(CaseService cases, IntervisionAccess access, TaskRunner tasks, Messages messages) {
        this.cases = cases;
        this.access = access;
        this.tasks = tasks;
        this.messages = messages;
        for (CaseColumn column : CaseColumn.values()) {
            columns.put(column, FXCollections.observableArrayList());
        }
        presenterFilter.addListener((o, a, b) -> applyFilters());
        tagFilter.addListener((o, a, b) -> applyFilters());
        levelFilter.addListener((o, a, b) -> applyFilters());
    }

    /** The board as loaded in the background. */
    private record Loaded(List<CaseCard> cards, long me, boolean mayManage) {
    }

    public void load() {
        loading.set(true);
        tasks.run(() -> new Loaded(cases.board(), access.me().id(), access.mayManage()), result -> {
            List<CaseCard> cards = result.cards();
            me = result.me();
            mayManage.set(result.mayManage());
            all.setAll(cards);
            Person keepPresenter = presenterFilter.get();
            String keepTag = tagFilter.get();
            presenters.setAll(cards.stream().map(c -> c.kase().presenter()).distinct()
                    .sorted(java.util.Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList());
            tags.setAll(cards.stream().flatMap(c -> c.kase().tags().stream()).distinct().sorted().toList());
            presenterFilter.set(keepPresenter == null ? null
                    : presenters.stream().filter(p -> p.id() == keepPresenter.id()).findFirst().orElse(null));
            tagFilter.set(tags.contains(keepTag) ? keepTag : null);
            applyFilters();
            loading.set(false);
        }, this::fail);
    }

    private void applyFilters() {
        Person presenter = presenterFilter.get();
        String tag = tagFilter.get();
        SupportLevel level = levelFilter.get();
        List<CaseCard> shown = all.stream()
                .filter(c -> presenter == null || c.kase().presenter().id() == presenter.id())
                .filter(c -> tag == null || c.kase().tags().contains(tag))
                .filter(c -> level == null || c.kase().level() == level)
                .toList();
        for (CaseColumn column : CaseColumn.values()) {
            columns.get(column).setAll(shown.stream().filter(c -> c.kase().column() == column).toList());
        }
        summary.set(shown.size() == all.size() ? messages.get("iv.board.summary", all.size())
                : messages.get("iv.board.summaryFiltered", shown.size(), all.size()));
    }

    public void clearFilters() {
        presenterFilter.set(null);
        tagFilter.set(null);
        levelFilter.set(null);
    }

    /** Whether the current user may move this card (its presenter, or a team lead). */
    public boolean mayMove(CaseCard card) {
        return mayManage.get() || card.kase().presenter().id() == me;
    }

    /** Moves a case to a column (what a drop on the column does). */
    public void move(long caseId, CaseColumn to) {
        CaseCard card = all.stream().filter(c -> c.kase().id() == caseId).findFirst().orElse(null);
        if (card == null || card.kase().column() == to) {
            return;
        }
        message.set("");
        tasks.run(() -> cases.moveCase(caseId, to), moved -> {
            message.set(messages.get("iv.board.moved", moved.title(), messages.get(to.messageKey())));
            load();
        }, this::fail);
    }

    public String columnTitle(CaseColumn column) {
        return messages.get("iv.board.columnCount", messages.get(column.messageKey()), columns.get(column).size());
    }

    private void fail(Throwable error) {
        loading.set(false);
        if (error instanceof AccessDeniedException) {
            message.set(messages.get("iv.board.error.moveNotAllowed"));
        } else if (error instanceof ValidationException validation) {
            message.set(validation.errors().values().stream().findFirst()
                    .map(e -> messages.get(e.messageKey(), e.args())).orElse(""));
        } else {
            message.set(messages.get("error.unexpected"));
        }
    }

    public ObservableList<CaseCard> column(CaseColumn column) {
        return columns.get(column);
    }

    public ObservableList<CaseCard> all() {
        return all;
    }

    public ObservableList<Person> presenters() {
        return presenters;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObjectProperty<Person> presenterFilterProperty() {
        return presenterFilter;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public ObjectProperty<SupportLevel> levelFilterProperty() {
        return levelFilter;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayManageProperty() {
        return mayManage.getReadOnlyProperty();
    }

    /** The text under a card's title: actions and their state. */
    public String actionsText(CaseCard card) {
        if (card.totalActions() == 0) {
            return "";
        }
        String text = messages.get("iv.card.actions", card.openActions(), card.doneActions());
        if (card.trackerActions() > 0) {
            text = messages.get("iv.card.actionsInPlan", text, card.trackerActions());
        }
        return text;
    }

    public String residentText(CaseCard card) {
        if (!card.residentLinked()) {
            return "";
        }
        return card.residentCode() == null ? messages.get("iv.card.residentHidden")
                : messages.get("iv.card.resident", card.residentCode());
    }
}

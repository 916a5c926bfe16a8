package be.toppsy.desk.intervision.board;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.ContentLink;
import be.toppsy.desk.intervision.FollowUpLink;
import be.toppsy.desk.intervision.IntervisionAccess;
import be.toppsy.desk.intervision.NameCheck;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.security.AccessDeniedException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One case: the form (new or existing), the optional link to a resident, attached guide chapters
 * and lessons with suggestions, and what the sessions made of it (conclusions, notes, action points).
 *
 * <p>Saving warns once when the title has a capitalised word that may be a name
 * ({@link NameCheck#suspectedNames}); saving again with the same title goes ahead. A title with
 * the linked resident's name is refused by the service.
 */
public final class CaseViewModel {

    private final CaseService cases;
    private final IntervisionAccess access;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FieldErrors errors;

    private final ReadOnlyObjectWrapper<Long> caseId = new ReadOnlyObjectWrapper<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty situation = new SimpleStringProperty("");
    private final StringProperty question = new SimpleStringProperty("");
    private final ObjectProperty<SupportLevel> level = new SimpleObjectProperty<>();
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObjectProperty<Person> presenter = new SimpleObjectProperty<>();
    private final ObservableList<Person> staff = FXCollections.observableArrayList();

    private final ReadOnlyBooleanWrapper trackerAvailable = new ReadOnlyBooleanWrapper(false);
    private final StringProperty residentQuery = new SimpleStringProperty("");
    private final ObservableList<FollowUpLink.ResidentRef> residentResults = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Long> residentId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper residentText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper residentVisible = new ReadOnlyBooleanWrapper(false);

    private final ObservableList<AttachedContent> attached = FXCollections.observableArrayList();
    private final ObservableList<ContentSuggestions.Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<ContentLink.ContentRef> allContent = FXCollections.observableArrayList();
    private final ObservableList<CaseDetail.SessionRef> sessions = FXCollections.observableArrayList();
    private final ObservableList<CaseDetail.CaseNote> notes = FXCollections.observableArrayList();
    private final ObservableList<ActionPoint> actionPoints = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper titleWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper mayManage = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<CaseColumn> column = new ReadOnlyObjectWrapper<>();
    private String acknowledgedTitle;
    private Consumer<Long> onSaved = id -> { };

    public CaseViewModel(CaseService cases, IntervisionAccess access, TaskRunner tasks, Messages messages) {
        this.cases = cases;
        this.access = access;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new FieldErrors(messages);
        title.addListener((o, a, b) -> {
            if (acknowledgedTitle != null && !acknowledgedTitle.equals(b)) {
                titleWarning.set("");
            }
        });
    }

    /** What a new case's form needs, loaded in the background. */
    private record NewForm(List<Person> staff, long me, boolean trackerAvailable, boolean mayManage) {
    }

    /** A case's page, loaded in the background. */
    private record Loaded(CaseDetail detail, List<Person> staff, boolean trackerAvailable,
            List<ContentSuggestions.Suggestion> suggestions, List<ContentLink.ContentRef> content, boolean mayManage) {
    }

    /** The attached content and the suggestions after a change. */
    private record Content(List<AttachedContent> attached, List<ContentSuggestions.Suggestion> suggestions) {
    }

    /** An empty form for a new case, with the current user as presenter. */
    public void startNew() {
        tasks.run(() -> new NewForm(access.staff(), access.me().id(), access.trackerAvailable(), access.mayManage()),
            result -> {
                List<Person> people = result.staff();
                long me = result.me();
                staff.setAll(people);
                trackerAvailable.set(result.trackerAvailable());
                mayManage.set(result.mayManage());
                caseId.set(null);
                heading.set(messages.get("iv.case.newTitle"));
                title.set("");
                situation.set("");
                question.set("");
                level.set(null);
                tags.set("");
                presenter.set(people.stream().filter(p -> p.id() == me).findFirst().orElse(null));
                setResident(null, null, false);
                attached.clear();
                suggestions.clear();
                sessions.clear();
                notes.clear();
                actionPoints.clear();
                column.set(CaseColumn.BROUGHT_IN);
                editable.set(true);
                errors.clear();
                titleWarning.set("");
                message.set("");
            }, this::fail);
    }

    public void load(long id) {
        tasks.run(() -> new Loaded(cases.caseDetail(id), access.staff(), access.trackerAvailable(),
            cases.suggestions(id), cases.allContent(), access.mayManage()), result -> {
                staff.setAll(result.staff());
                trackerAvailable.set(result.trackerAvailable());
                mayManage.set(result.mayManage());
                show(result.detail());
                suggestions.setAll(result.suggestions());
                allContent.setAll(result.content());
            }, this::fail);
    }

    private void show(CaseDetail detail) {
        IntervisionCase c = detail.kase();
        caseId.set(c.id());
        heading.set(c.title());
        title.set(c.title());
        situation.set(c.situation());
        question.set(c.question());
        level.set(c.level());
        tags.set(String.join(", ", c.tags()));
        presenter.set(staff.stream().filter(p -> p.id() == c.presenter().id()).findFirst().orElse(c.presenter()));
        setResident(c.residentId(), detail.residentCode(), detail.residentCode() != null);
        column.set(c.column());
        attached.setAll(detail.content());
        sessions.setAll(detail.sessions());
        notes.setAll(detail.notes());
        actionPoints.setAll(detail.actionPoints());
        editable.set(detail.mayEdit());
        errors.clear();
        titleWarning.set("");
    }

    private void setResident(Long id, String code, boolean visible) {
        residentId.set(id);
        residentVisible.set(visible);
        if (id == null) {
            residentText.set(trackerAvailable.get() ? messages.get("iv.case.resident.none")
                    : messages.get("iv.case.resident.unavailable"));
        } else {
            residentText.set(visible ? messages.get("iv.case.resident.linked", code)
                    : messages.get("iv.case.resident.hidden"));
        }
        residentResults.clear();
        residentQuery.set("");
    }

    public void searchResidents() {
        String query = residentQuery.get();
        tasks.run(() -> cases.findResidents(query), found -> {
            residentResults.setAll(found);
            message.set(found.isEmpty() ? messages.get("iv.case.resident.noneFound") : "");
        }, this::fail);
    }

    public void linkResident(FollowUpLink.ResidentRef ref) {
        if (ref != null) {
            setResident(ref.id(), ref.code(), true);
        }
    }

    public void unlinkResident() {
        setResident(null, null, false);
    }

    /** Saves the case; the first time, a title that may hold a name only gets a warning. */
    public void save() {
        errors.clear();
        message.set("");
        String typed = title.get() == null ? "" : title.get().strip();
        List<String> suspects = NameCheck.suspectedNames(typed);
        if (!suspects.isEmpty() && !typed.equals(acknowledgedTitle)) {
            acknowledgedTitle = typed;
            titleWarning.set(messages.get("iv.case.warning.name", String.join(", ", suspects)));
            return;
        }
        titleWarning.set("");
        CaseDraft draft = new CaseDraft(presenter.get() == null ? null : presenter.get().id(), title.get(),
                situation.get(), question.get(), level.get(), splitTags(tags.get()), residentId.get());
        Long id = caseId.get();
        saving.set(true);
        tasks.run(() -> id == null ? cases.createCase(draft) : cases.updateCase(id, draft), saved -> {
            saving.set(false);
            acknowledgedTitle = null;
            message.set(messages.get(id == null ? "iv.case.created" : "iv.case.saved"));
            onSaved.accept(saved.id());
            load(saved.id());
        }, error -> {
            saving.set(false);
            fail(error);
        });
    }

    static List<String> splitTags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public void attach(ContentLink.ContentRef ref) {
        Long id = caseId.get();
        if (id == null || ref == null) {
            return;
        }
        tasks.run(() -> {
            cases.attachContent(id, ref);
            return new Content(cases.attachedContent(id), cases.suggestions(id));
        }, this::showContent, this::fail);
    }

    public void detach(AttachedContent content) {
        Long id = caseId.get();
        if (id == null || content == null) {
            return;
        }
        tasks.run(() -> {
            cases.detachContent(id, content.kind(), content.contentId());
            return new Content(cases.attachedContent(id), cases.suggestions(id));
        }, this::showContent, this::fail);
    }

    private void showContent(Content content) {
        attached.setAll(content.attached());
        suggestions.setAll(content.suggestions());
    }

    /** Marks an action point done (or open again) from the case page. */
    public void setActionState(ActionPoint point, ActionPointState state) {
        Long id = caseId.get();
        tasks.run(() -> {
            cases.reviewActionPoint(point.id(), state, point.reviewNote());
            return Boolean.TRUE;
        }, ok -> load(id), this::fail);
    }

    private void fail(Throwable error) {
        if (error instanceof ValidationException validation) {
            errors.show(validation);
            message.set(messages.get("iv.form.fixErrors"));
        } else if (error instanceof AccessDeniedException) {
            message.set(messages.get("iv.error.notAllowed"));
        } else {
            message.set(messages.get("error.unexpected"));
        }
    }

    public String contentKindText(String kind) {
        return ContentLink.ContentRef.LESSON.equals(kind) ? messages.get("iv.content.lesson")
                : messages.get("iv.content.chapter");
    }

    public void setOnSaved(Consumer<Long> onSaved) {
        this.onSaved = onSaved;
    }

    public ReadOnlyObjectProperty<Long> caseIdProperty() {
        return caseId.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty situationProperty() {
        return situation;
    }

    public StringProperty questionProperty() {
        return question;
    }

    public ObjectProperty<SupportLevel> levelProperty() {
        return level;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public ObjectProperty<Person> presenterProperty() {
        return presenter;
    }

    public ObservableList<Person> staff() {
        return staff;
    }

    public ReadOnlyBooleanProperty trackerAvailableProperty() {
        return trackerAvailable.getReadOnlyProperty();
    }

    public StringProperty residentQueryProperty() {
        return residentQuery;
    }

    public ObservableList<FollowUpLink.ResidentRef> residentResults() {
        return residentResults;
    }

    public ReadOnlyObjectProperty<Long> residentIdProperty() {
        return residentId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty residentTextProperty() {
        return residentText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty residentVisibleProperty() {
        return residentVisible.getReadOnlyProperty();
    }

    public ObservableList<AttachedContent> attached() {
        return attached;
    }

    public ObservableList<ContentSuggestions.Suggestion> suggestions() {
        return suggestions;
    }

    public ObservableList<ContentLink.ContentRef> allContent() {
        return allContent;
    }

    public ObservableList<CaseDetail.SessionRef> sessions() {
        return sessions;
    }

    public ObservableList<CaseDetail.CaseNote> notes() {
        return notes;
    }

    public ObservableList<ActionPoint> actionPoints() {
        return actionPoints;
    }

    public ReadOnlyStringProperty titleWarningProperty() {
        return titleWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayManageProperty() {
        return mayManage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseColumn> columnProperty() {
        return column.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }

    public java.time.LocalDate today() {
        return access.today();
    }
}

package be.toppsy.desk.intervision.sessions;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.IntervisionAccess;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.board.CaseCard;
import be.toppsy.desk.intervision.board.CaseColumn;
import be.toppsy.desk.intervision.board.CaseService;
import be.toppsy.desk.intervision.board.IntervisionCase;
import be.toppsy.desk.intervision.methods.Method;
import be.toppsy.desk.intervision.methods.MethodService;
import be.toppsy.desk.security.AccessDeniedException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Planning a session (team leads): date, team, facilitator, note-taker, participants, optional
 * external intervisor, method, and the cases on the agenda in order.
 */
public final class SessionEditorViewModel {

    private final SessionService sessions;
    private final MethodService methodService;
    private final CaseService cases;
    private final IntervisionAccess access;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FieldErrors errors;

    private final ReadOnlyObjectWrapper<Long> sessionId = new ReadOnlyObjectWrapper<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty team = new SimpleStringProperty("");
    private final ObjectProperty<Person> facilitator = new SimpleObjectProperty<>();
    private final ObjectProperty<Person> noteTaker = new SimpleObjectProperty<>();
    private final StringProperty external = new SimpleStringProperty("");
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>();
    private final ObservableList<Person> staff = FXCollections.observableArrayList();
    private final Map<Long, BooleanProperty> participants = new LinkedHashMap<>();
    private final ObservableList<Method> methods = FXCollections.observableArrayList();
    private final ObservableList<String> teams = FXCollections.observableArrayList();
    private final ObservableList<IntervisionCase> agenda = FXCollections.observableArrayList();
    private final ObservableList<IntervisionCase> available = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Consumer<Long> onSaved = id -> { };

    public SessionEditorViewModel(SessionService sessions, MethodService methodService, CaseService cases, IntervisionAccess access, TaskRunner tasks, Messages messages) {
        this.sessions = sessions;
        this.methodService = methodService;
        this.cases = cases;
        this.access = access;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new FieldErrors(messages);
    }

    /** What the form needs, loaded in the background; session is null for a new one. */
    private record Loaded(List<Person> staff, List<Method> methods, Method defaultMethod, List<String> teams,
            List<CaseCard> board, IntervisionSession session) {
    }

    /** Loads the form: a new session (null) or an existing planned one. */
    public void load(Long id) {
        tasks.run(() -> new Loaded(access.staff(), methodService.methods(), methodService.defaultMethod(),
            sessions.teams(), cases.board(), id == null ? null : sessions.session(id)), result -> {
                List<Person> people = result.staff();
                List<Method> all = result.methods();
                List<String> knownTeams = result.teams();
                List<CaseCard> cards = result.board();
                staff.setAll(people);
                participants.clear();
                people.forEach(p -> participants.put(p.id(), new SimpleBooleanProperty(false)));
                methods.setAll(all);
                teams.setAll(knownTeams);
                IntervisionSession s = result.session();
                List<IntervisionCase> cases = cards.stream().map(CaseCard::kase)
                        .filter(c -> c.column() != CaseColumn.CLOSED).toList();
                errors.clear();
                message.set("");
                if (s == null) {
                    sessionId.set(null);
                    heading.set(messages.get("iv.session.newTitle"));
                    date.set(Formats.date(access.today().plusDays(7)));
                    team.set(knownTeams.isEmpty() ? "" : knownTeams.get(0));
                    facilitator.set(null);
                    noteTaker.set(null);
                    external.set("");
                    method.set(result.defaultMethod());
                    agenda.clear();
                } else {
                    sessionId.set(s.id());
                    heading.set(messages.get("iv.session.editTitle", Formats.date(s.heldOn())));
                    date.set(Formats.date(s.heldOn()));
                    team.set(s.team());
                    facilitator.set(find(s.facilitator()));
                    noteTaker.set(find(s.noteTaker()));
                    external.set(s.externalIntervisor());
                    method.set(all.stream().filter(m -> m.id() == s.methodId()).findFirst().orElse(null));
                    s.participants().forEach(p -> Optional.ofNullable(participants.get(p.id()))
                            .ifPresent(flag -> flag.set(true)));
                    agenda.setAll(s.agenda().stream().map(a -> cases.stream().filter(c -> c.id() == a.caseId())
                            .findFirst().orElse(null)).filter(java.util.Objects::nonNull).toList());
                }
                available.setAll(cases.stream().filter(c -> !agenda.contains(c)).toList());
            }, this::fail);
    }

    private Person find(Person p) {
        return p == null ? null : staff.stream().filter(s -> s.id() == p.id()).findFirst().orElse(p);
    }

    public void addToAgenda(IntervisionCase c) {
        if (c != null && !agenda.contains(c)) {
            agenda.add(c);
            available.remove(c);
        }
    }

    public void removeFromAgenda(IntervisionCase c) {
        if (agenda.remove(c)) {
            available.add(0, c);
        }
    }

    public void moveUp(IntervisionCase c) {
        int at = agenda.indexOf(c);
        if (at > 0) {
            agenda.remove(at);
            agenda.add(at - 1, c);
        }
    }

    public void everyone(boolean on) {
        participants.values().forEach(p -> p.set(on));
    }

    public void save() {
        errors.clear();
        message.set("");
        LocalDate held = null;
        if (date.get() != null && !date.get().isBlank()) {
            Optional<LocalDate> parsed = Formats.parseDate(date.get());
            if (parsed.isEmpty()) {
                errors.set("heldOn", "error.date");
                message.set(messages.get("iv.form.fixErrors"));
                return;
            }
            held = parsed.get();
        }
        List<Long> chosen = participants.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .toList();
        SessionDraft draft = new SessionDraft(held, team.get(), facilitator.get() == null ? null : facilitator.get().id(),
                noteTaker.get() == null ? null : noteTaker.get().id(), chosen, external.get(),
                method.get() == null ? null : method.get().id(), agenda.stream().map(IntervisionCase::id).toList());
        Long id = sessionId.get();
        tasks.run(() -> id == null ? sessions.createSession(draft) : sessions.updateSession(id, draft), saved -> {
            message.set(messages.get("iv.session.saved"));
            onSaved.accept(saved.id());
        }, this::fail);
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

    public void setOnSaved(Consumer<Long> onSaved) {
        this.onSaved = onSaved;
    }

    public ReadOnlyObjectProperty<Long> sessionIdProperty() {
        return sessionId.getReadOnlyProperty();
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public ObjectProperty<Person> facilitatorProperty() {
        return facilitator;
    }

    public ObjectProperty<Person> noteTakerProperty() {
        return noteTaker;
    }

    public StringProperty externalProperty() {
        return external;
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    public ObservableList<Person> staff() {
        return staff;
    }

    public BooleanProperty participant(long userId) {
        return participants.computeIfAbsent(userId, id -> new SimpleBooleanProperty(false));
    }

    public ObservableList<Method> methods() {
        return methods;
    }

    public ObservableList<String> teams() {
        return teams;
    }

    public ObservableList<IntervisionCase> agenda() {
        return agenda;
    }

    public ObservableList<IntervisionCase> available() {
        return available;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }
}

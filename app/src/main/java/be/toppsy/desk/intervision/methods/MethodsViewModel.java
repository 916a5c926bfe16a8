package be.toppsy.desk.intervision.methods;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.intervision.IntervisionAccess;
import be.toppsy.desk.security.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * The methods: everyone reads them, team leads copy, edit and create them. Saving a version that
 * a session has used makes a new version (the service decides; this screen says so).
 */
public final class MethodsViewModel {

    /** One phase in the editor, as typed. */
    public static final class PhaseRow {
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty instruction = new SimpleStringProperty("");
        private final StringProperty minutes = new SimpleStringProperty("10");
        private final ObjectProperty<Speaker> speaker = new SimpleObjectProperty<>(Speaker.EVERYONE);
        private final BooleanProperty listens = new SimpleBooleanProperty(false);
        private final ObjectProperty<Produces> produces = new SimpleObjectProperty<>(Produces.NOTHING);

        static PhaseRow of(Phase phase) {
            PhaseRow row = new PhaseRow();
            row.name.set(phase.name());
            row.instruction.set(phase.instruction());
            row.minutes.set(String.valueOf(phase.minutes()));
            row.speaker.set(phase.speaker());
            row.listens.set(phase.presenterListens());
            row.produces.set(phase.produces());
            return row;
        }

        Phase toPhase(int order) {
            int mins;
            try {
                mins = Integer.parseInt(minutes.get() == null ? "" : minutes.get().trim());
            } catch (NumberFormatException e) {
                mins = -1;
            }
            return new Phase(order, name.get(), instruction.get(), mins, speaker.get(), listens.get(), produces.get());
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty instructionProperty() {
            return instruction;
        }

        public StringProperty minutesProperty() {
            return minutes;
        }

        public ObjectProperty<Speaker> speakerProperty() {
            return speaker;
        }

        public BooleanProperty listensProperty() {
            return listens;
        }

        public ObjectProperty<Produces> producesProperty() {
            return produces;
        }
    }

    private final MethodService methodService;
    private final IntervisionAccess access;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FieldErrors errors;

    private final ObservableList<Method> methods = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Method> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> defaultFamily = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<PhaseRow> phases = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper mayManage = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper versionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public MethodsViewModel(MethodService methodService, IntervisionAccess access, TaskRunner tasks, Messages messages) {
        this.methodService = methodService;
        this.access = access;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new FieldErrors(messages);
    }

    /** The methods as loaded in the background. */
    private record Loaded(List<Method> methods, Method defaultMethod, boolean mayManage) {
    }

    public void load(Long selectId) {
        tasks.run(() -> new Loaded(methodService.methods(), methodService.defaultMethod(), access.mayManage()), result -> {
            List<Method> all = result.methods();
            methods.setAll(all);
            defaultFamily.set(result.defaultMethod().familyId());
            mayManage.set(result.mayManage());
            Method pick = all.stream().filter(m -> selectId != null && m.id() == selectId).findFirst()
                    .orElse(all.stream().filter(m -> m.familyId() == defaultFamily.get()).findFirst()
                            .orElse(all.isEmpty() ? null : all.get(0)));
            select(pick);
        }, this::fail);
    }

    public void select(Method method) {
        creating.set(false);
        selected.set(method);
        errors.clear();
        if (method == null) {
            name.set("");
            description.set("");
            phases.clear();
            versionText.set("");
            return;
        }
        name.set(method.name());
        description.set(method.description());
        phases.setAll(method.phases().stream().map(PhaseRow::of).toList());
        versionText.set(method.frozen() ? messages.get("iv.methods.versionFrozen", method.version(),
                method.sessionsUsing()) : messages.get("iv.methods.version", method.version()));
    }

    /** An empty method with one phase, to fill in. */
    public void startNew() {
        selected.set(null);
        creating.set(true);
        errors.clear();
        message.set("");
        name.set("");
        description.set("");
        PhaseRow first = new PhaseRow();
        phases.setAll(first);
        versionText.set(messages.get("iv.methods.newVersion"));
    }

    public void addPhase() {
        phases.add(new PhaseRow());
    }

    public void removePhase(PhaseRow row) {
        phases.remove(row);
    }

    public void moveUp(PhaseRow row) {
        int at = phases.indexOf(row);
        if (at > 0) {
            phases.remove(at);
            phases.add(at - 1, row);
        }
    }

    public void moveDown(PhaseRow row) {
        int at = phases.indexOf(row);
        if (at >= 0 && at < phases.size() - 1) {
            phases.remove(at);
            phases.add(at + 1, row);
        }
    }

    public void save() {
        errors.clear();
        message.set("");
        List<Phase> list = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            list.add(phases.get(i).toPhase(i + 1));
        }
        MethodDraft draft = new MethodDraft(name.get(), description.get(), list);
        Method current = selected.get();
        tasks.run(() -> current == null ? methodService.createMethod(draft) : methodService.saveMethod(current.id(), draft),
                saved -> {
                    if (current != null && saved.id() != current.id()) {
                        message.set(messages.get("iv.methods.savedNewVersion", saved.version(), current.version()));
                    } else {
                        message.set(messages.get("iv.methods.saved"));
                    }
                    String keep = message.get();
                    load(saved.id());
                    message.set(keep);
                }, this::fail);
    }

    public void copy() {
        Method current = selected.get();
        if (current == null) {
            return;
        }
        String copyName = messages.get("iv.methods.copyName", current.name());
        tasks.run(() -> methodService.copyMethod(current.id(), copyName.length() > 200 ? copyName.substring(0, 200)
                : copyName), copied -> {
                    load(copied.id());
                    message.set(messages.get("iv.methods.copied"));
                }, this::fail);
    }

    public void makeDefault() {
        Method current = selected.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            methodService.setDefaultMethod(current.id());
            return Boolean.TRUE;
        }, ok -> {
            load(current.id());
            message.set(messages.get("iv.methods.defaultSet"));
        }, this::fail);
    }

    public void archive() {
        Method current = selected.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> {
            methodService.archiveMethod(current.id());
            return Boolean.TRUE;
        }, ok -> {
            load(null);
            message.set(messages.get("iv.methods.archived"));
        }, this::fail);
    }

    private void fail(Throwable error) {
        if (error instanceof ValidationException validation) {
            errors.show(validation);
            ValidationException.FieldError general = validation.errors().getOrDefault("phases",
                    validation.errors().get("method"));
            message.set(general == null ? messages.get("iv.form.fixErrors")
                    : messages.get(general.messageKey(), general.args()));
        } else if (error instanceof AccessDeniedException) {
            message.set(messages.get("iv.error.notAllowed"));
        } else {
            message.set(messages.get("error.unexpected"));
        }
    }

    public boolean isDefault(Method method) {
        return defaultFamily.get() != null && method.familyId() == defaultFamily.get();
    }

    public ObservableList<Method> methods() {
        return methods;
    }

    public ReadOnlyObjectProperty<Method> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> defaultFamilyProperty() {
        return defaultFamily.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<PhaseRow> phases() {
        return phases;
    }

    public ReadOnlyBooleanProperty mayManageProperty() {
        return mayManage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty versionTextProperty() {
        return versionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The error of a field; phase fields are "phase3.name", "phase3.minutes", "phase3.instruction". */
    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }

    public int totalMinutes() {
        int total = 0;
        for (int i = 0; i < phases.size(); i++) {
            total += Math.max(0, phases.get(i).toPhase(i + 1).minutes());
        }
        return total;
    }
}

package be.toppsy.desk.socialmap;

import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The social map: search and filters, the edit form of one service, CSV import and export. */
public final class SocialMapViewModel {

    private final SocialMapService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FieldErrors errors;
    private final ObservableList<SocialService> services = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ServiceKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> regionFilter = new SimpleObjectProperty<>();
    private final BooleanProperty crisisOnly = new SimpleBooleanProperty();
    private final BooleanProperty toVerifyOnly = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importReport = new ReadOnlyStringWrapper("");

    // edit form
    private final ObjectProperty<SocialService> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ServiceKind> kind = new SimpleObjectProperty<>(ServiceKind.OTHER);
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty languages = new SimpleStringProperty("");
    private final StringProperty targetGroups = new SimpleStringProperty("");
    private final StringProperty howToRefer = new SimpleStringProperty("");
    private final StringProperty waitingTime = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> interpreter = new SimpleObjectProperty<>();
    private final StringProperty cost = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty crisisContact = new SimpleBooleanProperty();
    private final BooleanProperty toVerify = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper("");

    public SocialMapViewModel(SocialMapService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new FieldErrors(messages);
        query.addListener((o, a, b) -> search());
        kindFilter.addListener((o, a, b) -> search());
        regionFilter.addListener((o, a, b) -> search());
        crisisOnly.addListener((o, a, b) -> search());
        toVerifyOnly.addListener((o, a, b) -> search());
    }

    public boolean canEdit() {
        return service.canEdit();
    }

    private SocialServiceFilter filter() {
        return new SocialServiceFilter(query.get(), kindFilter.get(), regionFilter.get(), crisisOnly.get(),
                toVerifyOnly.get());
    }

    public void search() {
        SocialServiceFilter f = filter();
        tasks.run(() -> service.search(f), list -> {
            services.setAll(list);
            summary.set(messages.get("socialmap.summary", list.size(),
                    list.stream().filter(SocialService::toVerify).count()));
        }, e -> summary.set(messages.get("error.unexpected")));
    }

    public void edit(SocialService s) {
        errors.clear();
        message.set("");
        SocialService v = s == null ? SocialService.blank() : s;
        editing.set(v);
        name.set(nz(v.name()));
        kind.set(v.kind());
        region.set(v.region());
        city.set(nz(v.city()));
        languages.set(nz(v.languages()));
        targetGroups.set(nz(v.targetGroups()));
        howToRefer.set(nz(v.howToRefer()));
        waitingTime.set(nz(v.waitingTime()));
        interpreter.set(v.interpreterAvailable());
        cost.set(nz(v.cost()));
        phone.set(nz(v.phone()));
        email.set(nz(v.email()));
        website.set(nz(v.website()));
        address.set(nz(v.address()));
        notes.set(nz(v.notes()));
        crisisContact.set(v.crisisContact());
        toVerify.set(v.toVerify());
        verification.set(v.lastVerifiedOn() == null ? messages.get("socialmap.neverVerified")
                : messages.get("socialmap.verifiedOn", Formats.date(v.lastVerifiedOn()),
                        v.lastVerifiedBy() == null ? "–" : v.lastVerifiedBy()));
    }

    public void save() {
        SocialService base = editing.get() == null ? SocialService.blank() : editing.get();
        SocialService s = new SocialService(base.id(), name.get(), kind.get(), region.get(), city.get(),
                languages.get(), targetGroups.get(), howToRefer.get(), waitingTime.get(), interpreter.get(),
                cost.get(), phone.get(), email.get(), website.get(), address.get(), notes.get(), crisisContact.get(),
                toVerify.get(), base.lastVerifiedOn(), base.lastVerifiedBy(), base.source());
        errors.clear();
        tasks.run(() -> service.save(s), id -> {
            message.set(messages.get("socialmap.saved"));
            search();
            tasks.run(() -> service.find(id), found -> found.ifPresent(this::edit));
        }, this::fail);
    }

    public void markVerified() {
        SocialService s = editing.get();
        if (s == null || s.id() == null) {
            return;
        }
        long id = s.id();
        tasks.run(() -> {
            service.markVerified(id);
            return service.find(id);
        }, found -> {
            found.ifPresent(this::edit);
            message.set(messages.get("socialmap.verified"));
            search();
        }, this::fail);
    }

    public void delete() {
        SocialService s = editing.get();
        if (s == null || s.id() == null) {
            return;
        }
        long id = s.id();
        tasks.run(() -> {
            service.delete(id);
            return true;
        }, ok -> {
            edit(null);
            editing.set(null);
            search();
        }, this::fail);
    }

    private void fail(Throwable error) {
        if (error instanceof ValidationException v) {
            errors.show(v);
        } else if (error instanceof be.toppsy.desk.security.AccessDeniedException) {
            message.set(messages.get("socialmap.error.denied"));
        } else {
            message.set(messages.get("error.unexpected"));
        }
    }

    static final int PREVIEW_ROWS = 5;

    public void exportTo(Path file) {
        SocialServiceFilter f = filter();
        tasks.run(() -> service.exportCsv(file, f), n -> message.set(messages.get("socialmap.exported", n,
                file.getFileName())), e -> message.set(messages.get("socialmap.error.file")));
    }

    /**
     * Shows what the file holds before anything is stored: reads it in the background and hands the
     * preview to {@code confirm}; imports only when that answers yes.
     */
    public void importFrom(Path file, java.util.function.Predicate<String> confirm) {
        tasks.run(() -> service.previewCsv(file, PREVIEW_ROWS), preview -> {
            if (preview.tooBig()) {
                importReport.set(messages.get("socialmap.import.error.tooBig"));
            } else if (confirm.test(describe(preview))) {
                importFrom(file);
            }
        }, e -> importReport.set(messages.get("socialmap.error.file")));
    }

    /** The preview as text: encoding, row count, the header and the first rows. */
    public String describe(ImportPreview preview) {
        StringBuilder text = new StringBuilder(messages.get("socialmap.import.preview", preview.encoding(),
                preview.rowCount(), preview.unreadableLines()));
        text.append("\n\n").append(String.join(" | ", preview.header()));
        for (java.util.List<String> row : preview.rows()) {
            text.append('\n').append(String.join(" | ", row));
        }
        return text.toString();
    }

    public void importFrom(Path file) {
        tasks.run(() -> service.importCsv(file), report -> {
            importReport.set(describe(report));
            search();
        }, e -> importReport.set(messages.get("socialmap.error.file")));
    }

    /** The import report as text: counts, then each refused row with its line and reason. */
    public String describe(ImportReport report) {
        StringBuilder text = new StringBuilder(messages.get("socialmap.import.result", report.added(),
                report.updated(), report.problems().size()));
        String problems = report.problems().stream()
                .map(p -> messages.get("socialmap.import.line", p.line(), messages.get(p.messageKey(), p.args())))
                .collect(Collectors.joining("\n"));
        if (!problems.isEmpty()) {
            text.append('\n').append(problems);
        }
        return text.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Optional<SocialService> editing() {
        return Optional.ofNullable(editing.get());
    }

    public ObjectProperty<SocialService> editingProperty() {
        return editing;
    }

    public ObservableList<SocialService> services() {
        return services;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ServiceKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<String> regionFilterProperty() {
        return regionFilter;
    }

    public BooleanProperty crisisOnlyProperty() {
        return crisisOnly;
    }

    public BooleanProperty toVerifyOnlyProperty() {
        return toVerifyOnly;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importReportProperty() {
        return importReport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorOf(String field) {
        return errors.of(field);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ServiceKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> regionProperty() {
        return region;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty languagesProperty() {
        return languages;
    }

    public StringProperty targetGroupsProperty() {
        return targetGroups;
    }

    public StringProperty howToReferProperty() {
        return howToRefer;
    }

    public StringProperty waitingTimeProperty() {
        return waitingTime;
    }

    public ObjectProperty<Boolean> interpreterProperty() {
        return interpreter;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty crisisContactProperty() {
        return crisisContact;
    }

    public BooleanProperty toVerifyProperty() {
        return toVerify;
    }

}

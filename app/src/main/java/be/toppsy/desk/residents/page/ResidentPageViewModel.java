package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.residents.record.ResidentSummary;
import be.toppsy.desk.accounts.User;
import be.toppsy.desk.common.FieldErrors;
import be.toppsy.desk.common.TaskRunner;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.security.AccessDeniedException;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.socialmap.SocialService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One resident's page: the shell around one ViewModel per tab (timeline, record, level, plan,
 * referrals, reviews and screenings, and for the medical service medical notes). The record is
 * loaded here; the tabs' commands run through {@link #run}, which reloads it afterwards without
 * auditing another view. A medewerker without RESIDENT_VIEW gets
 * the limited page: code, unit, level and their own observations. Each form keeps what was typed
 * when the service refuses it and shows the reason next to the field.
 */
public final class ResidentPageViewModel {

    private final ResidentService service;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<ResidentFile> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ResidentSummary> limited = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Observation> ownObservations = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Long residentId;

    private final FieldErrors headerErrors;
    private final ObservableList<User> colleagues = FXCollections.observableArrayList();
    private final ObservableList<SocialService> services = FXCollections.observableArrayList();

    private final TimelineViewModel timeline;
    private final RecordViewModel record;
    private final LevelViewModel level;
    private final PlanViewModel plan;
    private final ReferralsViewModel referrals;
    private final ReviewsViewModel reviews;
    private final MedicalNotesViewModel medical;

    public ResidentPageViewModel(ResidentService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.headerErrors = new FieldErrors(messages);
        this.timeline = new TimelineViewModel(this);
        this.record = new RecordViewModel(this, service, messages);
        this.level = new LevelViewModel(this, service, messages);
        this.plan = new PlanViewModel(this, service, messages);
        this.referrals = new ReferralsViewModel(this, service, messages);
        this.reviews = new ReviewsViewModel(this, service, messages);
        this.medical = new MedicalNotesViewModel(this, service, messages);
    }

    // ---- the tabs -----------------------------------------------------------------------------

    public TimelineViewModel timeline() {
        return timeline;
    }

    public RecordViewModel record() {
        return record;
    }

    public LevelViewModel level() {
        return level;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public ReferralsViewModel referrals() {
        return referrals;
    }

    public ReviewsViewModel reviews() {
        return reviews;
    }

    public MedicalNotesViewModel medical() {
        return medical;
    }

    // ---- loading ------------------------------------------------------------------------------

    public boolean fullAccess() {
        return service.canViewRecords();
    }

    public boolean canEdit() {
        return service.canEdit();
    }

    public boolean can(Permission permission) {
        return service.has(permission);
    }

    /** Opens a resident: the whole file, or the limited page for a medewerker. Audited once, here. */
    public void open(long id) {
        residentId = id;
        creating.set(false);
        message.set("");
        loadPickers();
        if (fullAccess()) {
            tasks.run(() -> service.records().file(id), this::show, this::fail);
        } else {
            tasks.run(() -> new LimitedPage(service.summary(id).orElse(null),
                    service.observations().ownObservations(id)), page -> {
                        limited.set(page.summary());
                        ownObservations.setAll(page.ownObservations());
                    }, this::fail);
        }
    }

    /** What a medewerker's page shows: code, unit and level, and their own observations. */
    private record LimitedPage(ResidentSummary summary, List<Observation> ownObservations) {
    }

    /** The choices of the pickers on the page. */
    private record Pickers(List<User> colleagues, List<SocialService> services) {
    }

    /** An empty record form for a new resident. */
    public void startNew() {
        residentId = null;
        file.set(null);
        creating.set(true);
        loadPickers();
        record.fillForm(null);
        record.arrivalProperty().set(Formats.date(service.today()));
    }

    private void loadPickers() {
        boolean referrals = fullAccess() && can(Permission.REFERRAL_MANAGE);
        tasks.run(() -> new Pickers(service.records().colleagues(),
                referrals ? service.referrals().referralServices() : List.of()), p -> {
                    colleagues.setAll(p.colleagues());
                    services.setAll(p.services());
                    ResidentFile f = file.get();
                    if (f != null) {
                        record.keyWorkerProperty().set(user(f.resident().keyWorkerId()));
                    }
                });
    }

    User user(Long id) {
        if (id == null) {
            return null;
        }
        return colleagues.stream().filter(u -> u.id() == id).findFirst().orElse(null);
    }

    /** After a command: the record again, without a second "viewed" line in the audit trail. */
    private void reload() {
        if (residentId != null) {
            long id = residentId;
            tasks.run(() -> service.records().fileAfterChange(id), this::show, this::fail);
        }
    }

    private void show(ResidentFile f) {
        file.set(f);
        record.fillForm(f.resident());
        timeline.filterTimeline();
    }

    private void fail(Throwable error) {
        if (error instanceof AccessDeniedException) {
            message.set(messages.get("residents.error.denied"));
        } else if (error instanceof ValidationException) {
            message.set(messages.get("residents.error.notFound"));
        } else {
            message.set(messages.get("error.unexpected"));
        }
    }

    // ---- commands --------------------------------------------------------------------------------

    /**
     * Runs a command of one of the tabs: its field errors next to the fields, other failures as the
     * page's message, and on success the record again (not audited as a new view).
     */
    <T> void run(FieldErrors errors, Callable<T> work, Consumer<T> after) {
        errors.clear();
        message.set("");
        tasks.run(work, result -> {
            after.accept(result);
            reload();
        }, error -> {
            if (error instanceof ValidationException v) {
                errors.show(v);
            } else if (error instanceof AccessDeniedException) {
                message.set(messages.get("residents.error.denied"));
            } else {
                message.set(messages.get("error.unexpected"));
            }
        });
    }

    /** The date typed in a field, or null when empty; a field error when it is not a date. */
    static LocalDate date(FieldErrors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = Formats.parseDate(text);
        if (date.isEmpty()) {
            errors.set(field, "error.date");
            return null;
        }
        return date.get();
    }

    public void setTeamDiscussionFlag(boolean flag) {
        long id = residentId;
        run(headerErrors, () -> {
            service.records().setTeamDiscussion(id, flag);
            return true;
        }, ok -> { });
    }

    public void clearMedicalFlag() {
        long id = residentId;
        run(headerErrors, () -> {
            service.medical().clearMedicalFlag(id);
            return true;
        }, ok -> { });
    }

    /** The resident as a row, for presetting the observation dialog. */
    public ResidentRow asRow() {
        ResidentFile f = file.get();
        if (f != null) {
            Resident r = f.resident();
            return new ResidentRow(r.id(), r.code(), r.fullName(), r.unit(), r.room(), r.level(), r.state(),
                    r.keyWorkerId(), r.keyWorkerName(), r.teamDiscussion(), r.medicalFlag(), r.nextReviewDue(),
                    r.lastObservationAt());
        }
        ResidentSummary s = limited.get();
        return s == null ? null : new ResidentRow(s.id(), s.code(), null, s.unit(), null, s.level(), s.state(), null,
                s.keyWorkerName(), s.teamDiscussion(), s.medicalFlag(), s.nextReviewDue(), null);
    }

    public void refresh() {
        if (residentId != null) {
            open(residentId);
        }
    }

    public LocalDate today() {
        return service.today();
    }

    /** The open resident's id (null while a new one is being made). */
    Long residentId() {
        return residentId;
    }

    void showMessage(String text) {
        message.set(text);
    }

    /** After the record form was saved: the page now shows that resident. */
    void saved(long id) {
        residentId = id;
        creating.set(false);
    }

    // ---- properties ------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ResidentFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResidentSummary> limitedProperty() {
        return limited.getReadOnlyProperty();
    }

    public ObservableList<Observation> ownObservations() {
        return ownObservations;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<User> colleagues() {
        return colleagues;
    }

    public ObservableList<SocialService> services() {
        return services;
    }

}

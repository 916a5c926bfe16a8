package be.toppsy.desk.residents.page;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.SupportLevel;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.plan.PreventionTier;
import be.toppsy.desk.residents.record.Gender;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentDraft;
import be.toppsy.desk.residents.record.ResidentRow;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.record.TimelineEntry;
import be.toppsy.desk.residents.record.TimelineKind;
import be.toppsy.desk.residents.referrals.Barrier;
import be.toppsy.desk.residents.referrals.Consent;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.referrals.ReferralState;
import be.toppsy.desk.residents.reviews.ReviewKind;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
import javafx.collections.ObservableSet;

/**
 * One resident's page: the record form, timeline, support level, plan, referrals, reviews,
 * screenings and (for the medical service) medical notes. A medewerker without RESIDENT_VIEW gets
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

    // timeline
    private final ObservableSet<TimelineKind> shownKinds = FXCollections.observableSet(EnumSet.allOf(TimelineKind.class));
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();

    // record form
    private final FieldErrors recordErrors;
    private final StringProperty givenNames = new SimpleStringProperty("");
    private final StringProperty familyName = new SimpleStringProperty("");
    private final StringProperty birthYear = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.UNKNOWN);
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty arrival = new SimpleStringProperty("");
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final BooleanProperty interpreter = new SimpleBooleanProperty();
    private final BooleanProperty mediator = new SimpleBooleanProperty();
    private final ObjectProperty<User> keyWorker = new SimpleObjectProperty<>();
    private final StringProperty strengths = new SimpleStringProperty("");
    private final StringProperty ownWords = new SimpleStringProperty("");
    private final ObjectProperty<ResidentState> state = new SimpleObjectProperty<>(ResidentState.PRESENT);
    private final StringProperty departure = new SimpleStringProperty("");
    private final BooleanProperty teamDiscussion = new SimpleBooleanProperty();
    private final ObjectProperty<SupportLevel> initialLevel = new SimpleObjectProperty<>(SupportLevel.BASIC);
    private final ObservableList<User> colleagues = FXCollections.observableArrayList();

    // level
    private final FieldErrors levelErrors;
    private final ObjectProperty<SupportLevel> newLevel = new SimpleObjectProperty<>();
    private final StringProperty levelReason = new SimpleStringProperty("");
    private final BooleanProperty levelDiscussed = new SimpleBooleanProperty();

    // plan
    private final FieldErrors actionErrors;
    private final StringProperty actionTitle = new SimpleStringProperty("");
    private final ObjectProperty<User> actionOwner = new SimpleObjectProperty<>();
    private final StringProperty actionDue = new SimpleStringProperty("");
    private final ObjectProperty<PreventionTier> actionTier = new SimpleObjectProperty<>();

    // referrals
    private final FieldErrors referralErrors;
    private final ObservableList<SocialService> services = FXCollections.observableArrayList();
    private final ObjectProperty<SocialService> referralService = new SimpleObjectProperty<>();
    private final StringProperty referralServiceName = new SimpleStringProperty("");
    private final StringProperty referralReason = new SimpleStringProperty("");
    private final ObservableSet<Barrier> referralBarriers = FXCollections.observableSet(EnumSet.noneOf(Barrier.class));
    private final StringProperty referralInterim = new SimpleStringProperty("");
    private final ObjectProperty<Referral> selectedReferral = new SimpleObjectProperty<>();
    private final ObservableSet<Barrier> followBarriers = FXCollections.observableSet(EnumSet.noneOf(Barrier.class));
    private final StringProperty followInterim = new SimpleStringProperty("");

    // reviews and screenings
    private final FieldErrors reviewErrors;
    private final ObjectProperty<ReviewKind> reviewKind = new SimpleObjectProperty<>(ReviewKind.PERIODIC);
    private final StringProperty reviewDate = new SimpleStringProperty("");
    private final StringProperty reviewSummary = new SimpleStringProperty("");
    private final FieldErrors screeningErrors;
    private final StringProperty instrument = new SimpleStringProperty("");
    private final StringProperty screeningDate = new SimpleStringProperty("");
    private final StringProperty score = new SimpleStringProperty("");
    private final BooleanProperty threshold = new SimpleBooleanProperty();

    // medical notes
    private final FieldErrors noteErrors;
    private final StringProperty noteText = new SimpleStringProperty("");

    public ResidentPageViewModel(ResidentService service, TaskRunner tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.recordErrors = new FieldErrors(messages);
        this.levelErrors = new FieldErrors(messages);
        this.actionErrors = new FieldErrors(messages);
        this.referralErrors = new FieldErrors(messages);
        this.reviewErrors = new FieldErrors(messages);
        this.screeningErrors = new FieldErrors(messages);
        this.noteErrors = new FieldErrors(messages);
        shownKinds.addListener((javafx.collections.SetChangeListener<TimelineKind>) c -> filterTimeline());
        selectedReferral.addListener((o, a, r) -> {
            followBarriers.clear();
            if (r != null) {
                followBarriers.addAll(r.barriers());
            }
            followInterim.set(r == null || r.interimSupport() == null ? "" : r.interimSupport());
        });
        referralService.addListener((o, a, s) -> {
            if (s != null) {
                referralServiceName.set(s.name());
            }
        });
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
        fillForm(null);
        arrival.set(Formats.date(service.today()));
    }

    private void loadPickers() {
        boolean referrals = fullAccess() && can(Permission.REFERRAL_MANAGE);
        tasks.run(() -> new Pickers(service.records().colleagues(),
                referrals ? service.referrals().referralServices() : List.of()), p -> {
                    colleagues.setAll(p.colleagues());
                    services.setAll(p.services());
                    ResidentFile f = file.get();
                    if (f != null) {
                        keyWorker.set(user(f.resident().keyWorkerId()));
                    }
                });
    }

    private User user(Long id) {
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
        fillForm(f.resident());
        filterTimeline();
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

    private void fillForm(Resident r) {
        recordErrors.clear();
        givenNames.set(r == null ? "" : r.givenNames());
        familyName.set(r == null || r.familyName() == null ? "" : r.familyName());
        birthYear.set(r == null || r.birthYear() == null ? "" : String.valueOf(r.birthYear()));
        gender.set(r == null ? Gender.UNKNOWN : r.gender());
        unit.set(r == null || r.unit() == null ? "" : r.unit());
        room.set(r == null || r.room() == null ? "" : r.room());
        arrival.set(r == null ? "" : Formats.date(r.arrivalDate()));
        languages.setAll(r == null ? List.of() : r.languages());
        interpreter.set(r != null && r.interpreterNeeded());
        mediator.set(r != null && r.mediatorNeeded());
        keyWorker.set(r == null ? null : user(r.keyWorkerId()));
        strengths.set(r == null || r.strengths() == null ? "" : r.strengths());
        ownWords.set(r == null || r.ownWords() == null ? "" : r.ownWords());
        state.set(r == null ? ResidentState.PRESENT : r.state());
        departure.set(r == null ? "" : Formats.date(r.departureDate()));
        teamDiscussion.set(r != null && r.teamDiscussion());
    }

    private void filterTimeline() {
        ResidentFile f = file.get();
        if (f == null) {
            timeline.clear();
            return;
        }
        timeline.setAll(f.timeline().stream().filter(e -> shownKinds.contains(e.kind())).toList());
    }

    // ---- commands --------------------------------------------------------------------------------

    private <T> void run(FieldErrors errors, Callable<T> work, Consumer<T> after) {
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

    /** Saves the record form (creates the resident when new). Calls back with the id. */
    public void saveRecord(Consumer<Long> onSaved) {
        recordErrors.clear();
        Integer year = null;
        String yearText = birthYear.get() == null ? "" : birthYear.get().trim();
        if (!yearText.isEmpty()) {
            try {
                year = Integer.parseInt(yearText);
            } catch (NumberFormatException e) {
                recordErrors.set("birthYear", "residents.error.number");
            }
        }
        LocalDate arrivalDate = date(recordErrors, "arrivalDate", arrival.get());
        LocalDate departureDate = date(recordErrors, "departureDate", departure.get());
        if (recordErrors.any()) {
            return;
        }
        ResidentDraft draft = new ResidentDraft(givenNames.get(), familyName.get(), year, gender.get(), unit.get(),
                room.get(), arrivalDate, List.copyOf(languages), interpreter.get(), mediator.get(),
                keyWorker.get() == null ? null : keyWorker.get().id(), strengths.get(), ownWords.get(), state.get(),
                departureDate, teamDiscussion.get());
        Long id = residentId;
        SupportLevel level = initialLevel.get();
        run(recordErrors, () -> {
            if (id == null) {
                return service.records().create(draft, level);
            }
            service.records().update(id, draft);
            return id;
        }, saved -> {
            residentId = saved;
            creating.set(false);
            message.set(messages.get("residents.saved"));
            onSaved.accept(saved);
        });
    }

    private static LocalDate date(FieldErrors errors, String field, String text) {
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

    public void changeLevel() {
        long id = residentId;
        SupportLevel to = newLevel.get();
        String reason = levelReason.get();
        boolean discussed = levelDiscussed.get();
        run(levelErrors, () -> {
            service.records().changeLevel(id, to, reason, discussed);
            return true;
        }, ok -> {
            levelReason.set("");
            levelDiscussed.set(false);
            newLevel.set(null);
            message.set(messages.get("residents.level.changed"));
        });
    }

    public void setTeamDiscussionFlag(boolean flag) {
        long id = residentId;
        run(recordErrors, () -> {
            service.records().setTeamDiscussion(id, flag);
            return true;
        }, ok -> { });
    }

    public void clearMedicalFlag() {
        long id = residentId;
        run(noteErrors, () -> {
            service.medical().clearMedicalFlag(id);
            return true;
        }, ok -> { });
    }

    public void addAction() {
        actionErrors.clear();
        LocalDate due = date(actionErrors, "due", actionDue.get());
        if (actionErrors.any()) {
            return;
        }
        long id = residentId;
        String title = actionTitle.get();
        Long owner = actionOwner.get() == null ? null : actionOwner.get().id();
        PreventionTier tier = actionTier.get();
        run(actionErrors, () -> service.plan().addAction(id, title, owner, due, tier), newId -> {
            actionTitle.set("");
            actionDue.set("");
            actionOwner.set(null);
            actionTier.set(null);
        });
    }

    public void closeAction(PlanAction action, ActionState state, String result) {
        run(actionErrors, () -> {
            service.plan().closeAction(action.id(), state, result);
            return true;
        }, ok -> { });
    }

    public void proposeReferral() {
        long id = residentId;
        SocialService chosen = referralService.get();
        String name = referralServiceName.get();
        Long serviceId = chosen != null && chosen.name().equals(name) ? chosen.id() : null;
        String reason = referralReason.get();
        Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);
        barriers.addAll(referralBarriers);
        String interim = referralInterim.get();
        run(referralErrors, () -> service.referrals().proposeReferral(id, serviceId, name, reason, barriers, interim), newId -> {
            referralService.set(null);
            referralServiceName.set("");
            referralReason.set("");
            referralBarriers.clear();
            referralInterim.set("");
        });
    }

    public void recordConsent(Referral referral, Consent consent) {
        run(referralErrors, () -> {
            service.referrals().recordConsent(referral.id(), consent, null);
            return true;
        }, ok -> { });
    }

    public void overrideConsent(Referral referral, String reason) {
        run(referralErrors, () -> {
            service.referrals().overrideConsent(referral.id(), reason);
            return true;
        }, ok -> { });
    }

    public void setReferralState(Referral referral, ReferralState newState) {
        run(referralErrors, () -> {
            service.referrals().setReferralState(referral.id(), newState, null);
            return true;
        }, ok -> { });
    }

    /** Saves the barriers and the support while waiting of the selected referral. */
    public void updateReferralFollowUp() {
        Referral r = selectedReferral.get();
        if (r == null) {
            return;
        }
        Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);
        barriers.addAll(followBarriers);
        String interim = followInterim.get();
        run(referralErrors, () -> {
            service.referrals().updateReferralFollowUp(r.id(), barriers, interim);
            return true;
        }, ok -> message.set(messages.get("residents.saved")));
    }

    public void addReview() {
        reviewErrors.clear();
        LocalDate held = date(reviewErrors, "heldOn", reviewDate.get());
        if (reviewErrors.any()) {
            return;
        }
        long id = residentId;
        ReviewKind kind = reviewKind.get();
        String summary = reviewSummary.get();
        run(reviewErrors, () -> service.reviews().addReview(id, kind, held, summary), newId -> {
            reviewDate.set("");
            reviewSummary.set("");
        });
    }

    public void addScreening() {
        screeningErrors.clear();
        LocalDate on = date(screeningErrors, "screenedOn", screeningDate.get());
        Integer value = null;
        String text = score.get() == null ? "" : score.get().trim();
        if (!text.isEmpty()) {
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                screeningErrors.set("score", "residents.error.number");
            }
        }
        if (screeningErrors.any()) {
            return;
        }
        long id = residentId;
        String name = instrument.get();
        Integer finalValue = value;
        boolean reached = threshold.get();
        run(screeningErrors, () -> service.reviews().addScreening(id, name, on, finalValue, reached), newId -> {
            instrument.set("");
            screeningDate.set("");
            score.set("");
            threshold.set(false);
        });
    }

    public void addMedicalNote() {
        long id = residentId;
        String text = noteText.get();
        run(noteErrors, () -> service.medical().addMedicalNote(id, text), newId -> noteText.set(""));
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

    public ObservableSet<TimelineKind> shownKinds() {
        return shownKinds;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public ReadOnlyStringProperty recordError(String field) {
        return recordErrors.of(field);
    }

    public ReadOnlyStringProperty levelError(String field) {
        return levelErrors.of(field);
    }

    public ReadOnlyStringProperty actionError(String field) {
        return actionErrors.of(field);
    }

    public ReadOnlyStringProperty referralError(String field) {
        return referralErrors.of(field);
    }

    public ReadOnlyStringProperty reviewError(String field) {
        return reviewErrors.of(field);
    }

    public ReadOnlyStringProperty screeningError(String field) {
        return screeningErrors.of(field);
    }

    public ReadOnlyStringProperty noteError(String field) {
        return noteErrors.of(field);
    }

    public StringProperty givenNamesProperty() {
        return givenNames;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty birthYearProperty() {
        return birthYear;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty arrivalProperty() {
        return arrival;
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public BooleanProperty interpreterProperty() {
        return interpreter;
    }

    public BooleanProperty mediatorProperty() {
        return mediator;
    }

    public ObjectProperty<User> keyWorkerProperty() {
        return keyWorker;
    }

    public StringProperty strengthsProperty() {
        return strengths;
    }

    public StringProperty ownWordsProperty() {
        return ownWords;
    }

    public ObjectProperty<ResidentState> stateProperty() {
        return state;
    }

    public StringProperty departureProperty() {
        return departure;
    }

    public BooleanProperty teamDiscussionProperty() {
        return teamDiscussion;
    }

    public ObjectProperty<SupportLevel> initialLevelProperty() {
        return initialLevel;
    }

    public ObservableList<User> colleagues() {
        return colleagues;
    }

    public ObjectProperty<SupportLevel> newLevelProperty() {
        return newLevel;
    }

    public StringProperty levelReasonProperty() {
        return levelReason;
    }

    public BooleanProperty levelDiscussedProperty() {
        return levelDiscussed;
    }

    public StringProperty actionTitleProperty() {
        return actionTitle;
    }

    public ObjectProperty<User> actionOwnerProperty() {
        return actionOwner;
    }

    public StringProperty actionDueProperty() {
        return actionDue;
    }

    public ObjectProperty<PreventionTier> actionTierProperty() {
        return actionTier;
    }

    public ObservableList<SocialService> services() {
        return services;
    }

    public ObjectProperty<SocialService> referralServiceProperty() {
        return referralService;
    }

    public StringProperty referralServiceNameProperty() {
        return referralServiceName;
    }

    public StringProperty referralReasonProperty() {
        return referralReason;
    }

    public ObservableSet<Barrier> referralBarriers() {
        return referralBarriers;
    }

    public StringProperty referralInterimProperty() {
        return referralInterim;
    }

    public ObjectProperty<Referral> selectedReferralProperty() {
        return selectedReferral;
    }

    public ObservableSet<Barrier> followBarriers() {
        return followBarriers;
    }

    public StringProperty followInterimProperty() {
        return followInterim;
    }

    public ObjectProperty<ReviewKind> reviewKindProperty() {
        return reviewKind;
    }

    public StringProperty reviewDateProperty() {
        return reviewDate;
    }

    public StringProperty reviewSummaryProperty() {
        return reviewSummary;
    }

    public StringProperty instrumentProperty() {
        return instrument;
    }

    public StringProperty screeningDateProperty() {
        return screeningDate;
    }

    public StringProperty scoreProperty() {
        return score;
    }

    public BooleanProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty noteTextProperty() {
        return noteText;
    }
}

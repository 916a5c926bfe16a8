package be.toppsy.desk.residents.exports;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.plan.ActionState;
import be.toppsy.desk.residents.plan.PlanAction;
import be.toppsy.desk.residents.record.Resident;
import be.toppsy.desk.residents.record.ResidentFile;
import be.toppsy.desk.residents.record.ResidentState;
import be.toppsy.desk.residents.record.ResidentSummary;
import be.toppsy.desk.residents.record.TimelineKind;
import be.toppsy.desk.residents.referrals.Referral;
import be.toppsy.desk.residents.today.TeamMeetingOverview;
import be.toppsy.desk.i18n.Messages;
import be.toppsy.desk.reports.MeetingPackData;
import be.toppsy.desk.reports.ResidentSummaryData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Fills the reports' input records (team meeting pack, resident summary) from the tracker, through
 * {@link ResidentService}. Residents carry their name only when the user holds
 * RESIDENT_NAMES_IN_EXPORTS; the document prints it only when the user chooses names.
 */
public final class ResidentExports {

    /** Observations per resident in the meeting pack. */
    public static final int OBSERVATIONS_PER_RESIDENT = 3;

    private final ResidentService service;
    private final Messages messages;
    private final Supplier<List<MeetingPackData.IntervisionCase>> intervisionCases;
    private final Supplier<List<MeetingPackData.TrainingLine>> training;

    public ResidentExports(ResidentService service, Messages messages,
            Supplier<List<MeetingPackData.IntervisionCase>> intervisionCases,
            Supplier<List<MeetingPackData.TrainingLine>> training) {
        this.service = service;
        this.messages = messages;
        this.intervisionCases = intervisionCases;
        this.training = training;
    }

    /** The team meeting pack over {@code from}..{@code to}, with the sections chosen. */
    public MeetingPackData meetingPack(LocalDate meetingDate, String team, LocalDate from, LocalDate to,
            List<String> attendees, Set<MeetingPackData.Section> sections) {
        TeamMeetingOverview o = service.teamMeeting(from, true);
        Map<Long, ResidentSummary> byId = new LinkedHashMap<>();
        Map<Long, Set<MeetingPackData.Reason>> reasons = new HashMap<>();
        for (ResidentSummary r : o.flaggedForDiscussion()) {
            byId.putIfAbsent(r.id(), r);
            reasons.computeIfAbsent(r.id(), id -> EnumSet.noneOf(MeetingPackData.Reason.class))
                    .add(MeetingPackData.Reason.FLAGGED);
        }
        for (TeamMeetingOverview.LevelChangeItem c : o.levelChanges()) {
            if (c.change().changedAt().toLocalDate().isAfter(to)) {
                continue;
            }
            long id = c.change().residentId();
            if (!byId.containsKey(id)) {
                service.summary(id, true).filter(s -> s.state() == ResidentState.PRESENT)
                        .ifPresent(s -> byId.put(id, s));
            }
            if (byId.containsKey(id)) {
                reasons.computeIfAbsent(id, x -> EnumSet.noneOf(MeetingPackData.Reason.class))
                        .add(MeetingPackData.Reason.LEVEL_CHANGED);
            }
        }
        for (ResidentSummary r : o.reviewsDue()) {
            byId.putIfAbsent(r.id(), r);
            reasons.computeIfAbsent(r.id(), id -> EnumSet.noneOf(MeetingPackData.Reason.class))
                    .add(MeetingPackData.Reason.REVIEW_DUE);
        }
        Map<Long, List<Observation>> observations = service.observations().observationsSince(byId.keySet(), from,
                OBSERVATIONS_PER_RESIDENT * 4);
        List<MeetingPackData.ResidentForDiscussion> residents = new ArrayList<>();
        for (ResidentSummary r : byId.values()) {
            List<MeetingPackData.Observation> obs = observations.getOrDefault(r.id(), List.of()).stream()
                    .filter(x -> !x.observedAt().toLocalDate().isAfter(to))
                    .limit(OBSERVATIONS_PER_RESIDENT)
                    .map(x -> new MeetingPackData.Observation(x.observedAt().toLocalDate(), x.authorName(), x.body()))
                    .toList();
            residents.add(new MeetingPackData.ResidentForDiscussion(ref(r), nz(r.unit()), r.level(),
                    reasons.get(r.id()), obs));
        }
        residents.sort(Comparator.comparing(x -> x.resident().code()));
        Map<Long, be.toppsy.desk.reports.ResidentRef> refs = new HashMap<>();
        byId.values().forEach(r -> refs.put(r.id(), ref(r)));
        List<MeetingPackData.Action> actions = o.openActions().stream()
                .map(a -> new MeetingPackData.Action(ref(refs, a.residentId(), a.residentCode()), a.title(),
                        nz(a.ownerName()), a.dueDate()))
                .toList();
        List<MeetingPackData.WaitingReferral> referrals = o.waitingReferrals().stream()
                .map(w -> new MeetingPackData.WaitingReferral(
                        ref(refs, w.referral().residentId(), w.referral().residentCode()),
                        nz(w.referral().serviceName()), referredOn(w.referral())))
                .toList();
        List<MeetingPackData.IntervisionCase> cases = sections.contains(MeetingPackData.Section.INTERVISION)
                ? intervisionCases.get() : List.of();
        List<MeetingPackData.TrainingLine> lines = sections.contains(MeetingPackData.Section.TRAINING)
                ? training.get() : List.of();
        List<String> agenda = List.of(messages.get("residents.export.agenda.residents"),
                messages.get("residents.export.agenda.actions"), messages.get("residents.export.agenda.referrals"),
                messages.get("residents.export.agenda.intervision"), messages.get("residents.export.agenda.other"));
        return new MeetingPackData(meetingDate, team, from, to, attendees, agenda, residents, actions, referrals,
                cases, lines, sections);
    }

    private static LocalDate referredOn(Referral r) {
        return r.requestedOn() != null ? r.requestedOn() : r.proposedOn();
    }

    private be.toppsy.desk.reports.ResidentRef ref(Map<Long, be.toppsy.desk.reports.ResidentRef> refs, long id,
            String code) {
        return refs.computeIfAbsent(id, x -> service.summary(x, true).map(ResidentExports::ref)
                .orElse(new be.toppsy.desk.reports.ResidentRef(code == null ? "?" : code, null)));
    }

    private static be.toppsy.desk.reports.ResidentRef ref(ResidentSummary r) {
        return new be.toppsy.desk.reports.ResidentRef(r.code(), r.name());
    }

    /** A resident's follow-up summary with the sections chosen; {@code purpose} e.g. "Overdracht". */
    public ResidentSummaryData summary(long residentId, String purpose, Set<ResidentSummaryData.Section> sections) {
        ResidentFile file = service.records().file(residentId);
        Resident r = file.resident();
        String name = service.summary(residentId, true).map(ResidentSummary::name).orElse(null);
        be.toppsy.desk.reports.ResidentRef ref = new be.toppsy.desk.reports.ResidentRef(r.code(), name);
        List<PlanAction> open = file.actions().stream().filter(a -> a.state() == ActionState.OPEN).toList();
        List<String> goals = open.stream().map(PlanAction::title).toList();
        List<MeetingPackData.Observation> observations = file.timeline().stream()
                .filter(e -> e.kind() == TimelineKind.OBSERVATION)
                .map(e -> new MeetingPackData.Observation(e.at().toLocalDate(), nz(e.author()), nz(e.text())))
                .toList();
        List<MeetingPackData.Action> actions = open.stream()
                .map(a -> new MeetingPackData.Action(ref, a.title(), nz(a.ownerName()), a.dueDate())).toList();
        List<ResidentSummaryData.Referral> referrals = file.referrals().stream()
                .map(x -> new ResidentSummaryData.Referral(nz(x.serviceName()), referredOn(x),
                        messages.get(x.state().messageKey())))
                .toList();
        List<ResidentSummaryData.Review> reviews = file.reviews().stream()
                .map(x -> new ResidentSummaryData.Review(x.heldOn(), nz(x.summary()))).toList();
        return new ResidentSummaryData(ref, nz(r.unit()), r.level(), nz(r.keyWorkerName()), r.arrivalDate(),
                purpose, goals, observations, actions, referrals, reviews, sections);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package be.toppsy.desk.residents;

import static be.toppsy.desk.residents.ResidentService.AUDIT_ENTITY;
import static be.toppsy.desk.residents.ResidentService.MAX_OBSERVATION;

import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.residents.observations.Concern;
import be.toppsy.desk.residents.observations.NewObservation;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.observations.ObservationCategory;
import be.toppsy.desk.residents.observations.ObservationResult;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.socialmap.SocialMapService;
import be.toppsy.desk.socialmap.SocialService;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Observations (signalen): adding one (every staff member), reading back one's own, and the crisis
 * path (suicidal statements flag the resident for the medical service and the team).
 */
public final class ObservationService {

    private final ResidentsContext ctx;
    private final ResidentRepository residentsRows;
    private final ObservationRepository observationsRows;
    private final SocialMapService socialMap;

    ObservationService(ResidentsContext ctx, ResidentRepository residentsRows, ObservationRepository observationsRows,
            SocialMapService socialMap) {
        this.ctx = ctx;
        this.residentsRows = residentsRows;
        this.observationsRows = observationsRows;
        this.socialMap = socialMap;
    }

    /** The crisis contacts of the social map (112, 1813, ...). */
    public List<SocialService> crisisContacts() {
        return socialMap.crisisContacts().stream()
                .sorted(Comparator.comparingInt((SocialService s) -> s.phone() == null ? 99 : s.phone().length())
                        .thenComparing(SocialService::name))
                .toList();
    }

    /**
     * Stores an observation with today's date and the current user as author. Suicidal statements
     * or self-harm set the concern to high, flag the resident for the medical service and for the
     * team, and tell the caller to show the crisis steps.
     */
    public ObservationResult addObservation(NewObservation o) {
        CurrentUser user = ctx.session.require(Permission.OBSERVATION_ADD);
        ValidationException.Builder errors = new ValidationException.Builder();
        if (o.residentId() == null) {
            errors.add("resident", "residents.error.residentRequired");
        }
        if (o.category() == null) {
            errors.add("category", "residents.error.categoryRequired");
        }
        String body = o.body() == null ? null : o.body().strip();
        if (body == null || body.isEmpty()) {
            errors.add("body", "residents.error.textRequired");
        } else if (body.length() > MAX_OBSERVATION) {
            errors.add("body", "residents.error.tooLong", MAX_OBSERVATION);
        }
        errors.throwIfAny();
        boolean crisis = o.category().isCrisis();
        Concern concern = crisis ? Concern.HIGH
                : o.concern() != null ? o.concern() : o.category() == ObservationCategory.STRENGTH ? Concern.LOW
                : Concern.MEDIUM;
        boolean discuss = o.discuss() || crisis;
        OffsetDateTime at = ctx.now();
        long id = ctx.database.transaction(tx -> {
            if (residentsRows.code(tx, o.residentId()).isEmpty()) {
                throw ValidationException.of("resident", "residents.error.notFound");
            }
            long newId = observationsRows.insertObservation(tx, o.residentId(), at, user.id(), o.category(), concern,
                    discuss, body);
            residentsRows.setLastObservation(tx, o.residentId(), at);
            if (discuss) {
                residentsRows.setTeamDiscussion(tx, o.residentId(), true);
            }
            if (crisis) {
                residentsRows.setMedicalFlag(tx, o.residentId(), true, at);
            }
            ctx.audit.record(tx, "OBSERVATION_ADDED", AUDIT_ENTITY, String.valueOf(o.residentId()),
                    "observation=" + newId + (crisis ? ", medicalFlag" : "") + (discuss ? ", teamDiscussion" : ""));
            return newId;
        });
        return new ObservationResult(id, crisis, crisis);
    }

    /** A medewerker's own observations about one resident (what they may read back), audited. */
    public List<Observation> ownObservations(long residentId) {
        CurrentUser user = ctx.session.require(Permission.OBSERVATION_ADD);
        List<Observation> list = observationsRows.observations(ctx.database.dsl(), residentId, user.id(), null, false,
                null,
                500, ctx.names());
        ctx.audit.record("OWN_OBSERVATIONS_VIEWED", AUDIT_ENTITY, String.valueOf(residentId), null);
        return list;
    }

    /** The current user's latest observations (about any resident), newest first. */
    public List<Observation> myRecentObservations(int limit) {
        CurrentUser user = ctx.session.require(Permission.OBSERVATION_ADD);
        return observationsRows.observations(ctx.database.dsl(), null, user.id(), null, false, null, limit,
                ctx.names());
    }

    /**
     * For the team meeting pack: the observations about these residents since a date, newest
     * first, at most {@code perResident} each. Needs RESIDENT_VIEW; the pack's reading is audited once.
     */
    public Map<Long, List<Observation>> observationsSince(Collection<Long> residentIds, LocalDate since,
            int perResident) {
        ctx.session.require(Permission.RESIDENT_VIEW);
        Map<Long, List<Observation>> result = new HashMap<>();
        if (residentIds.isEmpty()) {
            return result;
        }
        OffsetDateTime from = since.atStartOfDay(ctx.clock.getZone()).toOffsetDateTime();
        for (Observation o : observationsRows.observations(ctx.database.dsl(), null, null, from, false, residentIds,
                20_000,
                ctx.names())) {
            List<Observation> list = result.computeIfAbsent(o.residentId(), id -> new ArrayList<>());
            if (list.size() < perResident) {
                list.add(o);
            }
        }
        return result;
    }
}

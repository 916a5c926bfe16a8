package be.toppsy.desk.residents;

import be.toppsy.desk.residents.observations.Concern;
import be.toppsy.desk.residents.observations.Observation;
import be.toppsy.desk.residents.observations.ObservationCategory;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT;
import static be.toppsy.desk.storage.jooq.Tables.RESIDENT_OBSERVATION;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Queries on observations (signalen). */
public final class ObservationRepository {

    // ---- observations ------------------------------------------------------------------

    public long insertObservation(DSLContext dsl, long residentId, OffsetDateTime at, long authorId,
            ObservationCategory category, Concern concern, boolean discuss, String body) {
        return dsl.insertInto(RESIDENT_OBSERVATION)
                .set(RESIDENT_OBSERVATION.RESIDENT_ID, residentId)
                .set(RESIDENT_OBSERVATION.OBSERVED_AT, at)
                .set(RESIDENT_OBSERVATION.AUTHOR_ID, authorId)
                .set(RESIDENT_OBSERVATION.CATEGORY, category.name())
                .set(RESIDENT_OBSERVATION.CONCERN, concern.name())
                .set(RESIDENT_OBSERVATION.DISCUSS, discuss)
                .set(RESIDENT_OBSERVATION.BODY, body)
                .returningResult(RESIDENT_OBSERVATION.ID).fetchOne().value1();
    }

    /** Observations, newest first, optionally of one resident and/or by one author, since a moment. */
    public List<Observation> observations(DSLContext dsl, Long residentId, Long authorId, OffsetDateTime since,
            boolean concerningOnly, Collection<Long> residentIds, int limit, LongFunction<String> names) {
        List<Condition> c = new ArrayList<>();
        if (residentId != null) {
            c.add(RESIDENT_OBSERVATION.RESIDENT_ID.eq(residentId));
        }
        if (authorId != null) {
            c.add(RESIDENT_OBSERVATION.AUTHOR_ID.eq(authorId));
        }
        if (since != null) {
            c.add(RESIDENT_OBSERVATION.OBSERVED_AT.ge(since));
        }
        if (concerningOnly) {
            c.add(RESIDENT_OBSERVATION.CONCERN.eq(Concern.HIGH.name())
                    .or(RESIDENT_OBSERVATION.CATEGORY.eq(ObservationCategory.SUICIDAL.name())));
        }
        if (residentIds != null) {
            c.add(RESIDENT_OBSERVATION.RESIDENT_ID.in(residentIds));
        }
        return dsl.select(RESIDENT_OBSERVATION.fields()).select(RESIDENT.CODE)
                .from(RESIDENT_OBSERVATION).join(RESIDENT).on(RESIDENT.ID.eq(RESIDENT_OBSERVATION.RESIDENT_ID))
                .where(c).orderBy(RESIDENT_OBSERVATION.OBSERVED_AT.desc(), RESIDENT_OBSERVATION.ID.desc())
                .limit(limit)
                .fetch(r -> new Observation(r.get(RESIDENT_OBSERVATION.ID), r.get(RESIDENT_OBSERVATION.RESIDENT_ID),
                        r.get(RESIDENT.CODE), r.get(RESIDENT_OBSERVATION.OBSERVED_AT),
                        r.get(RESIDENT_OBSERVATION.AUTHOR_ID), names.apply(r.get(RESIDENT_OBSERVATION.AUTHOR_ID)),
                        ObservationCategory.valueOf(r.get(RESIDENT_OBSERVATION.CATEGORY)),
                        Concern.valueOf(r.get(RESIDENT_OBSERVATION.CONCERN)),
                        Boolean.TRUE.equals(r.get(RESIDENT_OBSERVATION.DISCUSS)), r.get(RESIDENT_OBSERVATION.BODY)));
    }
}

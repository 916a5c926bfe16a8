package be.toppsy.desk.residents.observations;

import java.time.OffsetDateTime;

/** Something a staff member noticed (signaal). */
public record Observation(long id, long residentId, String residentCode, OffsetDateTime observedAt, long authorId,
        String authorName, ObservationCategory category, Concern concern, boolean discuss, String body) {
}

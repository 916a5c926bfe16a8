package be.toppsy.desk.residents.record;

import java.time.OffsetDateTime;

/** A note of the medical service; only users with MEDICAL_NOTES read or write them. */
public record MedicalNote(long id, long residentId, OffsetDateTime writtenAt, String authorName, String body) {
}

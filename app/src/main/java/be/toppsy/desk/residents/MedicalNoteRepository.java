package be.toppsy.desk.residents;

import be.toppsy.desk.residents.record.MedicalNote;
import static be.toppsy.desk.storage.jooq.Tables.MEDICAL_NOTE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.LongFunction;
import org.jooq.DSLContext;

/** Queries on medical notes (read only by the medical service). */
public final class MedicalNoteRepository {

    public long insertMedicalNote(DSLContext dsl, long residentId, OffsetDateTime at, long authorId, String body) {
        return dsl.insertInto(MEDICAL_NOTE)
                .set(MEDICAL_NOTE.RESIDENT_ID, residentId)
                .set(MEDICAL_NOTE.WRITTEN_AT, at)
                .set(MEDICAL_NOTE.AUTHOR_ID, authorId)
                .set(MEDICAL_NOTE.BODY, body)
                .returningResult(MEDICAL_NOTE.ID).fetchOne().value1();
    }

    public List<MedicalNote> medicalNotes(DSLContext dsl, long residentId, LongFunction<String> names) {
        return dsl.selectFrom(MEDICAL_NOTE).where(MEDICAL_NOTE.RESIDENT_ID.eq(residentId))
                .orderBy(MEDICAL_NOTE.WRITTEN_AT.desc())
                .fetch(r -> new MedicalNote(r.getId(), r.getResidentId(), r.getWrittenAt(),
                        names.apply(r.getAuthorId()), r.getBody()));
    }
}

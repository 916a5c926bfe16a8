package be.toppsy.desk.residents;

import static be.toppsy.desk.residents.ResidentService.AUDIT_ENTITY;
import static be.toppsy.desk.residents.ResidentService.MAX_TEXT;
import static be.toppsy.desk.residents.ResidentsContext.trim;

import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.residents.record.MedicalNote;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import java.util.List;

/** Medical notes and the medical flag: for the medical service only (MEDICAL_NOTES). */
public final class MedicalNoteService {

    private final ResidentsContext ctx;
    private final ResidentRepository residentsRows;
    private final MedicalNoteRepository notesRows;

    MedicalNoteService(ResidentsContext ctx, ResidentRepository residentsRows, MedicalNoteRepository notesRows) {
        this.ctx = ctx;
        this.residentsRows = residentsRows;
        this.notesRows = notesRows;
    }

    public long addMedicalNote(long residentId, String body) {
        CurrentUser user = ctx.session.require(Permission.MEDICAL_NOTES);
        String text = trim(body);
        if (text == null) {
            throw ValidationException.of("medicalNote", "residents.error.textRequired");
        }
        if (text.length() > MAX_TEXT) {
            throw ValidationException.of("medicalNote", "residents.error.tooLong", MAX_TEXT);
        }
        return ctx.database.transaction(tx -> {
            if (residentsRows.code(tx, residentId).isEmpty()) {
                throw ValidationException.of("medicalNote", "residents.error.notFound");
            }
            long id = notesRows.insertMedicalNote(tx, residentId, ctx.now(), user.id(), text);
            ctx.audit.record(tx, "MEDICAL_NOTE_ADDED", AUDIT_ENTITY, String.valueOf(residentId), "note=" + id);
            return id;
        });
    }

    public List<MedicalNote> medicalNotes(long residentId) {
        ctx.session.require(Permission.MEDICAL_NOTES);
        List<MedicalNote> notes = notesRows.medicalNotes(ctx.database.dsl(), residentId, ctx.names());
        ctx.audit.record("MEDICAL_NOTES_VIEWED", AUDIT_ENTITY, String.valueOf(residentId), null);
        return notes;
    }

    /** The medical service takes note of a flag (after a crisis observation) and clears it. */
    public void clearMedicalFlag(long id) {
        ctx.session.require(Permission.MEDICAL_NOTES);
        ctx.database.transactionWithoutResult(tx -> {
            residentsRows.setMedicalFlag(tx, id, false, ctx.now());
            ctx.audit.record(tx, "MEDICAL_FLAG_CLEARED", AUDIT_ENTITY, String.valueOf(id), null);
        });
    }
}

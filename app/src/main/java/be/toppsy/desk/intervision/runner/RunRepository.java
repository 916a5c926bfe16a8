package be.toppsy.desk.intervision.runner;

import static be.toppsy.desk.storage.jooq.Tables.IV_ACTION_POINT;
import static be.toppsy.desk.storage.jooq.Tables.IV_AGENDA_ITEM;
import static be.toppsy.desk.storage.jooq.Tables.IV_PHASE_NOTE;
import static be.toppsy.desk.storage.jooq.Tables.IV_SESSION;

import be.toppsy.desk.intervision.SessionState;
import be.toppsy.desk.intervision.board.ActionPointState;
import be.toppsy.desk.intervision.sessions.PhaseNote;
import be.toppsy.desk.storage.jooq.tables.records.IvActionPointRecord;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What running a session writes: its state and progress, notes, conclusions and action points. */
public final class RunRepository {

    public void setSessionState(DSLContext tx, long sessionId, SessionState state, OffsetDateTime now) {
        var update = tx.update(IV_SESSION).set(IV_SESSION.STATE, state.name());
        if (state == SessionState.RUNNING) {
            update = update.set(IV_SESSION.STARTED_AT, DSL.coalesce(IV_SESSION.STARTED_AT, DSL.val(now)));
        } else if (state == SessionState.DONE) {
            update = update.set(IV_SESSION.FINISHED_AT, now);
        }
        update.where(IV_SESSION.ID.eq(sessionId)).execute();
    }

    public void setProgress(DSLContext tx, long sessionId, int step, Long caseId) {
        tx.update(IV_SESSION).set(IV_SESSION.CURRENT_STEP, step).set(IV_SESSION.CURRENT_CASE_ID, caseId)
                .where(IV_SESSION.ID.eq(sessionId)).execute();
    }

    public void setConclusion(DSLContext tx, long sessionId, long caseId, String conclusion) {
        tx.update(IV_AGENDA_ITEM).set(IV_AGENDA_ITEM.CONCLUSION, conclusion)
                .where(IV_AGENDA_ITEM.SESSION_ID.eq(sessionId)).and(IV_AGENDA_ITEM.CASE_ID.eq(caseId)).execute();
    }

    public void markDiscussed(DSLContext tx, long sessionId, long caseId) {
        tx.update(IV_AGENDA_ITEM).set(IV_AGENDA_ITEM.DISCUSSED, true)
                .where(IV_AGENDA_ITEM.SESSION_ID.eq(sessionId)).and(IV_AGENDA_ITEM.CASE_ID.eq(caseId)).execute();
    }

    /** Stores the note of a step; returns true when something changed. */
    public boolean saveNote(DSLContext tx, long sessionId, PhaseNote note, OffsetDateTime now, Long userId) {
        var condition = IV_PHASE_NOTE.SESSION_ID.eq(sessionId).and(IV_PHASE_NOTE.STEP_KEY.eq(note.stepKey()))
                .and(note.caseId() == null ? IV_PHASE_NOTE.CASE_ID.isNull() : IV_PHASE_NOTE.CASE_ID.eq(note.caseId()));
        var existing = tx.selectFrom(IV_PHASE_NOTE).where(condition).fetchOne();
        if (existing == null) {
            tx.insertInto(IV_PHASE_NOTE)
                    .set(IV_PHASE_NOTE.SESSION_ID, sessionId)
                    .set(IV_PHASE_NOTE.CASE_ID, note.caseId())
                    .set(IV_PHASE_NOTE.STEP_KEY, note.stepKey())
                    .set(IV_PHASE_NOTE.PHASE_NAME, note.phaseName())
                    .set(IV_PHASE_NOTE.NOTE, note.note())
                    .set(IV_PHASE_NOTE.SECONDS_USED, note.secondsUsed())
                    .set(IV_PHASE_NOTE.UPDATED_AT, now)
                    .set(IV_PHASE_NOTE.UPDATED_BY, userId)
                    .execute();
            return true;
        }
        if (existing.getNote().equals(note.note()) && existing.getSecondsUsed() == note.secondsUsed()) {
            return false;
        }
        existing.setNote(note.note());
        existing.setSecondsUsed(note.secondsUsed());
        existing.setPhaseName(note.phaseName());
        existing.setUpdatedAt(now);
        existing.setUpdatedBy(userId);
        existing.store();
        return true;
    }

    public long insertActionPoint(DSLContext tx, long sessionId, long caseId, ActionPointDraft draft, Long residentId,
            OffsetDateTime now, Long userId) {
        IvActionPointRecord record = tx.newRecord(IV_ACTION_POINT);
        record.setSessionId(sessionId);
        record.setCaseId(caseId);
        record.setTitle(draft.title());
        record.setOwnerId(draft.ownerId());
        record.setDueOn(draft.due());
        record.setState(ActionPointState.OPEN.name());
        record.setResidentId(residentId);
        record.setReviewNote("");
        record.setCreatedAt(now);
        record.setCreatedBy(userId);
        record.setUpdatedAt(now);
        record.store();
        return record.getId();
    }

    public void setPlanAction(DSLContext tx, long actionPointId, long planActionId) {
        tx.update(IV_ACTION_POINT).set(IV_ACTION_POINT.PLAN_ACTION_ID, planActionId)
                .where(IV_ACTION_POINT.ID.eq(actionPointId)).execute();
    }

    public int deleteActionPoint(DSLContext tx, long actionPointId) {
        return tx.deleteFrom(IV_ACTION_POINT).where(IV_ACTION_POINT.ID.eq(actionPointId)).execute();
    }
}

package be.toppsy.desk.intervision.sessions;

import static be.toppsy.desk.storage.jooq.Tables.IV_AGENDA_ITEM;
import static be.toppsy.desk.storage.jooq.Tables.IV_CASE;
import static be.toppsy.desk.storage.jooq.Tables.IV_METHOD;
import static be.toppsy.desk.storage.jooq.Tables.IV_PHASE_NOTE;
import static be.toppsy.desk.storage.jooq.Tables.IV_SESSION;
import static be.toppsy.desk.storage.jooq.Tables.IV_SESSION_PARTICIPANT;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.SessionState;
import be.toppsy.desk.storage.jooq.tables.records.IvMethodRecord;
import be.toppsy.desk.storage.jooq.tables.records.IvSessionRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The session tables: sessions, participants and agendas, and (read-only here) the notes taken
 * while running them. The runner writes its progress through its own repository.
 */
public final class SessionRepository {

    public long insertSession(DSLContext tx, SessionDraft draft, OffsetDateTime now, Long userId) {
        IvSessionRecord record = tx.newRecord(IV_SESSION);
        record.setState(SessionState.PLANNED.name());
        record.setCurrentStep(0);
        record.setCreatedAt(now);
        record.setCreatedBy(userId);
        fill(record, draft);
        record.store();
        replaceParticipantsAndAgenda(tx, record.getId(), draft);
        return record.getId();
    }

    public void updateSession(DSLContext tx, long sessionId, SessionDraft draft) {
        IvSessionRecord record = tx.selectFrom(IV_SESSION).where(IV_SESSION.ID.eq(sessionId)).fetchOne();
        fill(record, draft);
        record.store();
        replaceParticipantsAndAgenda(tx, sessionId, draft);
    }

    private static void fill(IvSessionRecord record, SessionDraft draft) {
        record.setHeldOn(draft.heldOn());
        record.setTeam(draft.team());
        record.setFacilitatorId(draft.facilitatorId());
        record.setNoteTakerId(draft.noteTakerId());
        record.setExternalIntervisor(draft.externalIntervisor() == null || draft.externalIntervisor().isBlank() ? null
                : draft.externalIntervisor());
        record.setMethodId(draft.methodId());
    }

    private void replaceParticipantsAndAgenda(DSLContext tx, long sessionId, SessionDraft draft) {
        tx.deleteFrom(IV_SESSION_PARTICIPANT).where(IV_SESSION_PARTICIPANT.SESSION_ID.eq(sessionId)).execute();
        for (Long userId : draft.participantIds()) {
            tx.insertInto(IV_SESSION_PARTICIPANT).set(IV_SESSION_PARTICIPANT.SESSION_ID, sessionId)
                    .set(IV_SESSION_PARTICIPANT.USER_ID, userId).execute();
        }
        // Keep conclusions of cases that stay on the agenda; drop the others.
        tx.deleteFrom(IV_AGENDA_ITEM).where(IV_AGENDA_ITEM.SESSION_ID.eq(sessionId))
                .and(draft.caseIds().isEmpty() ? DSL.trueCondition() : IV_AGENDA_ITEM.CASE_ID.notIn(draft.caseIds()))
                .execute();
        int order = 1;
        for (Long caseId : draft.caseIds()) {
            int updated = tx.update(IV_AGENDA_ITEM).set(IV_AGENDA_ITEM.SORT_ORDER, order)
                    .where(IV_AGENDA_ITEM.SESSION_ID.eq(sessionId)).and(IV_AGENDA_ITEM.CASE_ID.eq(caseId)).execute();
            if (updated == 0) {
                tx.insertInto(IV_AGENDA_ITEM).set(IV_AGENDA_ITEM.SESSION_ID, sessionId)
                        .set(IV_AGENDA_ITEM.CASE_ID, caseId).set(IV_AGENDA_ITEM.SORT_ORDER, order).execute();
            }
            order++;
        }
    }

    /** Deletes a session that never started (its participants and agenda were emptied first). */
    public void deletePlannedSession(DSLContext tx, long sessionId) {
        tx.deleteFrom(IV_SESSION_PARTICIPANT).where(IV_SESSION_PARTICIPANT.SESSION_ID.eq(sessionId)).execute();
        tx.deleteFrom(IV_AGENDA_ITEM).where(IV_AGENDA_ITEM.SESSION_ID.eq(sessionId)).execute();
        tx.deleteFrom(IV_SESSION).where(IV_SESSION.ID.eq(sessionId))
                .and(IV_SESSION.STATE.eq(SessionState.PLANNED.name())).execute();
    }

    public Optional<IntervisionSession> findSession(DSLContext tx, long sessionId, LongFunction<Person> people) {
        IvSessionRecord record = tx.selectFrom(IV_SESSION).where(IV_SESSION.ID.eq(sessionId)).fetchOne();
        return Optional.ofNullable(record).map(r -> toSession(tx, r, people));
    }

    public List<IntervisionSession> allSessions(DSLContext tx, LongFunction<Person> people) {
        return tx.selectFrom(IV_SESSION).orderBy(IV_SESSION.HELD_ON.desc(), IV_SESSION.ID.desc()).fetch()
                .map(r -> toSession(tx, r, people));
    }

    /** The last finished session of the team held before the given one, if any. */
    public Optional<Long> previousSessionId(DSLContext tx, String team, LocalDate heldOn, long sessionId) {
        return tx.select(IV_SESSION.ID).from(IV_SESSION)
                .where(IV_SESSION.TEAM.equalIgnoreCase(team))
                .and(IV_SESSION.ID.ne(sessionId))
                .and(IV_SESSION.STATE.eq(SessionState.DONE.name()))
                .and(IV_SESSION.HELD_ON.le(heldOn))
                .orderBy(IV_SESSION.HELD_ON.desc(), IV_SESSION.ID.desc())
                .limit(1).fetchOptional(IV_SESSION.ID);
    }

    public List<String> teams(DSLContext tx) {
        return tx.selectDistinct(IV_SESSION.TEAM).from(IV_SESSION).orderBy(IV_SESSION.TEAM).fetch(IV_SESSION.TEAM);
    }

    private IntervisionSession toSession(DSLContext tx, IvSessionRecord r, LongFunction<Person> people) {
        IvMethodRecord method = tx.selectFrom(IV_METHOD).where(IV_METHOD.ID.eq(r.getMethodId())).fetchOne();
        List<Person> participants = tx.select(IV_SESSION_PARTICIPANT.USER_ID).from(IV_SESSION_PARTICIPANT)
                .where(IV_SESSION_PARTICIPANT.SESSION_ID.eq(r.getId())).fetch(IV_SESSION_PARTICIPANT.USER_ID)
                .stream().map(people::apply).sorted(java.util.Comparator.comparing(Person::name)).toList();
        List<AgendaItem> agenda = tx.select(IV_AGENDA_ITEM.CASE_ID, IV_AGENDA_ITEM.SORT_ORDER, IV_AGENDA_ITEM.CONCLUSION,
                        IV_AGENDA_ITEM.DISCUSSED, IV_CASE.TITLE, IV_CASE.PRESENTER_ID, IV_CASE.SUPPORT_LEVEL)
                .from(IV_AGENDA_ITEM).join(IV_CASE).on(IV_CASE.ID.eq(IV_AGENDA_ITEM.CASE_ID))
                .where(IV_AGENDA_ITEM.SESSION_ID.eq(r.getId())).orderBy(IV_AGENDA_ITEM.SORT_ORDER).fetch()
                .map(a -> new AgendaItem(a.get(IV_AGENDA_ITEM.CASE_ID), a.get(IV_AGENDA_ITEM.SORT_ORDER),
                        a.get(IV_CASE.TITLE), people.apply(a.get(IV_CASE.PRESENTER_ID)),
                        a.get(IV_CASE.SUPPORT_LEVEL) == null ? null
                                : SupportLevel.valueOf(a.get(IV_CASE.SUPPORT_LEVEL)),
                        a.get(IV_AGENDA_ITEM.CONCLUSION), a.get(IV_AGENDA_ITEM.DISCUSSED)));
        return new IntervisionSession(r.getId(), r.getHeldOn(), r.getTeam(), person(r.getFacilitatorId(), people),
                person(r.getNoteTakerId(), people), r.getExternalIntervisor(), r.getMethodId(),
                method == null ? "" : method.getName(), method == null ? 0 : method.getVersionNo(),
                SessionState.valueOf(r.getState()), r.getCurrentStep(), r.getCurrentCaseId(), participants, agenda);
    }

    private static Person person(Long id, LongFunction<Person> people) {
        return id == null ? null : people.apply(id);
    }

    /** Sessions (any state) whose agenda holds the case, oldest first. */
    public List<Long> sessionIdsForCase(DSLContext tx, long caseId) {
        return tx.select(IV_AGENDA_ITEM.SESSION_ID).from(IV_AGENDA_ITEM).join(IV_SESSION)
                .on(IV_SESSION.ID.eq(IV_AGENDA_ITEM.SESSION_ID)).where(IV_AGENDA_ITEM.CASE_ID.eq(caseId))
                .orderBy(IV_SESSION.HELD_ON, IV_SESSION.ID).fetch(IV_AGENDA_ITEM.SESSION_ID);
    }

    public List<PhaseNote> notes(DSLContext tx, long sessionId) {
        return tx.selectFrom(IV_PHASE_NOTE).where(IV_PHASE_NOTE.SESSION_ID.eq(sessionId)).orderBy(IV_PHASE_NOTE.ID)
                .fetch().map(r -> new PhaseNote(r.getCaseId(), r.getStepKey(), r.getPhaseName(), r.getNote(),
                        r.getSecondsUsed()));
    }
}

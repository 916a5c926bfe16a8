package be.toppsy.desk.intervision;

import static be.toppsy.desk.storage.jooq.Tables.IV_ACTION_POINT;
import static be.toppsy.desk.storage.jooq.Tables.IV_AGENDA_ITEM;
import static be.toppsy.desk.storage.jooq.Tables.IV_CASE;
import static be.toppsy.desk.storage.jooq.Tables.IV_CASE_CONTENT;
import static be.toppsy.desk.storage.jooq.Tables.IV_CASE_TAG;
import static be.toppsy.desk.storage.jooq.Tables.IV_METHOD;
import static be.toppsy.desk.storage.jooq.Tables.IV_METHOD_PHASE;
import static be.toppsy.desk.storage.jooq.Tables.IV_PHASE_NOTE;
import static be.toppsy.desk.storage.jooq.Tables.IV_SESSION;
import static be.toppsy.desk.storage.jooq.Tables.IV_SESSION_PARTICIPANT;

import be.toppsy.desk.storage.jooq.tables.records.IvActionPointRecord;
import be.toppsy.desk.storage.jooq.tables.records.IvCaseRecord;
import be.toppsy.desk.storage.jooq.tables.records.IvMethodRecord;
import be.toppsy.desk.storage.jooq.tables.records.IvSessionRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The intervision tables. Users are referred to by id; the service passes a lookup that turns an
 * id into a {@link Person}, since user names belong to the accounts feature.
 */
public final class IntervisionRepository {

    // --- retention ---

    /** Removes every link to a resident (cases and action points; the point's plan action too). */
    public int forgetResident(DSLContext dsl, long residentId) {
        int cases = dsl.update(IV_CASE).set(IV_CASE.RESIDENT_ID, (Long) null)
                .where(IV_CASE.RESIDENT_ID.eq(residentId)).execute();
        int points = dsl.update(IV_ACTION_POINT).set(IV_ACTION_POINT.RESIDENT_ID, (Long) null)
                .set(IV_ACTION_POINT.PLAN_ACTION_ID, (Long) null)
                .where(IV_ACTION_POINT.RESIDENT_ID.eq(residentId)).execute();
        return cases + points;
    }

    // --- methods ---

    public long countMethods(DSLContext tx) {
        return tx.fetchCount(IV_METHOD);
    }

    /** Inserts a method version with its phases; family null starts a new family. */
    public long insertMethod(DSLContext tx, Long familyId, int version, MethodDraft draft, String builtinKey,
            boolean template, OffsetDateTime now, Long userId) {
        IvMethodRecord record = tx.newRecord(IV_METHOD);
        record.setFamilyId(familyId);
        record.setVersionNo(version);
        record.setName(draft.name());
        record.setDescription(draft.description() == null ? "" : draft.description());
        record.setBuiltinKey(builtinKey);
        record.setIsTemplate(template);
        record.setIsCurrent(true);
        record.setArchived(false);
        record.setCreatedAt(now);
        record.setCreatedBy(userId);
        record.store();
        long id = record.getId();
        if (familyId == null) {
            tx.update(IV_METHOD).set(IV_METHOD.FAMILY_ID, id).where(IV_METHOD.ID.eq(id)).execute();
        }
        insertPhases(tx, id, draft.phases());
        return id;
    }

    private void insertPhases(DSLContext tx, long methodId, List<Phase> phases) {
        int order = 1;
        for (Phase phase : phases) {
            tx.insertInto(IV_METHOD_PHASE)
                    .set(IV_METHOD_PHASE.METHOD_ID, methodId)
                    .set(IV_METHOD_PHASE.SORT_ORDER, order++)
                    .set(IV_METHOD_PHASE.NAME, phase.name())
                    .set(IV_METHOD_PHASE.INSTRUCTION, phase.instruction())
                    .set(IV_METHOD_PHASE.MINUTES, phase.minutes())
                    .set(IV_METHOD_PHASE.SPEAKER, phase.speaker().name())
                    .set(IV_METHOD_PHASE.PRESENTER_LISTENS, phase.presenterListens())
                    .set(IV_METHOD_PHASE.PRODUCES, phase.produces().name())
                    .execute();
        }
    }

    /** Changes a version in place (only while no session has used it). */
    public void updateMethod(DSLContext tx, long methodId, MethodDraft draft) {
        tx.update(IV_METHOD)
                .set(IV_METHOD.NAME, draft.name())
                .set(IV_METHOD.DESCRIPTION, draft.description() == null ? "" : draft.description())
                .where(IV_METHOD.ID.eq(methodId)).execute();
        tx.deleteFrom(IV_METHOD_PHASE).where(IV_METHOD_PHASE.METHOD_ID.eq(methodId)).execute();
        insertPhases(tx, methodId, draft.phases());
    }

    public void setCurrent(DSLContext tx, long methodId, boolean current) {
        tx.update(IV_METHOD).set(IV_METHOD.IS_CURRENT, current).where(IV_METHOD.ID.eq(methodId)).execute();
    }

    public void setArchived(DSLContext tx, long familyId, boolean archived) {
        tx.update(IV_METHOD).set(IV_METHOD.ARCHIVED, archived).where(IV_METHOD.FAMILY_ID.eq(familyId)).execute();
    }

    public Optional<Method> method(DSLContext tx, long id) {
        IvMethodRecord record = tx.selectFrom(IV_METHOD).where(IV_METHOD.ID.eq(id)).fetchOne();
        return Optional.ofNullable(record).map(r -> toMethod(tx, r));
    }

    /** The current version of every method that is not archived, by name. */
    public List<Method> currentMethods(DSLContext tx) {
        return tx.selectFrom(IV_METHOD).where(IV_METHOD.IS_CURRENT.isTrue()).and(IV_METHOD.ARCHIVED.isFalse())
                .orderBy(IV_METHOD.ID).fetch().map(r -> toMethod(tx, r));
    }

    public Optional<Method> currentOfFamily(DSLContext tx, long familyId) {
        IvMethodRecord record = tx.selectFrom(IV_METHOD).where(IV_METHOD.FAMILY_ID.eq(familyId))
                .and(IV_METHOD.IS_CURRENT.isTrue()).fetchOne();
        return Optional.ofNullable(record).map(r -> toMethod(tx, r));
    }

    public List<Method> versions(DSLContext tx, long familyId) {
        return tx.selectFrom(IV_METHOD).where(IV_METHOD.FAMILY_ID.eq(familyId)).orderBy(IV_METHOD.VERSION_NO)
                .fetch().map(r -> toMethod(tx, r));
    }

    public Optional<Long> methodIdByBuiltinKey(DSLContext tx, String key) {
        return tx.select(IV_METHOD.ID).from(IV_METHOD).where(IV_METHOD.BUILTIN_KEY.eq(key))
                .and(IV_METHOD.IS_CURRENT.isTrue()).fetchOptional(IV_METHOD.ID);
    }

    private Method toMethod(DSLContext tx, IvMethodRecord r) {
        List<Phase> phases = tx.selectFrom(IV_METHOD_PHASE).where(IV_METHOD_PHASE.METHOD_ID.eq(r.getId()))
                .orderBy(IV_METHOD_PHASE.SORT_ORDER).fetch()
                .map(p -> new Phase(p.getSortOrder(), p.getName(), p.getInstruction(), p.getMinutes(),
                        Speaker.valueOf(p.getSpeaker()), p.getPresenterListens(), Produces.valueOf(p.getProduces())));
        int using = tx.fetchCount(IV_SESSION, IV_SESSION.METHOD_ID.eq(r.getId())
                .and(IV_SESSION.STATE.ne(SessionState.PLANNED.name())));
        return new Method(r.getId(), r.getFamilyId() == null ? r.getId() : r.getFamilyId(), r.getVersionNo(),
                r.getName(), r.getDescription(), r.getBuiltinKey(), r.getIsTemplate(), r.getIsCurrent(),
                r.getArchived(), phases, using);
    }

    /** Moves planned sessions from one method version to another. */
    public int movePlannedSessions(DSLContext tx, long fromMethodId, long toMethodId) {
        return tx.update(IV_SESSION).set(IV_SESSION.METHOD_ID, toMethodId)
                .where(IV_SESSION.METHOD_ID.eq(fromMethodId)).and(IV_SESSION.STATE.eq(SessionState.PLANNED.name()))
                .execute();
    }

    // --- cases ---

    public long insertCase(DSLContext tx, long presenterId, CaseDraft draft, CaseColumn column, OffsetDateTime now,
            Long userId) {
        IvCaseRecord record = tx.newRecord(IV_CASE);
        record.setPresenterId(presenterId);
        record.setTitle(draft.title());
        record.setSituation(draft.situation());
        record.setQuestion(draft.question());
        record.setSupportLevel(draft.level() == null ? null : draft.level().name());
        record.setBoardColumn(column.name());
        record.setResidentId(draft.residentId());
        record.setCreatedAt(now);
        record.setCreatedBy(userId);
        record.setUpdatedAt(now);
        record.store();
        replaceTags(tx, record.getId(), draft.tags());
        return record.getId();
    }

    public void updateCase(DSLContext tx, long caseId, long presenterId, CaseDraft draft, OffsetDateTime now) {
        tx.update(IV_CASE)
                .set(IV_CASE.PRESENTER_ID, presenterId)
                .set(IV_CASE.TITLE, draft.title())
                .set(IV_CASE.SITUATION, draft.situation())
                .set(IV_CASE.QUESTION, draft.question())
                .set(IV_CASE.SUPPORT_LEVEL, draft.level() == null ? null : draft.level().name())
                .set(IV_CASE.RESIDENT_ID, draft.residentId())
                .set(IV_CASE.UPDATED_AT, now)
                .where(IV_CASE.ID.eq(caseId)).execute();
        replaceTags(tx, caseId, draft.tags());
    }

    private void replaceTags(DSLContext tx, long caseId, Collection<String> tags) {
        tx.deleteFrom(IV_CASE_TAG).where(IV_CASE_TAG.CASE_ID.eq(caseId)).execute();
        for (String tag : tags) {
            tx.insertInto(IV_CASE_TAG).set(IV_CASE_TAG.CASE_ID, caseId).set(IV_CASE_TAG.TAG, tag).execute();
        }
    }

    public void moveCase(DSLContext tx, long caseId, CaseColumn column, OffsetDateTime now) {
        tx.update(IV_CASE).set(IV_CASE.BOARD_COLUMN, column.name()).set(IV_CASE.UPDATED_AT, now)
                .where(IV_CASE.ID.eq(caseId)).execute();
    }

    public Optional<IntervisionCase> findCase(DSLContext tx, long caseId, LongFunction<Person> people) {
        IvCaseRecord record = tx.selectFrom(IV_CASE).where(IV_CASE.ID.eq(caseId)).fetchOne();
        if (record == null) {
            return Optional.empty();
        }
        return Optional.of(toCase(record, tags(tx, List.of(caseId)).getOrDefault(caseId, List.of()), people));
    }

    public List<IntervisionCase> allCases(DSLContext tx, LongFunction<Person> people) {
        List<IvCaseRecord> records = tx.selectFrom(IV_CASE).orderBy(IV_CASE.UPDATED_AT.desc(), IV_CASE.ID.desc())
                .fetch();
        Map<Long, List<String>> tags = tags(tx, null);
        return records.stream().map(r -> toCase(r, tags.getOrDefault(r.getId(), List.of()), people)).toList();
    }

    private Map<Long, List<String>> tags(DSLContext tx, List<Long> caseIds) {
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        var query = tx.selectFrom(IV_CASE_TAG);
        var rows = caseIds == null ? query.orderBy(IV_CASE_TAG.TAG).fetch()
                : query.where(IV_CASE_TAG.CASE_ID.in(caseIds)).orderBy(IV_CASE_TAG.TAG).fetch();
        rows.forEach(r -> tags.computeIfAbsent(r.getCaseId(), k -> new ArrayList<>()).add(r.getTag()));
        return tags;
    }

    private static IntervisionCase toCase(IvCaseRecord r, List<String> tags, LongFunction<Person> people) {
        return new IntervisionCase(r.getId(), people.apply(r.getPresenterId()), r.getTitle(), r.getSituation(),
                r.getQuestion(), r.getSupportLevel() == null ? null : CaseLevel.valueOf(r.getSupportLevel()),
                CaseColumn.valueOf(r.getBoardColumn()), r.getResidentId(), tags, r.getCreatedAt(), r.getUpdatedAt());
    }

    public List<String> allTags(DSLContext tx) {
        return tx.selectDistinct(IV_CASE_TAG.TAG).from(IV_CASE_TAG).orderBy(IV_CASE_TAG.TAG).fetch(IV_CASE_TAG.TAG);
    }

    // --- attached content ---

    public void attachContent(DSLContext tx, long caseId, AttachedContent content, OffsetDateTime now, Long userId) {
        boolean exists = tx.fetchExists(IV_CASE_CONTENT, IV_CASE_CONTENT.CASE_ID.eq(caseId)
                .and(IV_CASE_CONTENT.KIND.eq(content.kind())).and(IV_CASE_CONTENT.CONTENT_ID.eq(content.contentId())));
        if (!exists) {
            tx.insertInto(IV_CASE_CONTENT)
                    .set(IV_CASE_CONTENT.CASE_ID, caseId)
                    .set(IV_CASE_CONTENT.KIND, content.kind())
                    .set(IV_CASE_CONTENT.CONTENT_ID, content.contentId())
                    .set(IV_CASE_CONTENT.TITLE, content.title())
                    .set(IV_CASE_CONTENT.ATTACHED_AT, now)
                    .set(IV_CASE_CONTENT.ATTACHED_BY, userId)
                    .execute();
        }
    }

    public int detachContent(DSLContext tx, long caseId, String kind, String contentId) {
        return tx.deleteFrom(IV_CASE_CONTENT).where(IV_CASE_CONTENT.CASE_ID.eq(caseId))
                .and(IV_CASE_CONTENT.KIND.eq(kind)).and(IV_CASE_CONTENT.CONTENT_ID.eq(contentId)).execute();
    }

    public List<AttachedContent> attachedContent(DSLContext tx, long caseId) {
        return tx.selectFrom(IV_CASE_CONTENT).where(IV_CASE_CONTENT.CASE_ID.eq(caseId))
                .orderBy(IV_CASE_CONTENT.ATTACHED_AT, IV_CASE_CONTENT.TITLE).fetch()
                .map(r -> new AttachedContent(r.getKind(), r.getContentId(), r.getTitle()));
    }

    // --- sessions ---

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
                        a.get(IV_CASE.SUPPORT_LEVEL) == null ? null : CaseLevel.valueOf(a.get(IV_CASE.SUPPORT_LEVEL)),
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

    public void setConclusion(DSLContext tx, long sessionId, long caseId, String conclusion) {
        tx.update(IV_AGENDA_ITEM).set(IV_AGENDA_ITEM.CONCLUSION, conclusion)
                .where(IV_AGENDA_ITEM.SESSION_ID.eq(sessionId)).and(IV_AGENDA_ITEM.CASE_ID.eq(caseId)).execute();
    }

    public void markDiscussed(DSLContext tx, long sessionId, long caseId) {
        tx.update(IV_AGENDA_ITEM).set(IV_AGENDA_ITEM.DISCUSSED, true)
                .where(IV_AGENDA_ITEM.SESSION_ID.eq(sessionId)).and(IV_AGENDA_ITEM.CASE_ID.eq(caseId)).execute();
    }

    // --- notes ---

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

    public List<PhaseNote> notes(DSLContext tx, long sessionId) {
        return tx.selectFrom(IV_PHASE_NOTE).where(IV_PHASE_NOTE.SESSION_ID.eq(sessionId)).orderBy(IV_PHASE_NOTE.ID)
                .fetch().map(r -> new PhaseNote(r.getCaseId(), r.getStepKey(), r.getPhaseName(), r.getNote(),
                        r.getSecondsUsed()));
    }

    // --- action points ---

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

    public void reviewActionPoint(DSLContext tx, long actionPointId, ActionPointState state, String reviewNote,
            Long reviewedSessionId, OffsetDateTime now) {
        tx.update(IV_ACTION_POINT)
                .set(IV_ACTION_POINT.STATE, state.name())
                .set(IV_ACTION_POINT.REVIEW_NOTE, reviewNote == null ? "" : reviewNote)
                .set(IV_ACTION_POINT.REVIEWED_SESSION_ID, reviewedSessionId)
                .set(IV_ACTION_POINT.UPDATED_AT, now)
                .where(IV_ACTION_POINT.ID.eq(actionPointId)).execute();
    }

    public int deleteActionPoint(DSLContext tx, long actionPointId) {
        return tx.deleteFrom(IV_ACTION_POINT).where(IV_ACTION_POINT.ID.eq(actionPointId)).execute();
    }

    public Optional<ActionPoint> actionPoint(DSLContext tx, long id, LongFunction<Person> people) {
        return actionPoints(tx, IV_ACTION_POINT.ID.eq(id), people).stream().findFirst();
    }

    public List<ActionPoint> actionPointsOfSession(DSLContext tx, long sessionId, LongFunction<Person> people) {
        return actionPoints(tx, IV_ACTION_POINT.SESSION_ID.eq(sessionId), people);
    }

    public List<ActionPoint> actionPointsOfCase(DSLContext tx, long caseId, LongFunction<Person> people) {
        return actionPoints(tx, IV_ACTION_POINT.CASE_ID.eq(caseId), people);
    }

    public List<ActionPoint> allActionPoints(DSLContext tx, LongFunction<Person> people) {
        return actionPoints(tx, DSL.trueCondition(), people);
    }

    private List<ActionPoint> actionPoints(DSLContext tx, org.jooq.Condition where, LongFunction<Person> people) {
        return tx.select(IV_ACTION_POINT.asterisk(), IV_SESSION.HELD_ON, IV_CASE.TITLE)
                .from(IV_ACTION_POINT)
                .join(IV_SESSION).on(IV_SESSION.ID.eq(IV_ACTION_POINT.SESSION_ID))
                .join(IV_CASE).on(IV_CASE.ID.eq(IV_ACTION_POINT.CASE_ID))
                .where(where)
                .orderBy(IV_SESSION.HELD_ON, IV_ACTION_POINT.ID)
                .fetch().map(r -> toActionPoint(r, people));
    }

    private static ActionPoint toActionPoint(Record r, LongFunction<Person> people) {
        Long owner = r.get(IV_ACTION_POINT.OWNER_ID);
        return new ActionPoint(r.get(IV_ACTION_POINT.ID), r.get(IV_ACTION_POINT.SESSION_ID), r.get(IV_SESSION.HELD_ON),
                r.get(IV_ACTION_POINT.CASE_ID), r.get(IV_CASE.TITLE), r.get(IV_ACTION_POINT.TITLE),
                owner == null ? null : people.apply(owner), r.get(IV_ACTION_POINT.DUE_ON),
                ActionPointState.valueOf(r.get(IV_ACTION_POINT.STATE)), r.get(IV_ACTION_POINT.RESIDENT_ID),
                r.get(IV_ACTION_POINT.PLAN_ACTION_ID), r.get(IV_ACTION_POINT.REVIEW_NOTE), null);
    }
}

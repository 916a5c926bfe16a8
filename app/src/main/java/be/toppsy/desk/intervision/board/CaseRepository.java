package be.toppsy.desk.intervision.board;

import static be.toppsy.desk.storage.jooq.Tables.IV_ACTION_POINT;
import static be.toppsy.desk.storage.jooq.Tables.IV_AGENDA_ITEM;
import static be.toppsy.desk.storage.jooq.Tables.IV_CASE;
import static be.toppsy.desk.storage.jooq.Tables.IV_CASE_CONTENT;
import static be.toppsy.desk.storage.jooq.Tables.IV_CASE_TAG;
import static be.toppsy.desk.storage.jooq.Tables.IV_PHASE_NOTE;
import static be.toppsy.desk.storage.jooq.Tables.IV_SESSION;

import be.toppsy.desk.common.SupportLevel;
import be.toppsy.desk.intervision.Person;
import be.toppsy.desk.intervision.SessionState;
import be.toppsy.desk.storage.jooq.tables.records.IvCaseRecord;
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
 * The case tables: cases, their themes and attached content, and the action points that hang on
 * them; users are referred to by id, turned into people by the lookup the service passes.
 */
public final class CaseRepository {

    /** Removes every link to a resident (cases and action points; the point's plan action too). */
    public int forgetResident(DSLContext dsl, long residentId) {
        int cases = dsl.update(IV_CASE).set(IV_CASE.RESIDENT_ID, (Long) null)
                .where(IV_CASE.RESIDENT_ID.eq(residentId)).execute();
        int points = dsl.update(IV_ACTION_POINT).set(IV_ACTION_POINT.RESIDENT_ID, (Long) null)
                .set(IV_ACTION_POINT.PLAN_ACTION_ID, (Long) null)
                .where(IV_ACTION_POINT.RESIDENT_ID.eq(residentId)).execute();
        return cases + points;
    }


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
                r.getQuestion(), r.getSupportLevel() == null ? null : SupportLevel.valueOf(r.getSupportLevel()),
                CaseColumn.valueOf(r.getBoardColumn()), r.getResidentId(), tags, r.getCreatedAt(), r.getUpdatedAt());
    }

    public List<String> allTags(DSLContext tx) {
        return tx.selectDistinct(IV_CASE_TAG.TAG).from(IV_CASE_TAG).orderBy(IV_CASE_TAG.TAG).fetch(IV_CASE_TAG.TAG);
    }


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


    public void reviewActionPoint(DSLContext tx, long actionPointId, ActionPointState state, String reviewNote,
            Long reviewedSessionId, OffsetDateTime now) {
        tx.update(IV_ACTION_POINT)
                .set(IV_ACTION_POINT.STATE, state.name())
                .set(IV_ACTION_POINT.REVIEW_NOTE, reviewNote == null ? "" : reviewNote)
                .set(IV_ACTION_POINT.REVIEWED_SESSION_ID, reviewedSessionId)
                .set(IV_ACTION_POINT.UPDATED_AT, now)
                .where(IV_ACTION_POINT.ID.eq(actionPointId)).execute();
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

    // --- the case's sessions and notes (read-only; sessions and the runner write them) ---

    /** The sessions whose agenda holds the case, oldest first, with its conclusion there. */
    public List<CaseDetail.SessionRef> sessionsOfCase(DSLContext tx, long caseId) {
        return tx.select(IV_SESSION.ID, IV_SESSION.HELD_ON, IV_SESSION.TEAM, IV_SESSION.STATE,
                        IV_AGENDA_ITEM.CONCLUSION, IV_AGENDA_ITEM.DISCUSSED)
                .from(IV_AGENDA_ITEM).join(IV_SESSION).on(IV_SESSION.ID.eq(IV_AGENDA_ITEM.SESSION_ID))
                .where(IV_AGENDA_ITEM.CASE_ID.eq(caseId))
                .orderBy(IV_SESSION.HELD_ON, IV_SESSION.ID).fetch()
                .map(r -> new CaseDetail.SessionRef(r.get(IV_SESSION.ID), r.get(IV_SESSION.HELD_ON), r.get(IV_SESSION.TEAM),
                        SessionState.valueOf(r.get(IV_SESSION.STATE)), r.get(IV_AGENDA_ITEM.CONCLUSION),
                        r.get(IV_AGENDA_ITEM.DISCUSSED)));
    }

    /** The notes taken about the case in every session, oldest session first, empty notes left out. */
    public List<CaseDetail.CaseNote> notesOfCase(DSLContext tx, long caseId) {
        return tx.select(IV_SESSION.HELD_ON, IV_PHASE_NOTE.PHASE_NAME, IV_PHASE_NOTE.NOTE)
                .from(IV_PHASE_NOTE).join(IV_SESSION).on(IV_SESSION.ID.eq(IV_PHASE_NOTE.SESSION_ID))
                .where(IV_PHASE_NOTE.CASE_ID.eq(caseId))
                .orderBy(IV_SESSION.HELD_ON, IV_SESSION.ID, IV_PHASE_NOTE.ID).fetch().stream()
                .filter(r -> r.get(IV_PHASE_NOTE.NOTE) != null && !r.get(IV_PHASE_NOTE.NOTE).isBlank())
                .map(r -> new CaseDetail.CaseNote(r.get(IV_SESSION.HELD_ON), r.get(IV_PHASE_NOTE.PHASE_NAME),
                        r.get(IV_PHASE_NOTE.NOTE)))
                .toList();
    }
}

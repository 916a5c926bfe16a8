package be.toppsy.desk.intervision.methods;

import static be.toppsy.desk.storage.jooq.Tables.IV_METHOD;
import static be.toppsy.desk.storage.jooq.Tables.IV_METHOD_PHASE;
import static be.toppsy.desk.storage.jooq.Tables.IV_SESSION;

import be.toppsy.desk.intervision.SessionState;
import be.toppsy.desk.storage.jooq.tables.records.IvMethodRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The method tables: each version of a method with its phases. */
public final class MethodRepository {

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
}

package be.toppsy.desk.content;

import static be.toppsy.desk.storage.jooq.Tables.CONTENT_PACK;
import static be.toppsy.desk.storage.jooq.Tables.CONTENT_PACK_FILE;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Imported packs and their files (base64 in chunks that fit a portable VARCHAR). */
public final class ContentRepository {

    static final int CHUNK = 16_000;

    /** An imported pack as stored. */
    public record StoredPack(long rowId, String packId, String version, String title, int fileCount,
            OffsetDateTime importedAt, Long importedBy, boolean active) {
    }

    public Optional<StoredPack> active(DSLContext dsl) {
        return dsl.selectFrom(CONTENT_PACK).where(CONTENT_PACK.ACTIVE.isTrue()).orderBy(CONTENT_PACK.ID.desc())
                .limit(1).fetchOptional().map(ContentRepository::stored);
    }

    public List<StoredPack> all(DSLContext dsl) {
        return dsl.selectFrom(CONTENT_PACK).orderBy(CONTENT_PACK.ID.desc()).fetch().map(ContentRepository::stored);
    }

    public Map<String, byte[]> files(DSLContext dsl, long rowId) {
        Map<String, StringBuilder> text = new HashMap<>();
        dsl.select(CONTENT_PACK_FILE.FILE_PATH, CONTENT_PACK_FILE.CHUNK_DATA).from(CONTENT_PACK_FILE)
                .where(CONTENT_PACK_FILE.CONTENT_PACK_ID.eq(rowId))
                .orderBy(CONTENT_PACK_FILE.FILE_PATH, CONTENT_PACK_FILE.CHUNK_NO)
                .forEach(r -> text.computeIfAbsent(r.value1(), p -> new StringBuilder()).append(r.value2()));
        Map<String, byte[]> files = new HashMap<>();
        text.forEach((path, data) -> files.put(path, Base64.getDecoder().decode(data.toString())));
        return files;
    }

    public long insert(DSLContext tx, String packId, String version, String title, Map<String, byte[]> files,
            OffsetDateTime importedAt, Long importedBy) {
        long rowId = tx.insertInto(CONTENT_PACK)
                .set(CONTENT_PACK.PACK_ID, packId)
                .set(CONTENT_PACK.PACK_VERSION, version)
                .set(CONTENT_PACK.TITLE, title.length() > 400 ? title.substring(0, 400) : title)
                .set(CONTENT_PACK.FILE_COUNT, files.size())
                .set(CONTENT_PACK.IMPORTED_AT, importedAt)
                .set(CONTENT_PACK.IMPORTED_BY, importedBy)
                .set(CONTENT_PACK.ACTIVE, false)
                .returningResult(CONTENT_PACK.ID).fetchOne(CONTENT_PACK.ID);
        var batch = tx.batch(tx.insertInto(CONTENT_PACK_FILE, CONTENT_PACK_FILE.CONTENT_PACK_ID,
                CONTENT_PACK_FILE.FILE_PATH, CONTENT_PACK_FILE.CHUNK_NO, CONTENT_PACK_FILE.CHUNK_DATA)
                .values((Long) null, null, null, null));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String data = Base64.getEncoder().encodeToString(file.getValue());
            int chunk = 0;
            for (int i = 0; i < data.length() || i == 0; i += CHUNK) {
                batch.bind(rowId, file.getKey(), chunk++, data.substring(i, Math.min(data.length(), i + CHUNK)));
                if (data.isEmpty()) {
                    break;
                }
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        return rowId;
    }

    /** Makes one imported pack the active one (or none, with null: back to the bundled pack). */
    public void activate(DSLContext tx, Long rowId) {
        tx.update(CONTENT_PACK).set(CONTENT_PACK.ACTIVE, false).where(CONTENT_PACK.ACTIVE.isTrue()).execute();
        if (rowId != null) {
            tx.update(CONTENT_PACK).set(CONTENT_PACK.ACTIVE, true).where(CONTENT_PACK.ID.eq(rowId)).execute();
        }
    }

    private static StoredPack stored(Record r) {
        return new StoredPack(r.get(CONTENT_PACK.ID), r.get(CONTENT_PACK.PACK_ID), r.get(CONTENT_PACK.PACK_VERSION),
                r.get(CONTENT_PACK.TITLE), r.get(CONTENT_PACK.FILE_COUNT), r.get(CONTENT_PACK.IMPORTED_AT),
                r.get(CONTENT_PACK.IMPORTED_BY), r.get(CONTENT_PACK.ACTIVE));
    }
}

package be.toppsy.desk.socialmap;

import static be.toppsy.desk.storage.jooq.Tables.SOCIAL_SERVICE;

import be.toppsy.desk.storage.jooq.tables.records.SocialServiceRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Queries of the social map. */
public final class SocialMapRepository {

    public List<SocialService> find(DSLContext dsl, SocialServiceFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.query() != null && !filter.query().isBlank()) {
            // containsIgnoreCase() escapes LIKE wildcards typed by the user.
            String q = filter.query().trim();
            conditions.add(SOCIAL_SERVICE.NAME.containsIgnoreCase(q)
                    .or(SOCIAL_SERVICE.CITY.containsIgnoreCase(q))
                    .or(SOCIAL_SERVICE.TARGET_GROUPS.containsIgnoreCase(q))
                    .or(SOCIAL_SERVICE.LANGUAGES.containsIgnoreCase(q))
                    .or(SOCIAL_SERVICE.NOTES.containsIgnoreCase(q)));
        }
        if (filter.kind() != null) {
            conditions.add(SOCIAL_SERVICE.KIND.eq(filter.kind().name()));
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            conditions.add(SOCIAL_SERVICE.REGION.eq(filter.region()));
        }
        if (filter.crisisOnly()) {
            conditions.add(SOCIAL_SERVICE.CRISIS_CONTACT.isTrue());
        }
        if (filter.toVerifyOnly()) {
            conditions.add(SOCIAL_SERVICE.TO_VERIFY.isTrue());
        }
        return dsl.selectFrom(SOCIAL_SERVICE).where(conditions)
                .orderBy(SOCIAL_SERVICE.CRISIS_CONTACT.desc(), DSL.lower(SOCIAL_SERVICE.NAME))
                .fetch(SocialMapRepository::map);
    }

    public Optional<SocialService> find(DSLContext dsl, long id) {
        return dsl.selectFrom(SOCIAL_SERVICE).where(SOCIAL_SERVICE.ID.eq(id)).fetchOptional(SocialMapRepository::map);
    }

    public Optional<Long> idByNameAndCity(DSLContext dsl, String name, String city) {
        Condition sameCity = city == null || city.isBlank() ? SOCIAL_SERVICE.CITY.isNull().or(SOCIAL_SERVICE.CITY.eq(""))
                : DSL.lower(SOCIAL_SERVICE.CITY).eq(city.trim().toLowerCase());
        return dsl.select(SOCIAL_SERVICE.ID).from(SOCIAL_SERVICE)
                .where(DSL.lower(SOCIAL_SERVICE.NAME).eq(name.trim().toLowerCase())).and(sameCity)
                .orderBy(SOCIAL_SERVICE.ID).limit(1).fetchOptional(SOCIAL_SERVICE.ID);
    }

    public long insert(DSLContext dsl, SocialService s, OffsetDateTime now) {
        SocialServiceRecord r = dsl.newRecord(SOCIAL_SERVICE);
        fill(r, s);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        return r.getId();
    }

    public void update(DSLContext dsl, long id, SocialService s, OffsetDateTime now) {
        SocialServiceRecord r = dsl.fetchSingle(SOCIAL_SERVICE, SOCIAL_SERVICE.ID.eq(id));
        fill(r, s);
        r.setUpdatedAt(now);
        r.store();
    }

    public int delete(DSLContext dsl, long id) {
        return dsl.deleteFrom(SOCIAL_SERVICE).where(SOCIAL_SERVICE.ID.eq(id)).execute();
    }

    public int count(DSLContext dsl) {
        return dsl.fetchCount(SOCIAL_SERVICE);
    }

    private static void fill(SocialServiceRecord r, SocialService s) {
        r.setName(s.name());
        r.setKind(s.kind().name());
        r.setRegion(s.region());
        r.setCity(s.city());
        r.setLanguages(s.languages());
        r.setTargetGroups(s.targetGroups());
        r.setHowToRefer(s.howToRefer());
        r.setWaitingTime(s.waitingTime());
        r.setInterpreterAvailable(s.interpreterAvailable());
        r.setCost(s.cost());
        r.setPhone(s.phone());
        r.setEmail(s.email());
        r.setWebsite(s.website());
        r.setAddress(s.address());
        r.setNotes(s.notes());
        r.setCrisisContact(s.crisisContact());
        r.setToVerify(s.toVerify());
        r.setLastVerifiedOn(s.lastVerifiedOn());
        r.setLastVerifiedBy(s.lastVerifiedBy());
        r.setSource(s.source());
    }

    private static SocialService map(SocialServiceRecord r) {
        ServiceKind kind;
        try {
            kind = ServiceKind.valueOf(r.getKind());
        } catch (IllegalArgumentException e) {
            kind = ServiceKind.OTHER;
        }
        return new SocialService(r.getId(), r.getName(), kind, r.getRegion(), r.getCity(), r.getLanguages(),
                r.getTargetGroups(), r.getHowToRefer(), r.getWaitingTime(), r.getInterpreterAvailable(), r.getCost(),
                r.getPhone(), r.getEmail(), r.getWebsite(), r.getAddress(), r.getNotes(),
                Boolean.TRUE.equals(r.getCrisisContact()), Boolean.TRUE.equals(r.getToVerify()), r.getLastVerifiedOn(),
                r.getLastVerifiedBy(), r.getSource());
    }
}

package be.toppsy.desk.residents.retention;

import be.toppsy.desk.residents.ResidentService;
import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.Settings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Retention (issue 8): residents who left longer ago than a period an administrator sets are listed
 * for that administrator, who anonymises or deletes them one by one. Needs {@link Permission#RETENTION_MANAGE}
 * only; it shows codes, dates and counts, never names or free text, so it grants no resident reading.
 * Every anonymising and deleting is one transaction with its audit line (ids only).
 */
public final class RetentionService {

    public static final String SETTING_MONTHS = "retention.months";
    public static final int DEFAULT_MONTHS = 12;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;

    private final Database database;
    private final RetentionRepository repository;
    private final AuditService audit;
    private final Session session;
    private final Settings settings;
    private final Clock clock;
    private final ResidentLinks links;

    public RetentionService(Database database, RetentionRepository repository, AuditService audit, Session session,
            Settings settings, Clock clock, ResidentLinks links) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.session = session;
        this.settings = settings;
        this.clock = clock;
        this.links = links;
    }

    /** The retention period in months (default 12). */
    public int months() {
        session.require(Permission.RETENTION_MANAGE);
        return currentMonths();
    }

    private int currentMonths() {
        int months = settings.getInt(SETTING_MONTHS, DEFAULT_MONTHS);
        return months < MIN_MONTHS || months > MAX_MONTHS ? DEFAULT_MONTHS : months;
    }

    public void setMonths(int months) {
        session.require(Permission.RETENTION_MANAGE);
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw ValidationException.of("months", "residents.retention.error.months", MIN_MONTHS, MAX_MONTHS);
        }
        // The setting and its audit line together (Settings.put joins this transaction).
        database.transactionWithoutResult(tx -> {
            settings.put(SETTING_MONTHS, String.valueOf(months));
            audit.record(tx, "RETENTION_PERIOD_CHANGED", "setting", SETTING_MONTHS, "months=" + months);
        });
    }

    /** Residents who left (or were transferred) before this day are due. */
    public LocalDate leftBefore() {
        session.require(Permission.RETENTION_MANAGE);
        return LocalDate.now(clock).minusMonths(currentMonths());
    }

    /** Everyone who left longer ago than the period, oldest departure first; anonymised ones too (for deleting). */
    public List<RetentionCandidate> candidates() {
        LocalDate before = leftBefore();
        return repository.candidates(database.dsl(), before);
    }

    /** Removes names and all free text of a due resident; codes, dates, categories, levels and counts stay. */
    public void anonymise(long residentId) {
        LocalDate before = leftBefore();
        database.transactionWithoutResult(tx -> {
            RetentionCandidate c = repository.candidate(tx, residentId, before)
                    .orElseThrow(() -> ValidationException.of("resident", "residents.retention.error.notDue"));
            if (c.anonymised()) {
                throw ValidationException.of("resident", "residents.retention.error.alreadyAnonymised");
            }
            repository.anonymise(tx, residentId, LocalDate.now(clock), OffsetDateTime.now(clock));
            int unlinked = links.forget(tx, residentId);
            audit.record(tx, "RESIDENT_ANONYMISED", ResidentService.AUDIT_ENTITY, String.valueOf(residentId),
                    "observations=" + c.observations() + " actions=" + c.planActions() + " referrals="
                            + c.referrals() + " links=" + unlinked);
        });
    }

    /** Deletes a due resident and everything that hangs off them. */
    public void delete(long residentId) {
        LocalDate before = leftBefore();
        database.transactionWithoutResult(tx -> {
            RetentionCandidate c = repository.candidate(tx, residentId, before)
                    .orElseThrow(() -> ValidationException.of("resident", "residents.retention.error.notDue"));
            int unlinked = links.forget(tx, residentId);
            repository.delete(tx, residentId);
            audit.record(tx, "RESIDENT_DELETED", ResidentService.AUDIT_ENTITY, String.valueOf(residentId),
                    "observations=" + c.observations() + " actions=" + c.planActions() + " referrals="
                            + c.referrals() + " links=" + unlinked);
        });
    }
}

package be.toppsy.desk.socialmap;

import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.common.CsvWriter;
import be.toppsy.desk.common.ValidationException;
import be.toppsy.desk.i18n.Formats;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The social map: search for everyone with {@link Permission#SOCIAL_MAP_READ}, changes, verification
 * and CSV import for {@link Permission#SOCIAL_MAP_EDIT}. Changes go to the audit trail.
 */
public final class SocialMapService {

    public static final String AUDIT_ENTITY = "social_service";
    /** The CSV columns, in order; the header line of an export and of an import. */
    public static final List<String> COLUMNS = List.of("name", "kind", "region", "city", "languages", "target_groups",
            "how_to_refer", "waiting_time", "interpreter", "cost", "phone", "email", "website", "address", "notes",
            "crisis_contact", "to_verify", "last_verified_on", "last_verified_by", "source");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_IMPORT_BYTES = 5_000_000;

    private final Database database;
    private final SocialMapRepository repository;
    private final AuditService audit;
    private final Session session;
    private final Clock clock;

    public SocialMapService(Database database, SocialMapRepository repository, AuditService audit, Session session,
            Clock clock) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.session = session;
        this.clock = clock;
    }

    public List<SocialService> search(SocialServiceFilter filter) {
        session.require(Permission.SOCIAL_MAP_READ);
        return repository.find(database.dsl(), filter);
    }

    public Optional<SocialService> find(long id) {
        session.require(Permission.SOCIAL_MAP_READ);
        return repository.find(database.dsl(), id);
    }

    /** The crisis contacts, for the crisis panel; any logged-in staff member may read them. */
    public List<SocialService> crisisContacts() {
        session.current();
        return repository.find(database.dsl(), new SocialServiceFilter(null, null, null, true, false));
    }

    public boolean canEdit() {
        return session.has(Permission.SOCIAL_MAP_EDIT);
    }

    /** Adds (id null) or changes a service; returns its id. */
    public long save(SocialService service) {
        session.require(Permission.SOCIAL_MAP_EDIT);
        SocialService clean = validate(service);
        return database.transaction(tx -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id;
            if (clean.id() == null) {
                id = repository.insert(tx, clean, now);
                audit.record(tx, "SOCIAL_SERVICE_ADDED", AUDIT_ENTITY, String.valueOf(id), null);
            } else {
                id = clean.id();
                if (repository.find(tx, id).isEmpty()) {
                    throw ValidationException.of("name", "socialmap.error.gone");
                }
                repository.update(tx, id, clean, now);
                audit.record(tx, "SOCIAL_SERVICE_CHANGED", AUDIT_ENTITY, String.valueOf(id), null);
            }
            return id;
        });
    }

    /** Marks a service as checked today by the current user. */
    public void markVerified(long id) {
        CurrentUser user = session.require(Permission.SOCIAL_MAP_EDIT);
        database.transactionWithoutResult(tx -> {
            SocialService s = repository.find(tx, id).orElseThrow(() -> ValidationException.of("name",
                    "socialmap.error.gone"));
            repository.update(tx, id, withVerification(s, LocalDate.now(clock), user.displayName()),
                    OffsetDateTime.now(clock));
            audit.record(tx, "SOCIAL_SERVICE_VERIFIED", AUDIT_ENTITY, String.valueOf(id), null);
        });
    }

    public void delete(long id) {
        session.require(Permission.SOCIAL_MAP_EDIT);
        database.transactionWithoutResult(tx -> {
            if (repository.delete(tx, id) > 0) {
                audit.record(tx, "SOCIAL_SERVICE_DELETED", AUDIT_ENTITY, String.valueOf(id), null);
            }
        });
    }

    private static SocialService withVerification(SocialService s, LocalDate on, String by) {
        return new SocialService(s.id(), s.name(), s.kind(), s.region(), s.city(), s.languages(), s.targetGroups(),
                s.howToRefer(), s.waitingTime(), s.interpreterAvailable(), s.cost(), s.phone(), s.email(), s.website(),
                s.address(), s.notes(), s.crisisContact(), false, on, by, s.source());
    }

    private SocialService validate(SocialService s) {
        ValidationException.Builder errors = new ValidationException.Builder();
        String name = trim(s.name());
        if (name == null) {
            errors.add("name", "socialmap.error.nameRequired");
        } else if (name.length() > 300) {
            errors.add("name", "socialmap.error.tooLong", 300);
        }
        if (s.region() != null && !s.region().isBlank() && !Regions.ALL.contains(s.region())) {
            errors.add("region", "socialmap.error.region");
        }
        String email = trim(s.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add("email", "socialmap.error.email");
        }
        checkLength(errors, "city", s.city(), 120);
        checkLength(errors, "languages", s.languages(), 400);
        checkLength(errors, "targetGroups", s.targetGroups(), 1000);
        checkLength(errors, "howToRefer", s.howToRefer(), 4000);
        checkLength(errors, "waitingTime", s.waitingTime(), 200);
        checkLength(errors, "cost", s.cost(), 200);
        checkLength(errors, "phone", s.phone(), 100);
        checkLength(errors, "email", s.email(), 200);
        checkLength(errors, "website", s.website(), 300);
        checkLength(errors, "address", s.address(), 300);
        checkLength(errors, "notes", s.notes(), 20000);
        checkLength(errors, "lastVerifiedBy", s.lastVerifiedBy(), 200);
        checkLength(errors, "source", s.source(), 300);
        errors.throwIfAny();
        return new SocialService(s.id(), name, s.kind() == null ? ServiceKind.OTHER : s.kind(), trim(s.region()),
                trim(s.city()), trim(s.languages()), trim(s.targetGroups()), trim(s.howToRefer()),
                trim(s.waitingTime()), s.interpreterAvailable(), trim(s.cost()), trim(s.phone()), email,
                trim(s.website()), trim(s.address()), trim(s.notes()), s.crisisContact(), s.toVerify(),
                s.lastVerifiedOn(), trim(s.lastVerifiedBy()), trim(s.source()));
    }

    private static void checkLength(ValidationException.Builder errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(field, "socialmap.error.tooLong", max);
        }
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    // ---- CSV -------------------------------------------------------------------------------

    /** Writes every service (or those matching the filter) as a semicolon CSV with a header line. */
    public int exportCsv(Path file, SocialServiceFilter filter) throws IOException {
        session.require(Permission.SOCIAL_MAP_READ);
        List<SocialService> services = repository.find(database.dsl(), filter);
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (SocialService s : services) {
            rows.add(List.of(nz(s.name()), s.kind().name(), nz(s.region()), nz(s.city()), nz(s.languages()),
                    nz(s.targetGroups()), nz(s.howToRefer()), nz(s.waitingTime()),
                    s.interpreterAvailable() == null ? "" : s.interpreterAvailable() ? "ja" : "nee", nz(s.cost()),
                    nz(s.phone()), nz(s.email()), nz(s.website()), nz(s.address()), nz(s.notes()),
                    s.crisisContact() ? "ja" : "nee", s.toVerify() ? "ja" : "nee", Formats.date(s.lastVerifiedOn()),
                    nz(s.lastVerifiedBy()), nz(s.source())));
        }
        Files.writeString(file, CsvWriter.write(rows), StandardCharsets.UTF_8);
        audit.record("SOCIAL_MAP_EXPORTED", AUDIT_ENTITY, null, "rows=" + services.size());
        return services.size();
    }

    /**
     * Reads a CSV file (semicolon or comma, header line with the {@link #COLUMNS} names). Good rows
     * are stored (a row with the same name and city as an existing service updates it); each bad
     * row is reported with its line number and reason and does not stop the others.
     */
    public ImportReport importCsv(Path file) throws IOException {
        session.require(Permission.SOCIAL_MAP_EDIT);
        if (Files.size(file) > MAX_IMPORT_BYTES) {
            return new ImportReport(0, 0, List.of(new ImportReport.Problem(0, "socialmap.import.error.tooBig")));
        }
        return importCsv(Csv.decode(Files.readAllBytes(file)).text());
    }

    /**
     * What an import of this file would read, before anything is stored: the encoding found, the
     * header, the first {@code limit} rows, how many rows there are and how many lines are unreadable.
     */
    public ImportPreview previewCsv(Path file, int limit) throws IOException {
        session.require(Permission.SOCIAL_MAP_EDIT);
        if (Files.size(file) > MAX_IMPORT_BYTES) {
            return new ImportPreview("", List.of(), List.of(), 0, 0, true);
        }
        Csv.Decoded decoded = Csv.decode(Files.readAllBytes(file));
        Csv.Parsed parsed = Csv.parse(decoded.text());
        List<Csv.Row> rows = parsed.rows();
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0).fields();
        List<List<String>> first = rows.stream().skip(1).limit(limit).map(Csv.Row::fields).toList();
        return new ImportPreview(decoded.charset().displayName(Locale.ROOT), header, first,
                Math.max(0, rows.size() - 1), parsed.badLines().size(), false);
    }

    ImportReport importCsv(String text) {
        session.require(Permission.SOCIAL_MAP_EDIT);
        List<ImportReport.Problem> problems = new ArrayList<>();
        Csv.Parsed parsed = Csv.parse(text);
        List<Csv.Row> rows = parsed.rows();
        for (int line : parsed.badLines()) {
            problems.add(new ImportReport.Problem(line, "socialmap.import.error.quote"));
        }
        if (rows.isEmpty()) {
            problems.add(0, new ImportReport.Problem(1, "socialmap.import.error.empty"));
            return new ImportReport(0, 0, problems);
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = rows.get(0).fields();
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        if (!header.containsKey("name")) {
            problems.add(0, new ImportReport.Problem(rows.get(0).line(), "socialmap.import.error.header"));
            return new ImportReport(0, 0, problems);
        }
        List<Csv.Row> data = rows.subList(1, rows.size());
        List<SocialService> good = new ArrayList<>();
        List<Integer> goodLines = new ArrayList<>();
        for (Csv.Row row : data) {
            try {
                good.add(validate(fromRow(row, header, names.size())));
                goodLines.add(row.line());
            } catch (RowException e) {
                problems.add(new ImportReport.Problem(row.line(), e.key, e.args));
            } catch (ValidationException e) {
                ValidationException.FieldError first = e.errors().values().iterator().next();
                problems.add(new ImportReport.Problem(row.line(), first.messageKey(), first.args()));
            }
        }
        int[] counts = database.transaction(tx -> {
            int added = 0;
            int updated = 0;
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (SocialService s : good) {
                Optional<Long> existing = repository.idByNameAndCity(tx, s.name(), s.city());
                if (existing.isPresent()) {
                    repository.update(tx, existing.get(), s, now);
                    updated++;
                } else {
                    repository.insert(tx, s, now);
                    added++;
                }
            }
            audit.record(tx, "SOCIAL_MAP_IMPORTED", AUDIT_ENTITY, null,
                    "added=" + added + ", updated=" + updated + ", refused=" + problems.size());
            return new int[] {added, updated};
        });
        problems.sort(java.util.Comparator.comparingInt(ImportReport.Problem::line));
        return new ImportReport(counts[0], counts[1], problems);
    }

    private static final class RowException extends RuntimeException {
        final String key;
        final Object[] args;

        RowException(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    private static SocialService fromRow(Csv.Row row, Map<String, Integer> header, int columns) {
        // Too few columns is as wrong as too many: the cells would land in the wrong fields.
        if (row.fields().size() != columns) {
            throw new RowException("socialmap.import.error.columns", row.fields().size(), columns);
        }
        String name = cell(row, header, "name");
        if (name == null) {
            throw new RowException("socialmap.error.nameRequired");
        }
        String kindText = cell(row, header, "kind");
        ServiceKind kind = ServiceKind.OTHER;
        if (kindText != null) {
            try {
                kind = ServiceKind.valueOf(kindText.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                throw new RowException("socialmap.import.error.kind", kindText);
            }
        }
        String region = cell(row, header, "region");
        if (region != null) {
            region = region.toUpperCase(Locale.ROOT);
            if (!Regions.ALL.contains(region)) {
                throw new RowException("socialmap.import.error.region", region);
            }
        }
        LocalDate verifiedOn = null;
        String dateText = cell(row, header, "last_verified_on");
        if (dateText != null) {
            verifiedOn = Formats.parseDate(dateText).orElseThrow(() ->
                    new RowException("socialmap.import.error.date", dateText));
        }
        Boolean interpreter = bool(cell(row, header, "interpreter"), null);
        Boolean crisis = bool(cell(row, header, "crisis_contact"), false);
        Boolean toVerify = bool(cell(row, header, "to_verify"), true);
        return new SocialService(null, name, kind, region, cell(row, header, "city"), cell(row, header, "languages"),
                cell(row, header, "target_groups"), cell(row, header, "how_to_refer"),
                cell(row, header, "waiting_time"), interpreter, cell(row, header, "cost"), cell(row, header, "phone"),
                cell(row, header, "email"), cell(row, header, "website"), cell(row, header, "address"),
                cell(row, header, "notes"), crisis, toVerify, verifiedOn, cell(row, header, "last_verified_by"),
                cell(row, header, "source"));
    }

    private static Boolean bool(String text, Boolean empty) {
        if (text == null) {
            return empty;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "ja", "j", "yes", "y", "true", "1", "oui", "o", "x" -> true;
            case "nee", "n", "no", "false", "0", "non" -> false;
            default -> throw new RowException("socialmap.import.error.yesNo", text);
        };
    }

    private static String cell(Csv.Row row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= row.fields().size()) {
            return null;
        }
        String value = row.fields().get(index).trim();
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1);
        }
        return value.isEmpty() ? null : value;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

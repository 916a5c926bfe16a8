package be.toppsy.desk.content;

import be.toppsy.desk.audit.AuditService;
import be.toppsy.desk.content.pack.ContentPack;
import be.toppsy.desk.content.pack.PackManifest;
import be.toppsy.desk.content.parse.ClasspathPackFiles;
import be.toppsy.desk.content.parse.ImportCheck;
import be.toppsy.desk.content.parse.MemoryPackFiles;
import be.toppsy.desk.content.parse.PackArchive;
import be.toppsy.desk.content.parse.PackFiles;
import be.toppsy.desk.content.parse.PackParser;
import be.toppsy.desk.security.CurrentUser;
import be.toppsy.desk.security.Permission;
import be.toppsy.desk.security.Session;
import be.toppsy.desk.storage.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active content pack, and importing a newer one. The bundled default pack is active until a
 * trainer or administrator imports another; an import is validated first, and an invalid pack or an
 * older version is refused without touching the active one.
 */
public final class ContentService {

    private static final Logger LOG = LoggerFactory.getLogger(ContentService.class);
    public static final String DEFAULT_PACK = "toppsy-default";
    public static final String AUDIT_ENTITY = "content_pack";

    private final Database database;
    private final ContentRepository repository;
    private final Session session;
    private final AuditService audit;
    private final Clock clock;
    private final PackFiles bundled;
    private final AtomicLong generations = new AtomicLong();
    private volatile ActivePack active;
    private volatile boolean loaded;

    public ContentService(Database database, ContentRepository repository, Session session, AuditService audit,
            Clock clock) {
        this(database, repository, session, audit, clock, new ClasspathPackFiles(DEFAULT_PACK));
    }

    /** @param bundled the pack used when none has been imported (the jar's default pack; tests pass another) */
    public ContentService(Database database, ContentRepository repository, Session session, AuditService audit,
            Clock clock, PackFiles bundled) {
        this.database = database;
        this.repository = repository;
        this.session = session;
        this.audit = audit;
        this.clock = clock;
        this.bundled = bundled;
    }

    /** The active pack, for reading; empty only when no valid pack exists at all. Loads on first use. */
    public Optional<ActivePack> active() {
        session.require(Permission.CONTENT_READ);
        return Optional.ofNullable(activeUnchecked());
    }

    /** The active pack's content, for reading. */
    public Optional<ContentPack> pack() {
        return active().map(ActivePack::pack);
    }

    /** Changes each time another pack becomes active; views compare it to know when to rebuild. */
    public long generation() {
        return loaded && active != null ? active.generation() : 0;
    }

    private ActivePack activeUnchecked() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    active = load();
                    loaded = true;
                }
            }
        }
        return active;
    }

    private ActivePack load() {
        long start = System.nanoTime();
        PackParser.Result fromJar = PackParser.load(bundled);
        if (!fromJar.valid()) {
            LOG.error("The bundled pack {} has problems: {}", bundled.description(), fromJar.errors());
        }
        Optional<ContentRepository.StoredPack> stored = repository.active(database.dsl());
        ActivePack chosen = null;
        if (stored.isPresent()) {
            ContentRepository.StoredPack row = stored.get();
            PackParser.Result imported = PackParser.load(new MemoryPackFiles(row.packId() + " " + row.version(),
                    repository.files(database.dsl(), row.rowId())));
            if (!imported.valid()) {
                LOG.warn("The imported pack {} {} no longer passes validation; using the bundled pack: {}",
                        row.packId(), row.version(), imported.errors());
            } else if (fromJar.valid() && fromJar.pack().get().id().equals(row.packId())
                    && fromJar.pack().get().version().isNewerThan(imported.pack().get().version())) {
                LOG.info("The bundled pack {} {} is newer than the imported {}", row.packId(),
                        fromJar.pack().get().version(), row.version());
            } else {
                chosen = new ActivePack(imported.pack().get(), ActivePack.Origin.IMPORTED, row.importedAt(),
                        imported.problems(), generations.incrementAndGet());
            }
        }
        if (chosen == null && fromJar.valid()) {
            chosen = new ActivePack(fromJar.pack().get(), ActivePack.Origin.BUNDLED, null, fromJar.problems(),
                    generations.incrementAndGet());
        }
        if (chosen != null) {
            LOG.info("Content pack {} {} loaded in {} ms", chosen.pack().id(), chosen.pack().version(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return chosen;
    }

    /** Reads and checks a pack (zip or folder) without importing it. */
    public ImportCheck check(Path path) {
        session.require(Permission.CONTENT_IMPORT);
        try {
            return check(PackArchive.read(path)).check();
        } catch (PackArchive.UnreadableException e) {
            return unreadable(e.reason());
        } catch (IOException e) {
            LOG.info("Could not read a pack to import", e);
            return unreadable("content.import.unreadable.io");
        }
    }

    private ImportCheck unreadable(String reason) {
        ActivePack current = activeUnchecked();
        return new ImportCheck(ImportCheck.Verdict.UNREADABLE, Optional.empty(),
                current == null ? null : current.pack().manifest(), List.of(), reason);
    }

    private record Checked(ImportCheck check, PackParser.Result result) {
    }

    private Checked check(MemoryPackFiles files) {
        PackParser.Result result = PackParser.load(files);
        ActivePack current = activeUnchecked();
        PackManifest activeManifest = current == null ? null : current.pack().manifest();
        Optional<PackManifest> candidate = result.pack().map(ContentPack::manifest);
        ImportCheck.Verdict verdict;
        if (!result.valid()) {
            verdict = ImportCheck.Verdict.INVALID;
        } else if (activeManifest == null) {
            verdict = ImportCheck.Verdict.NEWER_VERSION;
        } else if (!candidate.get().id().equals(activeManifest.id())) {
            verdict = ImportCheck.Verdict.OTHER_PACK;
        } else if (candidate.get().version().isNewerThan(activeManifest.version())) {
            verdict = ImportCheck.Verdict.NEWER_VERSION;
        } else {
            verdict = ImportCheck.Verdict.NOT_NEWER;
        }
        return new Checked(new ImportCheck(verdict, candidate, activeManifest, result.problems(), null), result);
    }

    /**
     * Imports a pack and makes it the active one, when it is valid and newer (or another pack).
     * Otherwise nothing changes; the returned check says why.
     */
    public ImportCheck importPack(Path path) {
        CurrentUser user = session.require(Permission.CONTENT_IMPORT);
        MemoryPackFiles files;
        try {
            files = PackArchive.read(path);
        } catch (PackArchive.UnreadableException e) {
            return unreadable(e.reason());
        } catch (IOException e) {
            LOG.info("Could not read a pack to import", e);
            return unreadable("content.import.unreadable.io");
        }
        Checked checked = check(files);
        if (!checked.check().importable()) {
            return checked.check();
        }
        ContentPack pack = checked.result().pack().orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String previous = checked.check().active() == null ? "none"
                : checked.check().active().id() + " " + checked.check().active().version();
        synchronized (this) {
            database.transactionWithoutResult(tx -> {
                long rowId = repository.insert(tx, pack.id(), pack.version().toString(), pack.manifest().title(),
                        files.all(), now, user.id());
                repository.activate(tx, rowId);
                audit.record(tx, "CONTENT_PACK_IMPORTED", AUDIT_ENTITY, String.valueOf(rowId),
                        "pack=" + pack.id() + " version=" + pack.version() + " replaces=" + previous);
            });
            active = new ActivePack(pack, ActivePack.Origin.IMPORTED, now, checked.result().problems(),
                    generations.incrementAndGet());
            loaded = true;
        }
        LOG.info("Imported content pack {} {}", pack.id(), pack.version());
        return checked.check();
    }

    /** Goes back to the pack bundled with the application; imported packs stay stored. */
    public void useBundledPack() {
        session.require(Permission.CONTENT_IMPORT);
        synchronized (this) {
            database.transactionWithoutResult(tx -> {
                repository.activate(tx, null);
                audit.record(tx, "CONTENT_PACK_RESET", AUDIT_ENTITY, null, "bundled pack active");
            });
            loaded = false;
            activeUnchecked();
        }
    }

    /** Every import, newest first. */
    public List<ContentRepository.StoredPack> history() {
        session.require(Permission.CONTENT_IMPORT);
        return repository.all(database.dsl());
    }
}

package be.toppsy.desk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the embedded database, as files in the data folder's {@value #FOLDER} folder.
 *
 * <p>A backup is one zip file holding the database file as H2's online {@code BACKUP TO} copies
 * it (consistent while the application runs, and still encrypted with the database key), the key
 * file of that moment (so the passwords and the recovery code of that moment open it), and a small
 * description. It is therefore exactly as protected as the database: restoring needs a password
 * that was valid then, or the recovery code.
 */
public final class BackupStore {

    private static final Logger LOG = LoggerFactory.getLogger(BackupStore.class);
    public static final String FOLDER = "backups";
    /** How many backups to keep (setting); older ones are removed after each new backup. */
    public static final String KEEP_SETTING = "backup.keep";
    public static final int DEFAULT_KEEP = 14;
    public static final int MIN_KEEP = 3;
    public static final int MAX_KEEP = 365;
    static final String DATABASE_ENTRY = DatabaseSettings.H2_FILE_NAME + DatabaseSettings.H2_FILE_SUFFIX;
    static final String KEYS_ENTRY = KeyVault.FILE_NAME;
    static final String INFO_ENTRY = "backup.properties";
    private static final String PREFIX = "toppsy-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Why a backup was made. */
    public enum Kind {
        DAILY, MANUAL, BEFORE_MIGRATION, BEFORE_RESTORE, BEFORE_ENCRYPTION, UNKNOWN;

        String fileTag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Kind fromTag(String tag) {
            for (Kind kind : values()) {
                if (kind.fileTag().equals(tag) || kind.name().equals(tag)) {
                    return kind;
                }
            }
            return UNKNOWN;
        }
    }

    /** One backup file. */
    public record Backup(Path path, Kind kind, Instant createdAt, long size, boolean encrypted) {
        public String fileName() {
            return path.getFileName().toString();
        }
    }

    private final DataFolder folder;
    private final KeyVault vault;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** @param vault the key file to put into each backup; null for a database the application does not encrypt */
    public BackupStore(DataFolder folder, KeyVault vault, Clock clock) {
        this.folder = folder;
        this.vault = vault;
        this.clock = clock;
    }

    public Path directory() {
        return folder.resolve(FOLDER);
    }

    // ----- making -----------------------------------------------------------------------------

    /** Makes a backup of the open database while it stays in use, then removes the oldest beyond the number to keep. */
    public synchronized Backup create(Database database, Kind kind) {
        Path directory = ensureDirectory();
        Path h2Zip = directory.resolve(".h2-" + randomId() + ".zip");
        try {
            String target = h2Zip.toAbsolutePath().toString().replace('\\', '/').replace("'", "''");
            database.dsl().execute("BACKUP TO '" + target + "'");
            Backup backup;
            try (ZipFile h2 = new ZipFile(h2Zip.toFile())) {
                ZipEntry entry = h2.stream().filter(e -> e.getName().endsWith(DatabaseSettings.H2_FILE_SUFFIX))
                        .findFirst().orElseThrow(() -> new IOException("H2 backup without a database file"));
                try (InputStream in = h2.getInputStream(entry)) {
                    backup = write(in, kind, schemaVersion(database));
                }
            }
            prune(keep(database));
            return backup;
        } catch (IOException e) {
            throw StorageException.fromIo(e, directory.toString());
        } catch (org.jooq.exception.DataAccessException e) {
            if (e.getCause() instanceof java.sql.SQLException sql) {
                StorageException translated = Database.translate(sql, null);
                throw translated.reason() == StorageException.Reason.CANNOT_CONNECT
                        ? new StorageException(StorageException.Reason.BACKUP_FAILED, directory.toString(), e)
                        : translated;
            }
            throw new StorageException(StorageException.Reason.BACKUP_FAILED, directory.toString(), e);
        } finally {
            deleteQuietly(h2Zip);
        }
    }

    /** Makes a backup from a closed database file (before converting it, say). */
    public synchronized Backup createFromFile(Path databaseFile, Kind kind) {
        ensureDirectory();
        try (InputStream in = Files.newInputStream(databaseFile)) {
            return write(in, kind, "");
        } catch (IOException e) {
            throw StorageException.fromIo(e, directory().toString());
        }
    }

    private Backup write(InputStream database, Kind kind, String schemaVersion) throws IOException {
        Instant now = clock.instant();
        String name = PREFIX + LocalDateTime.ofInstant(now, clock.getZone()).format(STAMP) + "-" + kind.fileTag();
        Path target = directory().resolve(name + ".zip");
        for (int i = 2; Files.exists(target); i++) {
            target = directory().resolve(name + "-" + i + ".zip");
        }
        Path part = directory().resolve("." + target.getFileName() + ".part");
        Properties info = new Properties();
        info.setProperty("format", "1");
        info.setProperty("created", now.toString());
        info.setProperty("kind", kind.name());
        info.setProperty("encrypted", String.valueOf(vault != null));
        info.setProperty("schemaVersion", schemaVersion);
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            if (vault != null) {
                zip.putNextEntry(new ZipEntry(KEYS_ENTRY));
                zip.write(vault.snapshotForBackup());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
            // The database's own digest goes into the description: a restore checks the file, not only the zip.
            java.security.DigestInputStream digested = new java.security.DigestInputStream(database,
                    BackupCheck.newDigest());
            long size = digested.transferTo(zip);
            zip.closeEntry();
            info.setProperty(BackupCheck.DATABASE_SIZE, String.valueOf(size));
            info.setProperty(BackupCheck.DATABASE_DIGEST, HexFormat.of().formatHex(digested.getMessageDigest().digest()));
            zip.putNextEntry(new ZipEntry(INFO_ENTRY));
            info.store(zip, "TOPPSY Desk backup");
            zip.closeEntry();
            zip.finish();
            zip.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        Backup backup = new Backup(target, kind, now, Files.size(target), vault != null);
        LOG.info("Backup made: {} ({} bytes)", target.getFileName(), backup.size());
        return backup;
    }

    private static String schemaVersion(Database database) {
        try {
            return Optional.ofNullable(database.dsl().resultQuery("select \"version\" from \"flyway_schema_history\""
                    + " where \"success\" order by \"installed_rank\" desc limit 1").fetchOne(0, String.class)).orElse("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    // ----- listing and keeping ----------------------------------------------------------------

    /** The backups in the data folder, newest first. */
    public List<Backup> list() {
        Path directory = directory();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(BackupStore::isBackupName).toList()) {
                describe(file).ifPresent(backups::add);
            }
        } catch (IOException e) {
            throw StorageException.fromIo(e, directory.toString());
        }
        backups.sort(Comparator.comparing(Backup::createdAt).reversed().thenComparing(Backup::fileName,
                Comparator.reverseOrder()));
        return backups;
    }

    public Optional<Backup> newest(Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return list().stream().filter(b -> wanted.isEmpty() || wanted.contains(b.kind())).findFirst();
    }

    /** Removes the oldest backups so that {@code keep} remain. */
    public synchronized void prune(int keep) {
        List<Backup> all = list();
        for (int i = Math.max(1, keep); i < all.size(); i++) {
            deleteQuietly(all.get(i).path());
            LOG.info("Old backup removed: {}", all.get(i).fileName());
        }
    }

    /** The number of backups to keep, from the settings. */
    public static int keep(Database database) {
        try {
            return new SettingsRepository().get(database.dsl(), KEEP_SETTING).map(v -> Integer.parseInt(v.trim()))
                    .map(v -> Math.max(MIN_KEEP, Math.min(MAX_KEEP, v))).orElse(DEFAULT_KEEP);
        } catch (RuntimeException e) {
            return DEFAULT_KEEP;
        }
    }

    private static boolean isBackupName(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".zip") && Files.isRegularFile(file);
    }

    private Optional<Backup> describe(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry infoEntry = zip.getEntry(INFO_ENTRY);
            if (infoEntry == null || zip.getEntry(DATABASE_ENTRY) == null) {
                return Optional.empty();
            }
            Properties info = new Properties();
            try (InputStream in = zip.getInputStream(infoEntry)) {
                info.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)));
            }
            Instant created = Instant.parse(info.getProperty("created"));
            return Optional.of(new Backup(file, Kind.fromTag(info.getProperty("kind", "")), created, Files.size(file),
                    Boolean.parseBoolean(info.getProperty("encrypted", "false"))));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Not a readable backup: {}", file.getFileName());
            return Optional.empty();
        }
    }

    // ----- checking, copying, restoring -------------------------------------------------------

    /**
     * Reads a backup through, checking every entry's checksum and its key file; refuses a file that
     * is not a whole backup. (Restoring checks more: see {@link #verify}.)
     */
    public Backup check(Path file) {
        Optional<Backup> backup = Files.isRegularFile(file) ? describe(file) : Optional.empty();
        if (backup.isEmpty()) {
            throw new StorageException(StorageException.Reason.BACKUP_UNREADABLE, file.getFileName().toString(), null);
        }
        BackupCheck.unpack(file, workFolder()).close();
        return backup.get();
    }

    /**
     * Verifies a backup in full before it may replace anything: every entry's checksum, then its
     * database opened in a folder of its own with the backup's key and every table read. The key
     * comes from the backup's own key file with {@code credential}, or, when that is null, is the
     * key open now (a backup of this installation, restored from inside). The caller closes the
     * result, which removes the unpacked copy.
     */
    public synchronized BackupCheck.Unpacked verify(Path file, BackupCredential credential) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException(StorageException.Reason.BACKUP_UNREADABLE, file.getFileName().toString(), null);
        }
        ensureDirectory();
        BackupCheck.Unpacked unpacked = BackupCheck.unpack(file, workFolder());
        try {
            DatabaseKey key = null;
            if (unpacked.encrypted()) {
                key = credential != null ? KeyVault.unlockBackup(unpacked.keys(), credential).orElseThrow(
                        () -> new StorageException(StorageException.Reason.BACKUP_LOCKED, file.getFileName().toString(),
                                null))
                        : openKey(file);
            }
            BackupCheck.open(unpacked, key);
            return unpacked;
        } catch (RuntimeException e) {
            unpacked.close();
            throw e;
        }
    }

    private DatabaseKey openKey(Path file) {
        if (vault == null || !vault.isOpen()) {
            throw new StorageException(StorageException.Reason.BACKUP_LOCKED, file.getFileName().toString(), null);
        }
        return vault.key();
    }

    private Path workFolder() {
        return directory().resolve(".verify-" + randomId());
    }

    /** Copies a backup to another place (a USB stick); the copy is as protected as the original. */
    public Path copyTo(Backup backup, Path target) {
        Path destination = Files.isDirectory(target) ? target.resolve(backup.fileName()) : target;
        Path part = destination.resolveSibling(destination.getFileName() + ".part");
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            try (InputStream in = Files.newInputStream(backup.path())) {
                in.transferTo(Channels.newOutputStream(out));
            }
            out.force(true);
        } catch (IOException e) {
            deleteQuietly(part);
            throw StorageException.fromIo(e, destination.getParent() == null ? destination.toString()
                    : destination.getParent().toString());
        }
        try {
            Files.move(part, destination, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(part);
            throw StorageException.fromIo(e, destination.toString());
        }
        return destination;
    }

    /** Verifies a backup (see {@link #verify}), then puts it in place; a refused backup changes nothing. */
    public synchronized void restore(Path file, boolean keepCurrentAside, BackupCredential credential) {
        try (BackupCheck.Unpacked verified = verify(file, credential)) {
            restore(verified, keepCurrentAside);
        }
    }

    /**
     * Puts a verified backup in place of the database (which must be closed) and its key file in
     * place of the key file. With {@code keepCurrentAside}, the current database file is first
     * moved into the backups folder instead of being overwritten.
     */
    public synchronized void restore(BackupCheck.Unpacked verified, boolean keepCurrentAside) {
        Path database = DatabaseSettings.h2File(folder.path());
        Path incoming = database.resolveSibling(DATABASE_ENTRY + ".restoring");
        try {
            // The very bytes that were opened and read, not the zip read a second time.
            Files.move(verified.database(), incoming, StandardCopyOption.REPLACE_EXISTING);
            if (keepCurrentAside && Files.exists(database)) {
                Path aside = ensureDirectory().resolve("replaced-"
                        + LocalDateTime.now(clock).format(STAMP) + "-" + DATABASE_ENTRY);
                Files.move(database, aside);
                LOG.info("The database file that was replaced is kept as {}", aside);
            }
            Files.move(incoming, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (verified.keys() != null && vault != null) {
                vault.replaceFromBackup(verified.keys());
            }
            LOG.info("Backup restored: {}", verified.file().getFileName());
        } catch (IOException e) {
            deleteQuietly(incoming);
            throw StorageException.fromIo(e, folder.path().toString());
        }
    }

    /**
     * Puts only the key file of a verified backup in place (the database file is there, its key
     * file is lost or damaged), once its key is seen to open the database that stays.
     */
    public synchronized void restoreKeys(Path file, BackupCredential credential) {
        try (BackupCheck.Unpacked verified = verify(file, credential)) {
            if (verified.keys() == null || vault == null || credential == null) {
                throw new StorageException(StorageException.Reason.BACKUP_UNREADABLE, file.getFileName().toString(),
                        null);
            }
            DatabaseKey key = KeyVault.unlockBackup(verified.keys(), credential).orElseThrow();
            DatabaseSettings current = DatabaseSettings.encryptedH2(folder.path(), key);
            try (Database open = Database.openAsIs(new DatabaseSettings(current.url() + ";IFEXISTS=TRUE",
                    current.user(), current.password()))) {
                open.holdsData();
            }
            vault.replaceFromBackup(verified.keys());
        }
    }

    private Path ensureDirectory() {
        Path directory = directory();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw StorageException.fromIo(e, directory.toString(), StorageException.Reason.FOLDER_NOT_WRITABLE);
        }
        return directory;
    }

    private String randomId() {
        byte[] id = new byte[4];
        random.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", file, e);
        }
    }
}

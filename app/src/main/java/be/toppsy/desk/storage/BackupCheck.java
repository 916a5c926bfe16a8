package be.toppsy.desk.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup read through before it may replace anything: every entry's checksum (through
 * {@link ZipInputStream}, which checks CRCs; {@code ZipFile} does not), then its database opened in a
 * folder of its own with the backup's key and every table read. Anything wrong refuses the backup
 * with its file name; nothing in the data folder is touched.
 */
public final class BackupCheck {

    private static final Logger LOG = LoggerFactory.getLogger(BackupCheck.class);
    private static final int SMALL_ENTRY_LIMIT = 1 << 20;
    private static final Set<String> ENTRIES = Set.of(BackupStore.INFO_ENTRY, BackupStore.KEYS_ENTRY,
            BackupStore.DATABASE_ENTRY);

    /** A backup's entries unpacked in {@code folder}: the database file there, the small ones in memory. */
    public record Unpacked(Path file, Path folder, Properties info, byte[] keys) implements AutoCloseable {

        Path database() {
            return DatabaseSettings.h2File(folder);
        }

        boolean encrypted() {
            return Boolean.parseBoolean(info.getProperty("encrypted", "false"));
        }

        /** Removes the unpacked copy. */
        @Override
        public void close() {
            deleteTree(folder);
        }
    }

    /** In the description: the database entry's size and SHA-256, written when the backup was made. */
    static final String DATABASE_SIZE = "databaseSize";
    static final String DATABASE_DIGEST = "databaseSha256";

    private BackupCheck() {
    }

    static java.security.MessageDigest newDigest() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads every entry through, checking its CRC; unpacks the database into {@code folder}. */
    static Unpacked unpack(Path file, Path folder) {
        Map<String, byte[]> small = new HashMap<>();
        boolean database = false;
        java.security.MessageDigest digest = newDigest();
        long size = 0;
        try {
            Files.createDirectories(folder);
            try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    String name = entry.getName();
                    if (!ENTRIES.contains(name) || small.containsKey(name) || (database && isDatabase(name))) {
                        throw refused(file, "unexpected or repeated entry " + name, null);
                    }
                    CheckedInputStream in = new CheckedInputStream(zip, new CRC32());
                    if (isDatabase(name)) {
                        size = copy(new java.security.DigestInputStream(in, digest), DatabaseSettings.h2File(folder));
                        database = true;
                    } else {
                        byte[] bytes = in.readNBytes(SMALL_ENTRY_LIMIT + 1);
                        if (bytes.length > SMALL_ENTRY_LIMIT) {
                            throw refused(file, "entry too large: " + name, null);
                        }
                        small.put(name, bytes);
                    }
                    // ZipInputStream has checked the CRC at the entry's end; the header's value must agree too.
                    if (entry.getCrc() != -1 && entry.getCrc() != in.getChecksum().getValue()) {
                        throw refused(file, "checksum of " + name, null);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(folder);
            throw e instanceof StorageException s ? s : refused(file, "unreadable", e);
        }
        Properties info = new Properties();
        try {
            if (!database || !small.containsKey(BackupStore.INFO_ENTRY)) {
                throw refused(file, "an entry is missing", null);
            }
            info.load(new StringReader(new String(small.get(BackupStore.INFO_ENTRY), StandardCharsets.ISO_8859_1)));
            String expected = info.getProperty(DATABASE_DIGEST);
            // Backups made before the digest was recorded have only the zip's CRCs and the opening below.
            if (expected != null && (!expected.equals(java.util.HexFormat.of().formatHex(digest.digest()))
                    || !String.valueOf(size).equals(info.getProperty(DATABASE_SIZE)))) {
                throw refused(file, "the database is not the one backed up", null);
            }
            Unpacked unpacked = new Unpacked(file, folder, info, small.get(BackupStore.KEYS_ENTRY));
            if (unpacked.encrypted() && (unpacked.keys() == null || !KeyVault.looksLikeKeyFile(unpacked.keys()))) {
                throw refused(file, "no whole key file", null);
            }
            return unpacked;
        } catch (IOException | RuntimeException e) {
            deleteTree(folder);
            throw e instanceof StorageException s ? s : refused(file, "unreadable description", e);
        }
    }

    /**
     * Opens the unpacked database with its key (null when the backup is not encrypted), refuses a
     * newer schema, and reads every table.
     */
    static void open(Unpacked unpacked, DatabaseKey key) {
        DatabaseSettings plain = key == null ? DatabaseSettings.embeddedH2(unpacked.folder())
                : DatabaseSettings.encryptedH2(unpacked.folder(), key);
        DatabaseSettings settings = new DatabaseSettings(plain.url() + ";IFEXISTS=TRUE", plain.user(),
                plain.password());
        String name = unpacked.file().getFileName().toString();
        try (Database database = Database.openAsIs(settings)) {
            if (!database.holdsData()) {
                throw refused(unpacked.file(), "no tables", null);
            }
            database.refuseNewer();
            database.readEverything();
        } catch (StorageException e) {
            throw switch (e.reason()) {
                case BACKUP_UNREADABLE -> e;
                case NEWER_VERSION -> new StorageException(StorageException.Reason.BACKUP_NEWER_VERSION, name, e);
                case WRONG_KEY -> new StorageException(StorageException.Reason.BACKUP_LOCKED, name, e);
                case DISK_FULL -> e;
                default -> refused(unpacked.file(), "does not open", e);
            };
        } catch (RuntimeException e) {
            throw refused(unpacked.file(), "does not open", e);
        }
    }

    private static boolean isDatabase(String name) {
        return BackupStore.DATABASE_ENTRY.equals(name);
    }

    private static long copy(InputStream in, Path target) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream stream = Channels.newOutputStream(out);
            long size = in.transferTo(stream);
            stream.flush();
            out.force(true);
            return size;
        }
    }

    private static StorageException refused(Path file, String why, Throwable cause) {
        LOG.warn("Backup refused: {} ({})", file.getFileName(), why);
        return new StorageException(StorageException.Reason.BACKUP_UNREADABLE, file.getFileName().toString(), cause);
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}", folder, e);
        }
    }
}

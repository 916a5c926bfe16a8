package be.toppsy.desk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts a database from a version before encryption, once, at the first start after the
 * upgrade. No one needs to log in for it: every active account gets a first copy of the new
 * database key made from its stored password hash (the same PBKDF2 derivation), so everyone logs in
 * as before; that copy is replaced by an ordinary one at the user's first login.
 *
 * <p>Crash-safe by order: the encrypted copy is made and checked in a side folder, the key file is
 * written, an (encrypted) backup is taken, and only then does the encrypted file replace the old
 * one in a single rename. Interrupted anywhere before that rename, the old file is untouched and
 * the next start simply converts again.
 */
public final class PlainDatabaseConversion {

    private static final Logger LOG = LoggerFactory.getLogger(PlainDatabaseConversion.class);
    static final String WORK_FOLDER = "converting";

    private PlainDatabaseConversion() {
    }

    /**
     * @param readPasswords reads the active accounts' password hashes from the (unencrypted, not yet migrated) database
     */
    public static void run(DataFolder folder, KeyVault vault, BackupStore backups, Clock clock,
            Function<Database, List<KeyVault.ConvertedPassword>> readPasswords) {
        long start = System.nanoTime();
        Path database = DatabaseSettings.h2File(folder.path());
        Path work = folder.resolve(WORK_FOLDER);
        try {
            deleteTree(work);
            if (vault.exists()) {
                // An earlier attempt wrote its key file but never put the encrypted file in place.
                String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
                Files.move(vault.file(), vault.file().resolveSibling(KeyVault.FILE_NAME + ".unused-" + stamp));
            }
            Map<String, Long> counts;
            List<KeyVault.ConvertedPassword> passwords;
            try (Database plain = Database.openAsIs(DatabaseSettings.embeddedH2(folder.path()))) {
                passwords = readPasswords.apply(plain);
                counts = rowCounts(plain);
            }
            Files.createDirectories(work);
            Path copy = DatabaseSettings.h2File(work);
            Files.copy(database, copy);
            vault.generate();
            ChangeFileEncryption.execute(work.toString(), DatabaseSettings.H2_FILE_NAME, "AES", null,
                    vault.key().filePassword(), true);
            try (Database encrypted = Database.openAsIs(DatabaseSettings.encryptedH2(work, vault.key()))) {
                Map<String, Long> after = rowCounts(encrypted);
                if (!after.equals(counts)) {
                    throw new StorageException(StorageException.Reason.MIGRATION_FAILED, "", null);
                }
            }
            vault.writeNew(false, passwords);
            backups.createFromFile(copy, BackupStore.Kind.BEFORE_ENCRYPTION);
            Files.move(copy, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(work);
            Files.deleteIfExists(folder.resolve(DatabaseSettings.H2_FILE_NAME + ".trace.db"));
        } catch (IOException | java.sql.SQLException e) {
            vault.lock();
            throw StorageException.fromIo(e instanceof IOException io ? io : new IOException(e), folder.path().toString(),
                    StorageException.Reason.MIGRATION_FAILED);
        } catch (RuntimeException e) {
            vault.lock();
            throw e;
        }
        LOG.info("Database encrypted in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static Map<String, Long> rowCounts(Database database) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> tables = database.dsl().resultQuery("select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name").fetch(0, String.class);
        for (String table : tables) {
            counts.put(table, database.dsl().resultQuery("select count(*) from \"" + table.replace("\"", "\"\"") + "\"")
                    .fetchOne(0, Long.class));
        }
        return counts;
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

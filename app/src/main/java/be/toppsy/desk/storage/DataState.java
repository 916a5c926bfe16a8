package be.toppsy.desk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the data folder holds at start, read from the files alone (the database cannot be opened
 * before a login): nothing yet, a database from before encryption, an encrypted database with
 * its key file, or one of the two without the other.
 */
public enum DataState {
    /** No database and no key file: first run. */
    EMPTY,
    /** First-run setup started but never created an account; safe to start over. */
    UNFINISHED_SETUP,
    /** A database from before encryption, to convert. */
    PLAIN,
    /** An encrypted database and its key file: ask for a login. */
    ENCRYPTED,
    /** A key file without its database: the database file was lost or moved. */
    DATABASE_MISSING,
    /** An encrypted database without its key file. */
    KEYS_MISSING,
    /** An encrypted database with a damaged or half-written key file. */
    KEYS_DAMAGED,
    /** A database file that is neither a plain nor an encrypted H2 file. */
    UNREADABLE;

    private static final Logger LOG = LoggerFactory.getLogger(DataState.class);
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    /**
     * Looks at the folder's files. Refuses with {@code IN_USE} when another copy of the
     * application holds the database, and {@code FOLDER_NOT_WRITABLE} when it cannot be written.
     */
    public static DataState inspect(DataFolder folder) {
        Path database = DatabaseSettings.h2File(folder.path());
        boolean keys = Files.exists(folder.resolve(KeyVault.FILE_NAME));
        boolean data = Files.exists(database);
        if (data) {
            refuseWhenInUse(database);
        }
        if (!data) {
            if (!keys) {
                return EMPTY;
            }
            return isWholeKeyFile(folder) && isUnfinishedSetup(folder) ? UNFINISHED_SETUP : DATABASE_MISSING;
        }
        byte[] header = header(database);
        if (startsWith(header, PLAIN_HEADER)) {
            // With a key file as well, a conversion was interrupted before the encrypted file took its place.
            return PLAIN;
        }
        if (!startsWith(header, ENCRYPTED_HEADER)) {
            return UNREADABLE;
        }
        if (!keys) {
            return KEYS_MISSING;
        }
        if (!isWholeKeyFile(folder)) {
            return KEYS_DAMAGED;
        }
        return isUnfinishedSetup(folder) ? UNFINISHED_SETUP : ENCRYPTED;
    }

    private static boolean isWholeKeyFile(DataFolder folder) {
        return KeyVault.in(folder, KeyVault.Strength.DEFAULT, Clock.systemUTC()).isWhole();
    }

    private static boolean isUnfinishedSetup(DataFolder folder) {
        return KeyVault.in(folder, KeyVault.Strength.DEFAULT, Clock.systemUTC()).isUnfinishedSetup();
    }

    /**
     * Removes what an unfinished first-run setup left behind (an empty database and a key file
     * without copies), keeping them aside in the backups folder rather than deleting them.
     */
    public static void discardUnfinishedSetup(DataFolder folder, Clock clock) {
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = folder.resolve(BackupStore.FOLDER).resolve("unfinished-setup-" + stamp);
        try {
            Files.createDirectories(aside);
            for (Path file : new Path[] {DatabaseSettings.h2File(folder.path()), folder.resolve(KeyVault.FILE_NAME),
                folder.resolve(DatabaseSettings.H2_FILE_NAME + ".trace.db")}) {
                if (Files.exists(file)) {
                    Files.move(file, aside.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw StorageException.fromIo(e, folder.path().toString(), StorageException.Reason.FOLDER_NOT_WRITABLE);
        }
        LOG.info("Set aside an unfinished first-run setup in {}", aside);
    }

    private static void refuseWhenInUse(Path database) {
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new StorageException(StorageException.Reason.IN_USE, database.toString(), null);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new StorageException(StorageException.Reason.IN_USE, database.toString(), e);
        } catch (IOException e) {
            throw StorageException.fromIo(e, database.getParent().toString(), StorageException.Reason.FOLDER_NOT_WRITABLE);
        }
    }

    private static byte[] header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        } catch (IOException e) {
            throw StorageException.fromIo(e, file.toString(), StorageException.Reason.DAMAGED);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

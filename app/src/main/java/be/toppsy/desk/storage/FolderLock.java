package be.toppsy.desk.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The operating system's lock on a data folder ({@value #FILE_NAME}): one process holds it from
 * its start to its exit, so a second copy of the application is refused before it reads or writes
 * anything, at any moment (a check "is it in use?" at start alone is not a lock). Within one process
 * the lock is taken once and shared; the OS drops it when the process ends, even after a hard kill.
 */
public final class FolderLock {

    public static final String FILE_NAME = "toppsy.lock";
    private static final Map<Path, FileLock> HELD = new HashMap<>();

    private FolderLock() {
    }

    /**
     * Takes the folder's lock for this process, or confirms that this process holds it already;
     * {@code IN_USE} when another process holds it.
     */
    public static synchronized void acquire(DataFolder folder) {
        Path key = key(folder);
        FileLock held = HELD.get(key);
        if (held != null && held.isValid()) {
            return;
        }
        HELD.remove(key);
        Path file = key.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(key);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StorageException(StorageException.Reason.IN_USE, key.toString(), null);
            }
            HELD.put(key, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StorageException(StorageException.Reason.IN_USE, key.toString(), e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StorageException.fromIo(e, key.toString(), StorageException.Reason.FOLDER_NOT_WRITABLE);
        }
    }

    /** True when this process holds the folder. */
    public static synchronized boolean isHeld(DataFolder folder) {
        FileLock held = HELD.get(key(folder));
        return held != null && held.isValid();
    }

    /** Lets the folder go: only at exit (and in tests that stand for a restart). */
    public static synchronized void release(DataFolder folder) {
        FileLock held = HELD.remove(key(folder));
        if (held != null) {
            closeQuietly(held.acquiredBy());
        }
    }

    private static Path key(DataFolder folder) {
        return folder.path().toAbsolutePath().normalize();
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases the lock; nothing else can be done here.
        }
    }
}

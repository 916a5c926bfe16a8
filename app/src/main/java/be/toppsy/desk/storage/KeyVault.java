package be.toppsy.desk.storage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The key file ({@value #FILE_NAME}) beside the database, and the database key while it is open.
 *
 * <p>The database key is random and never written in clear. The file holds copies of it, each
 * wrapped with AES-256-GCM under a key derived (PBKDF2-HMAC-SHA256, own salt) from one user's
 * password, plus one copy wrapped under the recovery code. A login unwraps the user's copy; a
 * wrong password or an unknown name simply fails to unwrap. The file also keeps, per name (as a
 * hash, never the typed name), the failed attempts made while the database was closed, and notes
 * for the audit trail written at that time, encrypted with a public key whose private half is
 * itself wrapped under the database key.
 *
 * <p>Every change rewrites the whole file atomically under the data folder's lock (see
 * {@link KeyFile}), so a crash leaves either the old or the new file.
 */
public final class KeyVault implements KeyCopies {

    public static final String FILE_NAME = "keys.properties";
    private static final String FORMAT = "1";
    private static final String COPY = "copy.";
    private static final String THROTTLE = "throttle.";
    private static final String NOTE = "note.";
    private static final int MAX_NOTES = 500;
    private static final Duration FORGET_FAILURES_AFTER = Duration.ofDays(1);
    private static final String KIND_PASSWORD = "p";
    private static final String KIND_CONVERTED = "h";

    /** PBKDF2 iterations; tests use fewer, the algorithm stays the same. */
    public record Strength(int passwordIterations, int recoveryIterations) {
        /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the recovery code has 150 random bits and needs fewer. */
        public static final Strength DEFAULT = new Strength(600_000, 100_000);
        public static final Strength FAST_FOR_TESTS = new Strength(1_000, 1_000);
    }

    /** An account's stored password hash from before encryption, to make that user's first copy from. */
    public record ConvertedPassword(String username, byte[] salt, int iterations, byte[] hash) {
    }

    /** Failed attempts for one name while the database was closed. */
    public record Failures(int count, Instant last) {
        public static final Failures NONE = new Failures(0, null);
    }

    /** A line for the audit trail that was written while the database was closed. */
    public record Note(Instant at, String actorName, String action, String entityType, String entityId,
            String details) {
    }

    private final KeyFile keyFile;
    private final Strength strength;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private DatabaseKey key;

    private KeyVault(KeyFile keyFile, Strength strength, Clock clock) {
        this.keyFile = keyFile;
        this.strength = strength;
        this.clock = clock;
    }

    public static KeyVault in(DataFolder folder, Strength strength, Clock clock) {
        return new KeyVault(new KeyFile(folder, FILE_NAME), strength, clock);
    }

    public Path file() {
        return keyFile.path();
    }

    public boolean exists() {
        return keyFile.exists();
    }

    /** False when the key file is there but damaged or half-written. */
    public boolean isWhole() {
        return keyFile.isWhole();
    }

    public synchronized boolean isOpen() {
        return key != null;
    }

    /** The open key, for the database connection settings. */
    synchronized DatabaseKey key() {
        if (key == null) {
            throw new IllegalStateException("The database key is not unlocked");
        }
        return key;
    }

    // ----- creating -------------------------------------------------------------------------

    /** Generates a new database key and holds it open; nothing is written yet. */
    public synchronized void generate() {
        lock();
        key = DatabaseKey.generate(random);
    }

    /**
     * Writes a new key file for the open key: marked unfinished until {@link #markReady()} when
     * {@code setup}, and with copies made from existing password hashes when converting.
     */
    public synchronized void writeNew(boolean setup, List<ConvertedPassword> converted) {
        DatabaseKey open = key();
        Map<String, String> entries = new TreeMap<>();
        entries.put("format", FORMAT);
        entries.put("state", setup ? "setup" : "ready");
        KeyPair notes = KeyCrypto.newNoteKeys();
        entries.put("notes.public", KeyCrypto.b64(notes.getPublic().getEncoded()));
        entries.put("notes.private", KeyCrypto.b64(KeyCrypto.seal(open.bytes(), notes.getPrivate().getEncoded(),
                "toppsy-notes-private", random)));
        for (ConvertedPassword password : converted) {
            String name = normalise(password.username());
            byte[] sealed = KeyCrypto.seal(password.hash(), open.bytes(), copyLabel(name), random);
            entries.put(COPY + name + "." + newId(), KIND_CONVERTED + "$" + password.iterations() + "$"
                    + KeyCrypto.b64(password.salt()) + "$" + KeyCrypto.b64(sealed));
        }
        save(entries);
    }

    public synchronized void markReady() {
        Map<String, String> entries = load();
        entries.put("state", "ready");
        save(entries);
    }

    /** True when first-run setup started but never finished (no account was ever created). */
    public boolean isUnfinishedSetup() {
        return "setup".equals(load().get("state"));
    }

    // ----- unlocking ------------------------------------------------------------------------

    /**
     * Tries to unwrap the user's copy of the database key with this password. Takes as long for an
     * unknown name as for a known one.
     */
    public synchronized boolean unlock(String username, char[] password) {
        String name = normalise(username);
        List<String[]> copies = copiesOf(load(), name).values().stream().map(v -> v.split("\\$")).toList();
        if (copies.isEmpty()) {
            KeyCrypto.derive(password, new byte[KeyCrypto.SALT_BYTES], strength.passwordIterations());
            return false;
        }
        for (String[] copy : copies) {
            Optional<byte[]> opened = openCopy(copy, password, copyLabel(name));
            if (opened.isPresent()) {
                lock();
                key = DatabaseKey.of(opened.get());
                return true;
            }
        }
        return false;
    }

    public synchronized boolean unlockWithRecoveryCode(String typedCode) {
        Optional<byte[]> opened = openRecovery(load().get("recovery"), typedCode);
        opened.ifPresent(bytes -> {
            lock();
            key = DatabaseKey.of(bytes);
        });
        return opened.isPresent();
    }

    /**
     * The database key in a backup's key file, unlocked with a password of that time or (blank
     * username) the recovery code of that time; nothing is kept open.
     */
    static Optional<DatabaseKey> unlockBackup(byte[] keyFile, BackupCredential credential) {
        Map<String, String> entries = KeyFile.read(keyFile).orElse(Map.of());
        String name = normalise(credential.username());
        if (!name.isEmpty()) {
            for (String copy : copiesOf(entries, name).values()) {
                Optional<byte[]> opened = openCopy(copy.split("\\$"), credential.secret(), copyLabel(name));
                if (opened.isPresent()) {
                    return opened.map(DatabaseKey::of);
                }
            }
            return Optional.empty();
        }
        return openRecovery(entries.get("recovery"), new String(credential.secret())).map(DatabaseKey::of);
    }

    private static Optional<byte[]> openRecovery(String recovery, String typedCode) {
        Optional<String> code = RecoveryCode.normalise(typedCode);
        if (code.isEmpty() || recovery == null) {
            return Optional.empty();
        }
        String[] parts = recovery.split("\\$");
        try {
            byte[] kek = KeyCrypto.derive(code.get().toCharArray(), KeyCrypto.unb64(parts[1]),
                    Integer.parseInt(parts[0]));
            return KeyCrypto.open(kek, KeyCrypto.unb64(parts[2]), "toppsy-db-key:recovery");
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Forgets the open key. */
    public synchronized void lock() {
        if (key != null) {
            key.destroy();
            key = null;
        }
    }

    private static Optional<byte[]> openCopy(String[] copy, char[] password, String label) {
        if (copy.length != 4) {
            return Optional.empty();
        }
        try {
            byte[] kek = KeyCrypto.derive(password, KeyCrypto.unb64(copy[2]), Integer.parseInt(copy[1]));
            return KeyCrypto.open(kek, KeyCrypto.unb64(copy[3]), label);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ----- copies per user --------------------------------------------------------------------

    @Override
    public synchronized String add(String username, char[] password) {
        DatabaseKey open = key();
        String name = normalise(username);
        byte[] salt = new byte[KeyCrypto.SALT_BYTES];
        random.nextBytes(salt);
        int iterations = strength.passwordIterations();
        byte[] kek = KeyCrypto.derive(password, salt, iterations);
        byte[] sealed = KeyCrypto.seal(kek, open.bytes(), copyLabel(name), random);
        Arrays.fill(kek, (byte) 0);
        String id = newId();
        Map<String, String> entries = load();
        entries.put(COPY + name + "." + id, KIND_PASSWORD + "$" + iterations + "$" + KeyCrypto.b64(salt) + "$"
                + KeyCrypto.b64(sealed));
        save(entries);
        return id;
    }

    @Override
    public synchronized void keepOnly(String username, String copyId) {
        Map<String, String> entries = load();
        copiesOf(entries, normalise(username)).keySet().stream().filter(k -> !k.endsWith("." + copyId))
                .forEach(entries::remove);
        save(entries);
    }

    @Override
    public synchronized void remove(String username, String copyId) {
        Map<String, String> entries = load();
        if (entries.remove(COPY + normalise(username) + "." + copyId) != null) {
            save(entries);
        }
    }

    @Override
    public synchronized void removeAll(String username) {
        Map<String, String> entries = load();
        copiesOf(entries, normalise(username)).keySet().forEach(entries::remove);
        save(entries);
    }

    @Override
    public synchronized boolean needsNewCopy(String username) {
        Map<String, String> copies = copiesOf(load(), normalise(username));
        return copies.isEmpty() || copies.values().stream().allMatch(v -> v.startsWith(KIND_CONVERTED + "$"));
    }

    /** The names that have at least one copy. */
    public synchronized List<String> usersWithCopies() {
        return load().keySet().stream().filter(k -> k.startsWith(COPY))
                .map(k -> k.substring(COPY.length(), k.lastIndexOf('.'))).distinct().toList();
    }

    private static Map<String, String> copiesOf(Map<String, String> entries, String name) {
        Map<String, String> copies = new TreeMap<>();
        entries.forEach((k, v) -> {
            if (k.startsWith(COPY) && k.lastIndexOf('.') > COPY.length()
                    && k.substring(COPY.length(), k.lastIndexOf('.')).equals(name)) {
                copies.put(k, v);
            }
        });
        return copies;
    }

    private static String copyLabel(String name) {
        return "toppsy-db-key:copy:" + name;
    }

    // ----- recovery code -------------------------------------------------------------------------

    public synchronized boolean hasRecoveryCode() {
        return load().containsKey("recovery");
    }

    /**
     * Makes a new recovery code for the open key and returns it, to be shown once; the copy under
     * the previous code is replaced.
     */
    public synchronized String newRecoveryCode() {
        DatabaseKey open = key();
        String code = RecoveryCode.generate(random);
        byte[] salt = new byte[KeyCrypto.SALT_BYTES];
        random.nextBytes(salt);
        int iterations = strength.recoveryIterations();
        byte[] kek = KeyCrypto.derive(code.toCharArray(), salt, iterations);
        byte[] sealed = KeyCrypto.seal(kek, open.bytes(), "toppsy-db-key:recovery", random);
        Map<String, String> entries = load();
        entries.put("recovery", iterations + "$" + KeyCrypto.b64(salt) + "$" + KeyCrypto.b64(sealed));
        save(entries);
        return RecoveryCode.format(code);
    }

    // ----- failed attempts while the database is closed ----------------------------------------

    public synchronized Failures failures(String username) {
        String value = load().get(THROTTLE + nameHash(username));
        if (value == null) {
            return Failures.NONE;
        }
        String[] parts = value.split("\\$");
        try {
            return new Failures(Integer.parseInt(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])));
        } catch (RuntimeException e) {
            return Failures.NONE;
        }
    }

    public synchronized void recordFailure(String username) {
        Failures before = failures(username);
        Map<String, String> entries = load();
        Instant now = clock.instant();
        entries.entrySet().removeIf(e -> e.getKey().startsWith(THROTTLE) && isOld(e.getValue(), now));
        entries.put(THROTTLE + nameHash(username), (before.count() + 1) + "$" + now.toEpochMilli());
        save(entries);
    }

    public synchronized void clearFailures(String username) {
        Map<String, String> entries = load();
        if (entries.remove(THROTTLE + nameHash(username)) != null) {
            save(entries);
        }
    }

    private static boolean isOld(String value, Instant now) {
        try {
            Instant last = Instant.ofEpochMilli(Long.parseLong(value.split("\\$")[1]));
            return last.plus(FORGET_FAILURES_AFTER).isBefore(now);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Typed names are kept only as a hash: people type passwords into the name field. */
    private static String nameHash(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("toppsy-throttle:" + normalise(username)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ----- notes for the audit trail ----------------------------------------------------------

    /** Keeps a line for the audit trail until the database is next opened; readable only with the database key. */
    public synchronized void addNote(Note note) {
        Map<String, String> entries = load();
        String publicKey = entries.get("notes.public");
        if (publicKey == null) {
            return;
        }
        String payload = note.at().toEpochMilli() + "\n" + clean(note.actorName()) + "\n" + clean(note.action()) + "\n"
                + clean(note.entityType()) + "\n" + clean(note.entityId()) + "\n" + clean(note.details());
        entries.put(NOTE + String.format(Locale.ROOT, "%015d", note.at().toEpochMilli()) + "-" + newId(),
                KeyCrypto.encryptNote(KeyCrypto.publicKey(KeyCrypto.unb64(publicKey)), payload, random));
        List<String> notes = entries.keySet().stream().filter(k -> k.startsWith(NOTE)).sorted().toList();
        for (int i = 0; i < notes.size() - MAX_NOTES; i++) {
            entries.remove(notes.get(i));
        }
        save(entries);
    }

    /** The notes written while the database was closed, oldest first; they are removed from the file. */
    public synchronized List<Note> takeNotes() {
        DatabaseKey open = key();
        Map<String, String> entries = load();
        List<String> keys = entries.keySet().stream().filter(k -> k.startsWith(NOTE)).sorted().toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Note> notes = new ArrayList<>();
        Optional<PrivateKey> privateKey = Optional.ofNullable(entries.get("notes.private"))
                .flatMap(p -> KeyCrypto.open(open.bytes(), KeyCrypto.unb64(p), "toppsy-notes-private"))
                .map(KeyCrypto::privateKey);
        for (String k : keys) {
            privateKey.flatMap(p -> KeyCrypto.decryptNote(p, entries.get(k))).ifPresent(text -> {
                String[] lines = text.split("\n", 6);
                if (lines.length == 6) {
                    notes.add(new Note(Instant.ofEpochMilli(Long.parseLong(lines[0])), emptyToNull(lines[1]), lines[2],
                            emptyToNull(lines[3]), emptyToNull(lines[4]), emptyToNull(lines[5])));
                }
            });
            entries.remove(k);
        }
        save(entries);
        return notes;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
    }

    // ----- backups and restore -----------------------------------------------------------------

    /** The key file as it goes into a backup: the copies and the recovery copy, without the attempt counters. */
    synchronized byte[] snapshotForBackup() {
        Map<String, String> entries = load();
        entries.keySet().removeIf(k -> k.startsWith(THROTTLE));
        return KeyFile.render(entries);
    }

    /**
     * Puts a backup's key file in place: its copies match the restored database's passwords.
     * This file's attempt counters and pending notes are kept.
     */
    synchronized void replaceFromBackup(byte[] fromBackup) {
        Map<String, String> restored = KeyFile.read(fromBackup)
                .orElseThrow(() -> new StorageException(StorageException.Reason.BACKUP_UNREADABLE, "", null));
        restored.keySet().removeIf(k -> k.startsWith(THROTTLE) || k.startsWith(NOTE));
        // A damaged key file being replaced has nothing worth keeping.
        Map<String, String> current = keyFile.isWhole() ? load() : Map.of();
        boolean sameNoteKeys = restored.getOrDefault("notes.public", "").equals(current.get("notes.public"));
        current.forEach((k, v) -> {
            if (k.startsWith(THROTTLE) || (k.startsWith(NOTE) && sameNoteKeys)) {
                restored.put(k, v);
            }
        });
        lock();
        save(restored);
    }

    static boolean looksLikeKeyFile(byte[] bytes) {
        return KeyFile.read(bytes).isPresent();
    }

    // ----- the file -----------------------------------------------------------------------------

    private Map<String, String> load() {
        return keyFile.load();
    }

    private void save(Map<String, String> entries) {
        keyFile.save(entries);
    }

    private String newId() {
        byte[] id = new byte[4];
        random.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}

package be.toppsy.desk.accounts;

import static be.toppsy.desk.storage.jooq.Tables.APP_USER;

import be.toppsy.desk.storage.Database;
import be.toppsy.desk.storage.KeyVault;
import java.util.List;

/**
 * When a database from before encryption is converted, each active account's stored password hash
 * gives that user a first copy of the new database key: the hash is PBKDF2 of the password with the
 * stored salt, exactly what unwrapping derives from the typed password. So everyone logs in as
 * before, and the first login replaces that copy with one under a fresh salt.
 */
public final class PasswordsForEncryption {

    private PasswordsForEncryption() {
    }

    /** Reads the active accounts' hashes; only the columns of the very first schema, as the database is not migrated yet. */
    public static List<KeyVault.ConvertedPassword> read(Database plain) {
        return plain.dsl().select(APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.ACTIVE).from(APP_USER)
                .fetch().stream()
                .filter(r -> Boolean.TRUE.equals(r.value3()))
                .flatMap(r -> PasswordHasher.parse(r.value2())
                        .map(p -> new KeyVault.ConvertedPassword(r.value1(), p.salt(), p.iterations(), p.hash()))
                        .map(java.util.stream.Stream::of).orElseGet(java.util.stream.Stream::empty))
                .toList();
    }
}

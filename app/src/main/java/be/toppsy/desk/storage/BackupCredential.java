package be.toppsy.desk.storage;

/**
 * What opens a backup's own key file: a username with the password that user had when the backup
 * was made, or (with a blank username) the recovery code of that time.
 */
public record BackupCredential(String username, char[] secret) {

    public static BackupCredential recoveryCode(String code) {
        return new BackupCredential("", code.toCharArray());
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "BackupCredential[username=" + username + "]";
    }
}

package be.toppsy.desk.storage;

/**
 * The per-user copies of the database key, as the account service keeps them in step with
 * passwords: a new password gets a new copy first, the old copies go once the new password is
 * stored (so a crash in between never leaves a user without a copy that works).
 */
public interface KeyCopies {

    /** Adds a copy of the open database key for this password, beside the user's other copies; returns its id. */
    String add(String username, char[] password);

    /** Removes every copy of the user except this one. */
    void keepOnly(String username, String copyId);

    /** Removes one copy (a change that failed). */
    void remove(String username, String copyId);

    /** Removes all copies of the user (a deactivated account). */
    void removeAll(String username);

    /** True when the user has no copy, or only one made from their old password hash when the database was converted. */
    boolean needsNewCopy(String username);

    /** For a database the application does not encrypt itself (PostgreSQL, tests): nothing to keep. */
    KeyCopies NONE = new KeyCopies() {
        @Override
        public String add(String username, char[] password) {
            return "";
        }

        @Override
        public void keepOnly(String username, String copyId) {
        }

        @Override
        public void remove(String username, String copyId) {
        }

        @Override
        public void removeAll(String username) {
        }

        @Override
        public boolean needsNewCopy(String username) {
            return false;
        }
    };
}

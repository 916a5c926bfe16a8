package be.toppsy.desk.storage;

import java.util.Optional;

/**
 * Typed access to the installation's settings. Each feature names its own keys (prefixed with
 * the feature, e.g. {@code residents.review.intensiveDays}) and keeps their defaults next to them.
 * Saving is checked by the caller's service, which knows who may change what.
 */
public final class Settings {

    private final Database database;
    private final SettingsRepository repository;

    public Settings(Database database, SettingsRepository repository) {
        this.database = database;
        this.repository = repository;
    }

    public Optional<String> get(String key) {
        return repository.get(database.dsl(), key);
    }

    public int getInt(String key, int defaultValue) {
        return get(key).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return defaultValue;
            }
        }).orElse(defaultValue);
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        return get(key).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    public void put(String key, String value) {
        database.transactionWithoutResult(tx -> repository.put(tx, key, value));
    }
}

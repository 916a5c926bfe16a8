package be.toppsy.desk.storage;

import static be.toppsy.desk.storage.jooq.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Key/value settings of the installation, shared by every user of this database. */
public final class SettingsRepository {

    public Optional<String> get(DSLContext dsl, String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(DSLContext dsl, String key, String value) {
        int updated = dsl.update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, value)
                .where(APP_SETTING.SETTING_KEY.eq(key)).execute();
        if (updated == 0) {
            dsl.insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, key).set(APP_SETTING.SETTING_VALUE, value)
                    .execute();
        }
    }
}

package be.toppsy.desk.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: a connection pool, migrated by Flyway, and a jOOQ {@link DSLContext}.
 * Services make their transactions explicit with {@link #transaction(Function)}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** H2's error code for "Database may be already in use". */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_DISK_FULL = 90100;

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final Runnable closer;

    private Database(DataSource dataSource, SQLDialect dialect, Runnable closer) {
        this.dataSource = dataSource;
        this.closer = closer;
        // Unquoted names so that one set of queries runs on H2 and PostgreSQL alike.
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        this.dsl = DSL.using(dataSource, dialect, settings);
    }

    /** Opens the database, refusing clearly when another process holds it, and migrates it. */
    public static Database open(DatabaseSettings settings) {
        long start = System.nanoTime();
        Database database = connect(settings);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        LOG.info("Database ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        return database;
    }

    private static Database connect(DatabaseSettings settings) {
        if (settings.isPostgres()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(settings.url());
            pg.setUser(settings.user());
            pg.setPassword(settings.password());
            probe(pg, settings);
            return new Database(pg, SQLDialect.POSTGRES, () -> { });
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(settings.url(), settings.user(), settings.password());
        pool.setMaxConnections(8);
        try {
            probe(pool, settings);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(pool, SQLDialect.H2, pool::dispose);
    }

    private static void probe(DataSource dataSource, DatabaseSettings settings) {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw translate(e, settings);
        }
    }

    static StorageException translate(SQLException e, DatabaseSettings settings) {
        SQLException root = e;
        while (root.getNextException() != null) {
            root = root.getNextException();
        }
        int code = e.getErrorCode();
        String where = settings.isEmbeddedH2()
                ? settings.url().replaceFirst(";.*", "").replaceFirst("^jdbc:h2:file:", "") : "";
        if (code == H2_DATABASE_ALREADY_OPEN) {
            return new StorageException(StorageException.Reason.IN_USE, where, e);
        }
        if (code == H2_FILE_CORRUPTED) {
            return new StorageException(StorageException.Reason.DAMAGED, where, e);
        }
        if (code == H2_DISK_FULL) {
            return new StorageException(StorageException.Reason.DISK_FULL, where, e);
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("read only") || message.contains("readonly") || message.contains("access denied")) {
            return new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE, where, e);
        }
        return new StorageException(StorageException.Reason.CANNOT_CONNECT, where, e);
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    // Refuse a database written by a newer version instead of ignoring its future migrations.
                    .ignoreMigrationPatterns(new String[0])
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("newer than") || message.contains("not resolved locally")
                    || message.contains("applied migration not resolved")) {
                throw new StorageException(StorageException.Reason.NEWER_VERSION, "", e);
            }
            throw new StorageException(StorageException.Reason.MIGRATION_FAILED, "", e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs work in one transaction: all of it is stored, or none of it. */
    public <T> T transaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(DSL.using(configuration)));
    }

    public void transactionWithoutResult(Consumer<DSLContext> work) {
        dsl.transaction(configuration -> work.accept(DSL.using(configuration)));
    }

    @Override
    public void close() {
        closer.run();
    }
}

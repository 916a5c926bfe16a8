package be.toppsy.desk.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
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
 * Services make their transactions explicit with {@link #transaction(Function)}. Transactions are
 * bound to the thread: one user action is one transaction even when it crosses features (a port
 * that opens its own transaction joins the caller's), and {@link #dsl()} reads inside it.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** H2's error code for "Database may be already in use". */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_DISK_FULL = 90100;
    private static final int H2_WRONG_KEY = 90049;
    private static final int H2_FILE_VERSION = 90048;
    private static final int H2_READ_ONLY = 90097;
    /** With IFEXISTS=TRUE: "Database not found, either pre-create it or allow remote database creation". */
    private static final int H2_DATABASE_NOT_FOUND = 90146;

    /** Runs before every connection is taken; tests set it to refuse JDBC on the JavaFX thread. */
    private static volatile Runnable connectionCheck = () -> { };

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final Runnable closer;
    /** The transaction open on this thread, if any. */
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    private Database(DataSource dataSource, SQLDialect dialect, Runnable closer) {
        this.dataSource = new CheckedDataSource(dataSource, () -> connectionCheck);
        this.closer = closer;
        // Unquoted names so that one set of queries runs on H2 and PostgreSQL alike.
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        this.dsl = DSL.using(this.dataSource, dialect, settings);
    }

    /**
     * Sets a check that runs before any database connection is taken, on the taking thread (it may
     * throw to refuse), and returns the previous one. Meant for tests: the test wiring refuses JDBC
     * on the JavaFX thread.
     */
    public static Runnable checkEachConnection(Runnable check) {
        Runnable previous = connectionCheck;
        connectionCheck = check == null ? () -> { } : check;
        return previous;
    }

    /** Runs just before pending migrations are applied to a database that already holds data. */
    @FunctionalInterface
    public interface MigrationGuard {
        void beforeMigrating(Database database);

        MigrationGuard NONE = database -> { };
    }

    static final List<String> MIGRATIONS = List.of("classpath:db/migration");

    /** Opens the database, refusing clearly when another process holds it, and migrates it. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, MigrationGuard.NONE);
    }

    /** Opens and migrates the database; the guard runs first when there are migrations to apply (a backup, say). */
    public static Database open(DatabaseSettings settings, MigrationGuard guard) {
        return open(settings, guard, MIGRATIONS);
    }

    /**
     * Opens a database that must already exist and hold data: H2 is told not to create a missing
     * file, and a file that opens empty (H2 falls back to an empty store when every chunk is
     * damaged) is refused as damaged instead of being migrated into a new, empty database.
     */
    public static Database openExisting(DatabaseSettings settings, MigrationGuard guard) {
        DatabaseSettings existing = settings.isEmbeddedH2()
                ? new DatabaseSettings(settings.url() + ";IFEXISTS=TRUE", settings.user(), settings.password())
                : settings;
        return open(existing, guard, MIGRATIONS, true);
    }

    static Database open(DatabaseSettings settings, MigrationGuard guard, List<String> locations) {
        return open(settings, guard, locations, false);
    }

    private static Database open(DatabaseSettings settings, MigrationGuard guard, List<String> locations,
            boolean mustHoldData) {
        long start = System.nanoTime();
        Database database = connect(settings);
        try {
            if (mustHoldData && !database.holdsData()) {
                throw new StorageException(StorageException.Reason.DAMAGED, settings.location(), null);
            }
            database.refuseReadOnly(settings);
            database.migrate(guard, locations);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        LOG.info("Database ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        return database;
    }

    /** Opens without migrating: for reading a database as it is (converting it, checking a copy). */
    static Database openAsIs(DatabaseSettings settings) {
        return connect(settings);
    }

    /** Refuses a database whose schema has migrations this version does not know (made by a newer version). */
    void refuseNewer() {
        MigrationInfoService info = Flyway.configure().dataSource(dataSource)
                .locations(MIGRATIONS.toArray(String[]::new)).ignoreMigrationPatterns(new String[0]).load().info();
        for (org.flywaydb.core.api.MigrationInfo applied : info.applied()) {
            if (applied.getState() == org.flywaydb.core.api.MigrationState.FUTURE_SUCCESS
                    || applied.getState() == org.flywaydb.core.api.MigrationState.FUTURE_FAILED) {
                throw new StorageException(StorageException.Reason.NEWER_VERSION, "", null);
            }
        }
    }

    /** Reads every row and column of every table: a damaged page fails here instead of in use. */
    void readEverything() {
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (!"INFORMATION_SCHEMA".equalsIgnoreCase(schema)) {
                        tables.add(new String[] {schema, rs.getString("TABLE_NAME")});
                    }
                }
            }
            for (String[] table : tables) {
                try (java.sql.Statement statement = connection.createStatement();
                        java.sql.ResultSet rows = statement.executeQuery("select * from " + quote(table[0]) + "."
                                + quote(table[1]))) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rows.getObject(i);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw translate(e, null);
        }
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    boolean holdsData() {
        Integer tables = dsl.resultQuery("select count(*) from information_schema.tables"
                + " where lower(table_name) = 'flyway_schema_history'").fetchOne(0, Integer.class);
        return tables != null && tables > 0;
    }

    /**
     * H2 silently opens a file it cannot write read-only; the first save would then fail. Refuse at
     * once with the folder's name instead.
     */
    private void refuseReadOnly(DatabaseSettings settings) {
        if (!settings.isEmbeddedH2()) {
            return;
        }
        Boolean readOnly = dsl.resultQuery("select readonly()").fetchOne(0, Boolean.class);
        if (Boolean.TRUE.equals(readOnly)) {
            throw new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE, settings.location(), null);
        }
    }

    private static Database connect(DatabaseSettings settings) {
        connectionCheck.run();
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

    /** An SQL error as a storage problem the user can act on. */
    static StorageException translate(SQLException e, DatabaseSettings settings) {
        int code = e.getErrorCode();
        String where = settings == null ? "" : settings.location();
        if (code == H2_DATABASE_ALREADY_OPEN) {
            return new StorageException(StorageException.Reason.IN_USE, where, e);
        }
        if (code == H2_DISK_FULL || StorageException.isDiskFull(e)) {
            return new StorageException(StorageException.Reason.DISK_FULL, where, e);
        }
        if (code == H2_WRONG_KEY) {
            return new StorageException(StorageException.Reason.WRONG_KEY, where, e);
        }
        if (code == H2_DATABASE_NOT_FOUND) {
            return new StorageException(StorageException.Reason.DATABASE_MISSING, where, e);
        }
        if (code == H2_FILE_CORRUPTED || code == H2_FILE_VERSION) {
            return new StorageException(StorageException.Reason.DAMAGED, where, e);
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (code == H2_READ_ONLY || message.contains("read only") || message.contains("readonly")
                || message.contains("access denied")) {
            return new StorageException(StorageException.Reason.FOLDER_NOT_WRITABLE, where, e);
        }
        if (message.contains("file corrupted") || message.contains("corrupt")) {
            return new StorageException(StorageException.Reason.DAMAGED, where, e);
        }
        return new StorageException(StorageException.Reason.CANNOT_CONNECT, where, e);
    }

    private void migrate(MigrationGuard guard, List<String> locations) {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(locations.toArray(String[]::new))
                    .failOnMissingLocations(true)
                    // Refuse a database written by a newer version instead of ignoring its future migrations.
                    .ignoreMigrationPatterns(new String[0])
                    .load();
            MigrationInfoService info = flyway.info();
            if (info.current() != null && info.pending().length > 0) {
                LOG.info("{} migration(s) to apply", info.pending().length);
                guard.beforeMigrating(this);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("newer than") || message.contains("not resolved locally")
                    || message.contains("applied migration not resolved")) {
                throw new StorageException(StorageException.Reason.NEWER_VERSION, "", e);
            }
            throw new StorageException(StorageException.Reason.MIGRATION_FAILED, "", e);
        }
    }

    /** The context of the transaction open on this thread, or the database's own outside a transaction. */
    public DSLContext dsl() {
        DSLContext open = current.get();
        return open != null ? open : dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs work in one transaction: all of it is stored, or none of it. Called inside a transaction
     * on the same thread, it joins that transaction (same connection, committed or rolled back with
     * it); its own work is a savepoint, so a failure inside it that the caller handles undoes only
     * that part.
     */
    public <T> T transaction(Function<DSLContext, T> work) {
        DSLContext outer = current.get();
        DSLContext base = outer != null ? outer : dsl;
        return base.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            current.set(tx);
            try {
                return work.apply(tx);
            } finally {
                if (outer == null) {
                    current.remove();
                } else {
                    current.set(outer);
                }
            }
        });
    }

    public void transactionWithoutResult(Consumer<DSLContext> work) {
        transaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** True while a transaction is open on this thread. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    @Override
    public void close() {
        closer.run();
    }
}

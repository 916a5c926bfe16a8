package be.toppsy.desk.storage;

import static be.toppsy.desk.storage.jooq.Tables.APP_SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transactions are bound to the thread: a nested one joins the outer one. */
class TransactionsTest {

    @TempDir
    Path folder;
    private Database database;
    private final SettingsRepository settings = new SettingsRepository();

    @BeforeEach
    void open() {
        database = TestDatabases.open(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static long session(DSLContext dsl) {
        return dsl.fetchOne("select session_id()").get(0, Long.class);
    }

    @Test
    void aNestedTransactionUsesTheOuterConnection() {
        database.transactionWithoutResult(outer -> {
            long outerSession = session(outer);
            long innerSession = database.transaction(TransactionsTest::session);
            assertThat(innerSession).isEqualTo(outerSession);
            assertThat(session(database.dsl())).isEqualTo(outerSession);
        });
    }

    @Test
    void aNestedTransactionRollsBackWithTheOuterOne() {
        assertThatThrownBy(() -> database.transactionWithoutResult(outer -> {
            settings.put(outer, "outer", "1");
            database.transactionWithoutResult(inner -> settings.put(inner, "inner", "2"));
            throw new IllegalStateException("the outer action fails after the nested one finished");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(database.dsl().fetchCount(APP_SETTING)).isZero();
    }

    @Test
    void aNestedTransactionCommitsNothingBeforeTheOuterOneDoes() throws Exception {
        database.transactionWithoutResult(outer -> {
            database.transactionWithoutResult(inner -> settings.put(inner, "inner", "2"));
            // Read on this thread: inside the transaction, the nested work is there.
            assertThat(settings.get(database.dsl(), "inner")).contains("2");
            // Read on another thread, with its own connection: nothing is committed yet.
            String seenElsewhere = CompletableFuture.supplyAsync(() -> settings.get(database.dsl(), "inner")
                    .orElse("nothing")).join();
            assertThat(seenElsewhere).isEqualTo("nothing");
        });
        assertThat(settings.get(database.dsl(), "inner")).contains("2");
    }

    @Test
    void aFailedNestedTransactionThatTheCallerHandlesUndoesOnlyItsOwnWork() {
        database.transactionWithoutResult(outer -> {
            settings.put(outer, "kept", "1");
            assertThatThrownBy(() -> database.transactionWithoutResult(inner -> {
                settings.put(inner, "undone", "2");
                throw new IllegalStateException("the nested part fails");
            })).isInstanceOf(IllegalStateException.class);
        });

        assertThat(settings.get(database.dsl(), "kept")).contains("1");
        assertThat(settings.get(database.dsl(), "undone")).isEmpty();
    }

    @Test
    void afterTheTransactionTheThreadIsBackOnThePool() {
        long inside = database.transaction(TransactionsTest::session);
        assertThat(database.inTransaction()).isFalse();
        assertThatThrownBy(() -> database.transactionWithoutResult(tx -> {
            throw new IllegalStateException("fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(database.inTransaction()).isFalse();
        // Outside a transaction each query takes a pooled connection and commits on its own.
        settings.put(database.dsl(), "auto", "1");
        assertThat(CompletableFuture.supplyAsync(() -> settings.get(database.dsl(), "auto")).join()).contains("1");
        assertThat(inside).isPositive();
    }

    @Test
    void theConnectionCheckRunsBeforeEveryConnectionAndMayRefuse() {
        Runnable previous = Database.checkEachConnection(() -> {
            throw new IllegalStateException("refused by the check");
        });
        try {
            assertThatThrownBy(() -> database.dsl().fetchCount(APP_SETTING)).hasMessage(
                    "refused by the check");
        } finally {
            Database.checkEachConnection(previous);
        }
        assertThat(database.dsl().fetchCount(APP_SETTING)).isZero();
    }
}

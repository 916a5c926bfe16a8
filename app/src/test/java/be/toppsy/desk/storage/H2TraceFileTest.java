package be.toppsy.desk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.toppsy.desk.AppGate;
import be.toppsy.desk.testing.MutableClock;
import be.toppsy.desk.testing.TestGates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 would write a failing statement, values and all, to a plain-text trace file beside the database. */
class H2TraceFileTest {

    @TempDir
    Path folder;

    @Test
    void aFailingStatementLeavesNoTraceFile() throws Exception {
        AppGate gate = TestGates.firstRun(folder, MutableClock.at("2026-11-22T09:00:00Z"));
        Database database = gate.services().database();
        assertThatThrownBy(() -> database.dsl().execute(
                "insert into no_such_table (name) values ('Mohammed Yilmaz')"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> database.dsl().execute("select broken syntax from"))
                .isInstanceOf(RuntimeException.class);
        gate.close();
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
        }
    }
}

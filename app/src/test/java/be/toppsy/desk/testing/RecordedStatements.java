package be.toppsy.desk.testing;

import be.toppsy.desk.storage.Database;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** Records every SQL statement a database runs from now on (lower case), to count queries in a test. */
public final class RecordedStatements {

    private RecordedStatements() {
    }

    /** The live list: it grows as statements run; clear it to start counting afresh. */
    public static List<String> of(Database database) {
        List<String> statements = new ArrayList<>();
        database.dsl().configuration().set(new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.add(ctx.sql().toLowerCase());
            }
        }));
        return statements;
    }
}

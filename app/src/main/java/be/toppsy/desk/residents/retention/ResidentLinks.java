package be.toppsy.desk.residents.retention;

import org.jooq.DSLContext;

/**
 * Other features that hold a resident's id (intervision cases). Retention asks them to drop the link
 * inside its own transaction when a resident is anonymised or deleted.
 */
@FunctionalInterface
public interface ResidentLinks {

    /** @return how many links were removed */
    int forget(DSLContext tx, long residentId);

    static ResidentLinks none() {
        return (tx, residentId) -> 0;
    }
}

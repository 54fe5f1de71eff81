package org.bedsideneuro.exchange;

import java.sql.SQLException;
import org.bedsideneuro.persistence.Session;

/**
 * Work that belongs in an import's own transaction, around the exchange rules: {@link #before} runs first (withdrawing
 * what another source says is wrong, so that the checks see the record without it), {@link #after} once every row is
 * written or matched, with the record each row became. A preview rolls both back with the import; a refused import
 * runs {@link #after} never.
 */
public interface ImportHooks {
    ImportHooks NONE = new ImportHooks() {
    };

    default void before(Session session) throws SQLException {
    }

    default void after(Session session, ImportedRecords records) throws SQLException {
    }
}

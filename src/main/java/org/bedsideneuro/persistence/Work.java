package org.bedsideneuro.persistence;

import java.sql.SQLException;

/**
 * One unit of work, run in one transaction. It may be run more than once (a busy database is retried as a whole),
 * so it must not have side effects outside the session.
 */
@FunctionalInterface
public interface Work<T> {
    T run(Session session) throws SQLException;
}

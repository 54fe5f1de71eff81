/**
 * Storage: the database file, its versioned migrations (resources org/bedsideneuro/persistence/db), transactions with
 * retry, and one repository per aggregate. The only package that speaks SQL. What differs between SQLite and the
 * PostgreSQL ward server lives in {@link org.bedsideneuro.persistence.Dialect}.
 * <p>
 * Layer: used by service, exchange and app, by the UI's shell, and by screens only for reading (their queries run on
 * {@code Work}, {@code Session} and the repositories' read methods; docs/decisions/0018-reads-through-the-database.md);
 * uses security and domain (ArchitectureTest).
 */
package org.bedsideneuro.persistence;

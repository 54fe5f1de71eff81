/**
 * Storage: the database file, its versioned migrations (resources org/bedsideneuro/persistence/db), transactions with
 * retry, and one repository per aggregate. The only package that speaks SQL. What differs between SQLite and the
 * PostgreSQL ward server lives in {@link org.bedsideneuro.persistence.Dialect}.
 */
package org.bedsideneuro.persistence;

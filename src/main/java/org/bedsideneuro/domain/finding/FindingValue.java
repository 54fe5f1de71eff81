package org.bedsideneuro.domain.finding;

/**
 * A recorded value on one of the finding scales. {@link #code()} is its text in the exchange format
 * and in the database; two values are equal when they mean the same thing.
 */
public interface FindingValue extends Coded {
}

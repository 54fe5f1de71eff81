package org.bedsideneuro.domain.finding;

/**
 * The set of values a finding may take. {@link #parse} turns exchange-format text into a value or fails
 * with an {@link IllegalArgumentException} whose message says what is allowed.
 */
public interface Scale {
    FindingValue parse(String text);

    boolean accepts(FindingValue value);

    /** The allowed values in words, for messages and help: "0, 1, 2, 3, 4-, 4, 4+, 5" or "a whole number 0-999". */
    String allowed();
}

package org.bedsideneuro.service;

import java.time.LocalDate;
import java.util.Objects;

/** A period of whole days, first and last included, checked: not after today, not backwards. */
public record Period(LocalDate first, LocalDate last) {
    public Period {
        Objects.requireNonNull(first, "first day");
        Objects.requireNonNull(last, "last day");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("The first day " + first + " is after the last day " + last + ".");
        }
    }

    /** The period asked for, with defaults: from the patient's first record, to today. */
    public static Period of(LocalDate from, LocalDate to, LocalDate firstRecord, LocalDate today) {
        LocalDate last = to != null ? to : today;
        if (last.isAfter(today)) {
            throw new IllegalArgumentException("The last day " + last + " is after today (" + today + ").");
        }
        LocalDate first = from != null ? from : (firstRecord.isAfter(last) ? last : firstRecord);
        return new Period(first, last);
    }
}

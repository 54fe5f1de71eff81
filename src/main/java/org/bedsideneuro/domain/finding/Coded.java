package org.bedsideneuro.domain.finding;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value with a stable code: the text that the exchange format, the database and the FHIR export use.
 * Codes never change once released; labels may.
 */
public interface Coded {
    String code();

    /** Human-readable label for screens and printouts. */
    default String label() {
        return code();
    }

    static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Coded> String allowedCodes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }

    /** Parses a code or fails with a message naming what was expected and the allowed codes. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code, String what) {
        return byCode(type, code).orElseThrow(() -> new IllegalArgumentException(
                what + ": '" + code + "' is not allowed; allowed values: " + allowedCodes(type)));
    }
}

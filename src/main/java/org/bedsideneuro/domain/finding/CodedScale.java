package org.bedsideneuro.domain.finding;

import java.util.List;

/** A scale whose values are the constants of one enum, parsed by their codes. */
public final class CodedScale<E extends Enum<E> & FindingValue> implements Scale {
    private final Class<E> type;

    public CodedScale(Class<E> type) {
        this.type = type;
    }

    public Class<E> type() {
        return type;
    }

    public List<E> values() {
        return List.of(type.getEnumConstants());
    }

    @Override
    public E parse(String text) {
        return Coded.byCode(type, text == null ? null : text.strip())
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not allowed; allowed values: " + allowed()));
    }

    @Override
    public boolean accepts(FindingValue value) {
        return type.isInstance(value);
    }

    @Override
    public String allowed() {
        return Coded.allowedCodes(type);
    }
}

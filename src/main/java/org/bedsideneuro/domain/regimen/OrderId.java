package org.bedsideneuro.domain.regimen;

import java.util.Objects;
import java.util.UUID;

/** Identity of one medication order. */
public record OrderId(UUID value) {
    public OrderId {
        Objects.requireNonNull(value, "order id");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    public static OrderId parse(String text) {
        return new OrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

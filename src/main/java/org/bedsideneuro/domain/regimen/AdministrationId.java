package org.bedsideneuro.domain.regimen;

import java.util.Objects;
import java.util.UUID;

/** The identity of one administration record, made in Java (portable SQL: ids are never left to the database). */
public record AdministrationId(UUID value) {
    public AdministrationId {
        Objects.requireNonNull(value, "administration id");
    }

    public static AdministrationId random() {
        return new AdministrationId(UUID.randomUUID());
    }

    public static AdministrationId parse(String text) {
        return new AdministrationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

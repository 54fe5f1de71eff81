package org.bedsideneuro.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bedsideneuro.persistence.Database;

/** What every measurement shares: the options, the temporary folder, the clock, the ward and its database. */
record BenchContext(Options options, Path dir, Clock clock, Path databaseFile, Database db, SyntheticWardGenerator.Ward ward) {
    ZoneId zone() {
        return clock.getZone();
    }

    LocalDate today() {
        return clock.instant().atZone(zone()).toLocalDate();
    }
}

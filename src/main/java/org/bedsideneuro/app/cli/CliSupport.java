package org.bedsideneuro.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.bedsideneuro.app.DataFolder;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Session;

/** What every verb shares: which database, the clock, and who the command line writes as. */
final class CliSupport {
    private CliSupport() {
    }

    static Path databasePath(Path option) {
        return option != null ? option : DataFolder.defaultDatabase();
    }

    static Database open(Path option) {
        return Database.open(databasePath(option), Clock.systemDefaultZone());
    }

    /**
     * The command line runs as the operating-system user who can read the database file; its writes are attributed to
     * {@code os:USERNAME} (issue #11 keeps this rule when accounts arrive).
     */
    static Clinician osUser(Session session) throws java.sql.SQLException {
        String user = System.getProperty("user.name", "unknown");
        return session.clinicians().findOrCreate("os:" + user, Role.OTHER);
    }
}

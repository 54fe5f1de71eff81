package org.bedsideneuro.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.bedsideneuro.app.DataFolder;
import org.bedsideneuro.app.DemoWardInstaller;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.persistence.PasswordPrompt;
import org.bedsideneuro.persistence.Session;
import picocli.CommandLine;

/** What every verb shares: which database, the clock, and who the command line writes as. */
final class CliSupport {
    /** Asks on the terminal without echo; with no terminal (a script, CI), asks no one and the login fails saying why. */
    static final PasswordPrompt CONSOLE = question -> {
        Console console = System.console();
        return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", question));
    };

    private CliSupport() {
    }

    /** {@code --db} is parsed once: a file path, or a PostgreSQL URI. */
    static final class LocationConverter implements CommandLine.ITypeConverter<DatabaseLocation> {
        @Override
        public DatabaseLocation convert(String value) {
            try {
                return DatabaseLocation.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static DatabaseLocation location(DatabaseLocation option) {
        return option != null ? option : new DatabaseLocation.SqliteFile(DataFolder.defaultDatabase());
    }

    /** The database file, for the verbs that work on files only (backup, restore); a server database is refused. */
    static Path file(DatabaseLocation option, String verb, String instead) {
        DatabaseLocation location = location(option);
        if (location instanceof DatabaseLocation.SqliteFile f) {
            return f.file();
        }
        throw new IllegalArgumentException(location.describe() + " is on the ward's PostgreSQL server: '" + verb
                + "' works on a database file only. " + instead);
    }

    static Database open(DatabaseLocation option) {
        return Database.open(location(option), Clock.systemDefaultZone(), CONSOLE);
    }

    /**
     * Opens the database the verb was given; with {@code --demo}, the demo ward's own database, made and filled with
     * the demo ward on first use, as the window does.
     */
    static Database open(RootCommand root) {
        Database db = open(root.database);
        if (root.demo()) {
            try {
                if (db.read(s -> s.patients().count() == 0 && s.accounts().count() == 0)) {
                    DemoWardInstaller.install(db, db.write(CliSupport::osUser), Clock.systemDefaultZone());
                }
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }
        return db;
    }

    /**
     * The command line runs as the operating-system user who can read the database file; its writes are attributed to
     * {@code os:USERNAME} (kept when accounts arrive).
     */
    /** Records in the access log that the OS user exported or printed something. */
    static void recordAccess(Database db, AccessAction action,
                             PatientId patient, String detail) {
        db.write(s -> {
            s.accessLog().record(osUser(s), action, patient, detail);
            return null;
        });
    }

    static Clinician osUser(Session session) throws SQLException {
        String user = System.getProperty("user.name", "unknown");
        return session.clinicians().findOrCreate("os:" + user, Role.OTHER);
    }
}

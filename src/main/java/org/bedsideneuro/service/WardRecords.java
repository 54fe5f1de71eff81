package org.bedsideneuro.service;

import java.time.Clock;
import java.util.Objects;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.LocalDrafts;
import org.bedsideneuro.persistence.Work;

/**
 * The ward's records as a screen uses them: it reads through {@link #read} (one consistent snapshot, see
 * docs/decisions/0018-reads-through-the-database.md) and writes only through the services here, the same ones the
 * command line uses. The shell that opened the database makes one and hands it to every screen.
 */
public final class WardRecords {
    private final Database database;
    private final LocalDrafts local;

    private WardRecords(Database database, LocalDrafts local) {
        this.database = Objects.requireNonNull(database, "database");
        this.local = Objects.requireNonNull(local, "local drafts");
    }

    /** The records of {@code database}, drafts kept in it only. */
    public static WardRecords of(Database database) {
        return new WardRecords(database, LocalDrafts.none());
    }

    /** The records of {@code database}, drafts kept in {@code local} while the ward server cannot be reached. */
    public static WardRecords of(Database database, LocalDrafts local) {
        return new WardRecords(database, local);
    }

    /** Runs {@code query} in one transaction that reads a consistent snapshot; a query never writes. */
    public <T> T read(Work<T> query) {
        return database.read(query);
    }

    public ExamService exams() { return new ExamService(database, local); }
    public DraftService drafts() { return new DraftService(database, local); }
    public PatientService patients() { return new PatientService(database); }
    public OrderService orders() { return new OrderService(database); }
    public AdministrationService administrations(Clock clock) { return new AdministrationService(database, clock.getZone()); }
    public AccountService accounts() { return new AccountService(database); }
    public AccessLogService accessLog() { return new AccessLogService(database); }
    public MmeFactorService mmeFactors() { return new MmeFactorService(database); }
    public ExportService exports(Clock clock, String version) { return new ExportService(database, clock, version); }
    public LoginService logins() { return new LoginService(database); }
    public FhirPullService ehrPull(Clock clock, EhrClient client) { return new FhirPullService(database, clock, client); }
    /** Whether the records are on the ward server (backups are then IT's, on the server). */
    public boolean onServer() { return database.onServer(); }
}

package org.bedsideneuro.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.AccessEntry;
import org.bedsideneuro.persistence.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code access-log [--patient ID] [--user LOGIN] [--from DATE] [--to DATE]}: who opened, printed or exported which
 * record, and logins and locks, oldest first, tab-separated (HIPAA 45 CFR 164.308(a)(1)(ii)(D),
 * information system activity review). Dates are days in this computer's time zone; --to includes its whole day.
 */
@Command(name = "access-log", mixinStandardHelpOptions = true,
        description = "Print the access log: who opened, printed or exported which patient's record; logins and locks.")
final class AccessLogCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--patient", paramLabel = "ID", description = "Only this patient (MRN).")
    String patient;

    @Option(names = "--user", paramLabel = "LOGIN", description = "Only this login name (or os:USERNAME).")
    String user;

    @Option(names = "--from", paramLabel = "DATE", description = "From this day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day (YYYY-MM-DD).")
    String to;

    @Override
    public Integer call() {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = from == null ? null : day(from, "--from").atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : day(to, "--to").plusDays(1).atStartOfDay(zone).toInstant();
        PatientId id = patient == null ? null : new PatientId(patient);
        try (Database db = CliSupport.open(root)) {
            List<AccessEntry> entries = db.read(s -> s.accessLog().find(id, user, start, end));
            PrintWriter out = spec.commandLine().getOut();
            out.println("at\tlogin\tname\taction\tpatient\tdetail");
            for (AccessEntry e : entries) {
                out.println(String.join("\t", e.at().toString(), e.login(), e.clinicianName() == null ? "" : e.clinicianName(),
                        e.action().code(), e.patientId() == null ? "" : e.patientId(), e.detail().replace('\t', ' ').replace('\n', ' ')));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private static LocalDate day(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": a day as YYYY-MM-DD, not '" + text + "'.");
        }
    }
}

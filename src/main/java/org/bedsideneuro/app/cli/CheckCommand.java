package org.bedsideneuro.app.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.persistence.ChainProblem;
import org.bedsideneuro.persistence.CheckReport;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseException;
import org.bedsideneuro.persistence.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check}: schema version, the database's own integrity check, and row counts. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the database: schema version, integrity check, counts and the hash chain over the records."
                + " Exit code 3 if it is damaged or a record was altered outside the app.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatabaseLocation location = CliSupport.location(root.database);
        try (Database db = CliSupport.open(root)) {
            CheckReport report = db.check();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Database:          " + location.describe() + " (" + report.databaseKind() + ")");
            out.println("Schema version:    " + report.schemaVersion());
            out.println("Integrity:         " + report.integrity());
            for (Map.Entry<String, Long> count : report.counts().entrySet()) {
                out.printf("%-18s %d%n", count.getKey() + ":", count.getValue());
            }
            // The table every MME is computed with, and when and by whom it was last chosen (clinical reference section 6).
            out.println("MME factors:       " + db.read(s -> s.parenteralFactors().inForce()).inForceLine(ZoneId.systemDefault()));
            // Tamper evidence: the first record changed, inserted or deleted outside the app.
            // On the ward server, entries not linked yet (a laptop's background seal behind, or cut off) are sealed first; if
            // that fails too they are verified as pending against their records and only counted, not a failure (V9).
            try {
                db.sealChain();
            } catch (DatabaseException e) {
                // verified below as pending; the count says how many wait
            }
            Optional<ChainProblem> broken = db.read(s -> s.chain().verify());
            long waiting = db.read(s -> s.chain().pendingCount());
            out.println("Hash chain:        " + broken.map(p -> "BROKEN").orElse("ok")
                    + (waiting > 0 ? " (" + waiting + " entries not sealed yet)" : ""));
            out.flush();
            if (broken.isPresent()) {
                spec.commandLine().getErr().println("bedside-neuro: the records were altered outside BedsideNeuro: "
                        + broken.get().describe() + ". Nothing was changed. Compare with the last backup and tell IT.");
                return ExitCode.DATABASE;
            }
            if (!report.healthy()) {
                spec.commandLine().getErr().println("bedside-neuro: the database is damaged (" + report.integrity()
                        + "). Restore the last backup.");
                return ExitCode.DATABASE;
            }
            return ExitCode.OK;
        }
    }
}

package org.bedsideneuro.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseCopy;
import org.bedsideneuro.persistence.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code --db ward.db copy-to postgresql://host/db}: moves a laptop's records onto the ward server. The
 * source is --db, as for every verb; the target is the argument.
 */
@Command(name = "copy-to", mixinStandardHelpOptions = true,
        description = {"Copy everything in the --db database into TARGET (typically the ward server): clinicians and their"
                + " accounts (password hashes only), patients, orders, every version of every exam with its findings, withdrawals"
                + " and signatures, drafts, the audit trail and the access log. The target's hash chain covers what was copied.",
                "Rows already in TARGET are skipped, so running it again is safe. All or nothing. The counts printed are read back"
                        + " from both databases after the copy."})
final class CopyToCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TARGET", converter = CliSupport.LocationConverter.class,
            description = "postgresql://[user@]host[:port]/dbname[?sslmode=verify-full], or a database file.")
    DatabaseLocation target;

    @Override
    public Integer call() {
        DatabaseLocation source = CliSupport.location(root.database);
        if (source.describe().equals(target.describe())) {
            throw new IllegalArgumentException("copy-to: the target is the --db database itself.");
        }
        try (Database from = CliSupport.open(root);
             Database to = Database.open(target, Clock.systemDefaultZone(), CliSupport.CONSOLE)) {
            List<DatabaseCopy.Count> counts = DatabaseCopy.copy(from, to);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Copied " + source.describe() + " into " + target.describe());
            out.printf("%-18s %10s %10s %14s %10s%n", "", "in source", "copied", "already there", "in target");
            for (DatabaseCopy.Count c : counts) {
                out.printf("%-18s %10d %10d %14d %10d%n", c.table() + ":", c.inSource(), c.copied(), c.alreadyThere(), c.inTarget());
            }
            out.println("Verified: every row of the source is in the target.");
            out.println("Hash chain of the target: ok.");
            out.flush();
            return ExitCode.OK;
        }
    }
}

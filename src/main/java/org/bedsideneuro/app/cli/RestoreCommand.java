package org.bedsideneuro.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.persistence.Backups;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code restore FILE}: checks the backup, keeps the current database aside, then puts the backup in its place. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the database with a backup. The backup is checked first; the current database is kept aside, never deleted.",
                "Close BedsideNeuro on this computer first."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path backup;

    @Override
    public Integer call() {
        Path database = CliSupport.file(root.database, "restore", BackupCommand.SERVER);
        Path aside = Backups.restore(backup, database, Clock.systemDefaultZone());
        // The restored database holds the backup's own access log; the restore is recorded in it.
        try (Database restored = CliSupport.open(root)) {
            CliSupport.recordAccess(restored, AccessAction.RESTORE, null, BackupService.restoreDetail(backup, aside));
        }
        spec.commandLine().getOut().println("Restored " + backup + " into " + database.toAbsolutePath()
                + (aside != null && aside.toFile().exists() ? ". The previous database is kept at " + aside : ""));
        return ExitCode.OK;
    }
}

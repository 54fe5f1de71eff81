package org.bedsideneuro.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.persistence.Backups;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup --out FILE}: a checked online copy of the database, readable by its owner only. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a checked copy of the database to FILE (safe while the app is open).")
final class BackupCommand implements Callable<Integer> {
    static final String SERVER = "IT backs it up on the server with pg_dump (e.g. pg_dump -Fc -f ward.dump DBNAME) and restores"
            + " with pg_restore; see \"The ward server\" in docs/it-guide.md. 'check' works on the server.";

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (must not exist).")
    Path out;

    @Override
    public Integer call() {
        CliSupport.file(root.database, "backup", SERVER);
        try (Database db = CliSupport.open(root)) {
            Path written = Backups.backup(db, out);
            CliSupport.recordAccess(db, AccessAction.EXPORT_DATA, null,
                    BackupService.BACKUP_DETAIL + written);
            spec.commandLine().getOut().println("Backup written to " + written);
            return ExitCode.OK;
        }
    }
}

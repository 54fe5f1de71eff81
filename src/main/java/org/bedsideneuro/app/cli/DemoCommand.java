package org.bedsideneuro.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.DemoWardInstaller;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.persistence.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo}: fills the database with the synthetic demo ward (patients already there are left alone). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill the database with the synthetic demo ward \"Neuro 4B\" (fictional patients, months of exams and orders).")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = CliSupport.open(root)) {
            Clinician me = db.write(CliSupport::osUser);
            DemoWardInstaller.Result r = DemoWardInstaller.install(db, me, Clock.systemDefaultZone());
            spec.commandLine().getOut().printf("Demo ward: %d patients, %d exams and observations, %d medication orders, %d doses charted added.%n",
                    r.patients(), r.exams(), r.orders(), r.administrations());
            return ExitCode.OK;
        }
    }
}

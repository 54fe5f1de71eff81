package org.bedsideneuro.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.AuditEntry;
import org.bedsideneuro.persistence.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit --patient ID}: the append-only audit trail of one patient, oldest first, as tab-separated lines. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Print the audit trail of one patient: when, who, what.")
final class AuditCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--patient", required = true, paramLabel = "ID", description = "The patient's MRN.")
    String patient;

    @Override
    public Integer call() {
        PatientId id = new PatientId(patient);
        try (Database db = CliSupport.open(root)) {
            if (db.read(s -> s.patients().find(id)).isEmpty()) {
                spec.commandLine().getErr().println("bedside-neuro: no patient with MRN " + patient);
                return ExitCode.INVALID_INPUT;
            }
            List<AuditEntry> trail = db.read(s -> s.audit().forPatient(id));
            PrintWriter out = spec.commandLine().getOut();
            out.println("at\tby\trole\taction\trecord\tid\tdetail");
            for (AuditEntry a : trail) {
                out.println(String.join("\t", a.at().toString(), a.by().displayName(), a.by().role().code(), a.action(), a.entity(),
                        a.entityId(), a.detail().replace('\t', ' ').replace('\n', ' ')));
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}

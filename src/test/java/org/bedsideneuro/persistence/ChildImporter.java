package org.bedsideneuro.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.exchange.CsvImporter;
import org.bedsideneuro.exchange.ImportReport;

/**
 * Run in a child JVM by the crash test: imports exchange-format folders of {@link #PATIENTS_PER_IMPORT} patients each,
 * one after the other, and prints "imported N" only after an import returned. Arguments: database, work folder.
 */
public final class ChildImporter {
    static final int PATIENTS_PER_IMPORT = 7;

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path work = Path.of(args[1]);
        try (Database database = Database.open(db, Clock.systemUTC())) {
            Clinician me = database.write(s -> s.clinicians().findOrCreate("os:crash-test", Role.OTHER));
            for (int n = 0; ; n++) {
                Path folder = work.resolve("import-" + System.nanoTime());
                Files.createDirectories(folder);
                StringBuilder patients = new StringBuilder("patient_id,family_name,given_name,birth_date,sex,ward,bed\n");
                StringBuilder findings = new StringBuilder("patient_id,recorded_at,recorded_by,role,finding,side,value,note\n");
                for (int p = 0; p < PATIENTS_PER_IMPORT; p++) {
                    String mrn = "CR-" + folder.getFileName().toString().substring(7) + "-" + p;
                    patients.append(mrn).append(",Crash,Test,1960-01-01,unknown,Neuro 4B,").append(p).append('\n');
                    for (String side : new String[] {"L", "R"}) {
                        findings.append(mrn).append(",2026-01-01T08:00:00+00:00,Dr Crash,neurologist,reflex.achilles,").append(side).append(",2,\n");
                    }
                }
                Files.writeString(folder.resolve("patients.csv"), patients);
                Files.writeString(folder.resolve("findings.csv"), findings);
                ImportReport report = new CsvImporter(database, Clock.systemUTC()).importFolder(folder, me);
                if (!report.succeeded()) {
                    throw new IllegalStateException(report.problems().toString());
                }
                System.out.println("imported " + n);
                System.out.flush();
            }
        }
    }
}

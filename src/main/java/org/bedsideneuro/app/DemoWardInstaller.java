package org.bedsideneuro.app;

import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.demo.DemoAccounts;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Session;

/**
 * Saves the synthetic demo ward through the repositories, in one transaction. Patients that are already there are
 * left as they are (with their records), so running it twice adds nothing. A database that holds a ward's own records
 * (an account or a patient that is not the demo's) is refused: invented patients and accounts with published passwords
 * must never enter a ward's real database (docs/decisions/0001-demo-in-its-own-database.md).
 */
public final class DemoWardInstaller {
    private DemoWardInstaller() {
    }

    /** What was added. */
    public record Result(int patients, int exams, int orders, int administrations) {
    }

    public static Result install(Database db, Clinician enteredBy, Clock clock) {
        DemoWard ward = DemoWard.generate(clock);
        return db.write(s -> save(s, ward, enteredBy));
    }

    /** Thrown, with nothing written, when the database holds a ward's own records. */
    public static final class WardDataPresent extends IllegalArgumentException {
        WardDataPresent(String message) {
            super(message);
        }
    }

    private static void refuseAWardsOwnDatabase(Session s, DemoWard ward) throws SQLException {
        long demoPatientsThere = 0;
        for (var patient : ward.patients()) {
            if (s.patients().find(patient.id()).isPresent()) {
                demoPatientsThere++;
            }
        }
        if (s.accounts().countOtherThanDemo() > 0 || s.patients().count() > demoPatientsThere) {
            throw new WardDataPresent("This database holds a ward's own accounts or patients, and the demo ward's invented patients "
                    + "are never mixed into them. Nothing was written. The demo ward has a database of its own: start BedsideNeuro "
                    + "with --demo, or choose Demo, Explore the demo ward in the window.");
        }
    }

    private static Result save(Session s, DemoWard ward, Clinician enteredBy) throws SQLException {
        refuseAWardsOwnDatabase(s, ward);
        Map<ClinicianId, Clinician> stored = new HashMap<>();
        for (Clinician c : ward.clinicians()) {
            stored.put(c.id(), s.clinicians().ensure(c));
        }
        // The demo's own neurologist registers its patients and writes its orders: whoever loads the demo (an
        // administrator-only account on a fresh database, say) may not be allowed to (roles), and in the
        // story it was the ward's neurologist who did. The command line's os: user is a trusted writer either way.
        Clinician registrar = Permissions.isBatchWriter(enteredBy) ? enteredBy
                : ward.clinicians().stream().filter(c -> c.role() == Role.NEUROLOGIST)
                        .map(c -> stored.get(c.id())).findFirst().orElse(enteredBy);
        int patients = 0;
        int exams = 0;
        int orders = 0;
        int administrations = 0;
        for (var patient : ward.patients()) {
            if (s.patients().find(patient.id()).isPresent()) {
                continue;
            }
            s.patients().add(patient, registrar);
            patients++;
            for (MedicationOrder order : ward.ordersOf(patient.id())) {
                s.medications().add(order, registrar);
                orders++;
            }
            for (var dose : ward.administrationsOf(patient.id())) {
                Clinician nurse = stored.getOrDefault(dose.givenBy().id(), dose.givenBy());
                var charted = new Administration(dose.id(), dose.orderId(), dose.patientId(), dose.givenAt(),
                        dose.periodStart(), dose.dose(), dose.unit(), dose.status(), nurse, dose.note());
                s.administrations().record(charted, nurse); // in the story the nurse charted each dose she gave
                administrations++;
            }
            for (Exam exam : ward.examsOf(patient.id())) {
                Clinician examiner = stored.getOrDefault(exam.recordedBy().id(), exam.recordedBy());
                Exam saved = examiner.equals(exam.recordedBy()) ? exam
                        : new Exam(exam.id(), exam.patientId(), exam.kind(), exam.recordedAt(), examiner, exam.findings(),
                        exam.note(), exam.baseline(), exam.amendment());
                // Attributed to the clinician who examined: in the demo story they entered it themselves.
                s.exams().add(saved, examiner);
                exams++;
            }
        }
        // One account per role, passwords on the login screen; only where there are no accounts yet.
        s.accounts().createDemoAccounts(DemoAccounts.ALL);
        return new Result(patients, exams, orders, administrations);
    }
}

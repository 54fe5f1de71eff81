package org.bedsideneuro.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.persistence.Database;

/** A real SQLite database filled with the demo ward through the repositories, as the app would store it. */
public final class DemoWardDatabase {
    private DemoWardDatabase() {
    }

    /** Creates {@code file}, saves the demo ward of {@code clock} into it and closes it. */
    public static DemoWard create(Path file, Clock clock) {
        DemoWard ward = DemoWard.generate(clock);
        try (Database db = Database.open(file, clock)) {
            save(db, ward);
        }
        return ward;
    }

    /** Saves clinicians, patients, orders, exams (each entered by its examiner) and doses (each charted by its nurse). */
    public static void save(Database db, DemoWard ward) {
        Clinician entering = ward.clinicians().get(0);
        db.write(s -> {
            for (Clinician c : ward.clinicians()) {
                s.clinicians().ensure(c);
            }
            for (Patient p : ward.patients()) {
                s.patients().add(p, entering);
            }
            for (MedicationOrder o : ward.orders()) {
                s.medications().add(o, entering);
            }
            for (Exam e : ward.exams()) {
                s.exams().add(e, e.recordedBy());
            }
            for (var dose : ward.administrations()) {
                s.administrations().record(dose, dose.givenBy());
            }
            return null;
        });
    }
}

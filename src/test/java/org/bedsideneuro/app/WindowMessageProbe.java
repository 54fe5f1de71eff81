package org.bedsideneuro.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.common.Failure;

/**
 * What the window does with a database it cannot write, run in a restricted child JVM: open it (as the window does on
 * starting) and save a patient (as the ward screen does), and print what the window would show: the
 * {@link Failure} message of the background task, never a stack trace.
 */
public final class WindowMessageProbe {
    private WindowMessageProbe() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]), Clock.systemUTC())) {
            db.write(s -> {
                s.patients().add(new Patient(new PatientId("SYN-PROBE"), "Probe", "Pat", LocalDate.of(1970, 1, 1), Sex.OTHER, "4B", ""),
                        s.clinicians().findOrCreate("Nurse Probe", Role.NURSE));
                return null;
            });
            System.out.println("SAVED");
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e);
            System.out.println("EXPLAINED=" + failure.isExplained());
            System.out.println("ON SCREEN=" + failure.message());
        }
    }
}

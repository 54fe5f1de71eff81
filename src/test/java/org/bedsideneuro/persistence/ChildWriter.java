package org.bedsideneuro.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;

/**
 * Run in a child JVM by the crash and concurrency tests: saves full exams one transaction each and prints
 * "saved ID" only after the commit returned, the way the app shows "saved" only after the commit.
 * Arguments: database file or postgresql:// URI, writer name, number of exams (0 = until killed).
 */
public final class ChildWriter {
    public static void main(String[] args) {
        DatabaseLocation location = DatabaseLocation.parse(args[0]);
        String name = args[1];
        int count = Integer.parseInt(args[2]);
        PatientId mrn = new PatientId("SYN-" + name);
        try (Database db = Database.open(location, Clock.systemUTC())) {
            Clinician me = db.write(s -> {
                Clinician c = s.clinicians().findOrCreate("Writer " + name, Role.NEUROLOGIST);
                if (s.patients().find(mrn).isEmpty()) {
                    s.patients().add(new Patient(mrn, "Writer", name, LocalDate.of(1970, 1, 1), Sex.UNKNOWN, "", ""), c);
                }
                return c;
            });
            MrcGrade[] grades = MrcGrade.values();
            for (int i = 0; count == 0 || i < count; i++) {
                List<Finding> findings = new ArrayList<>();
                for (FindingCode code : FindingCode.inSection(Section.STRENGTH)) {
                    findings.add(new Finding(code, Side.LEFT, grades[i % grades.length]));
                    findings.add(new Finding(code, Side.RIGHT, grades[(i + 3) % grades.length]));
                }
                Exam exam = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), me, findings, "exam " + i);
                db.write(s -> {
                    s.exams().add(exam, me);
                    return null;
                });
                System.out.println("saved " + exam.id());
                System.out.flush();
            }
        }
    }
}

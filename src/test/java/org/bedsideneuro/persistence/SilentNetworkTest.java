package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.SilentNetwork;
import org.bedsideneuro.testdb.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #12 point 5 when the network dies without a word (a cable pulled, a laptop carried out of Wi-Fi): the server
 * neither refuses nor closes, it just never answers. A save must not wait for ever: it fails as "cannot be reached"
 * (which the window turns into "kept on this laptop"), nothing of it is on the server, and once the network is back
 * the same save goes through once. The read timeout is lowered to 2 s here; the app's is a minute.
 */
class SilentNetworkTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-031");
    private String before;

    @AfterEach
    void restoreTimeout() {
        if (before == null) {
            System.clearProperty(PostgresDialect.READ_TIMEOUT_PROPERTY);
        } else {
            System.setProperty(PostgresDialect.READ_TIMEOUT_PROPERTY, before);
        }
    }

    @Test
    // A guard against hanging the build, not a measurement: in a thread of its own, so that a read blocked for ever
    // fails the test instead of holding it (a blocked socket read ignores interrupts).
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSaveOnASilentlyDeadNetworkFailsAsUnreachableSavesNothingAndGoesThroughOnceTheNetworkIsBack() throws Exception {
        before = System.getProperty(PostgresDialect.READ_TIMEOUT_PROPERTY);
        System.setProperty(PostgresDialect.READ_TIMEOUT_PROPERTY, "2");
        DatabaseLocation.PostgresServer server = TestPostgres.get().createDatabase();
        try (SilentNetwork network = new SilentNetwork(server.port())) {
            DatabaseLocation.PostgresServer throughNetwork = new DatabaseLocation.PostgresServer("127.0.0.1", network.port(),
                    server.database(), server.user(), Map.of());
            try (Database laptop = Database.open(throughNetwork, clock)) {
                Clinician ada = laptop.write(s -> {
                    Clinician c = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
                    s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "Neuro 4B", "12"), c);
                    return c;
                });
                Exam exam = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:30:00Z"), ada,
                        List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");

                network.silence();
                Throwable failed = catchThrowable(() -> laptop.write(s -> s.exams().add(exam, ada)));
                assertThat(failed).isInstanceOf(DatabaseException.class);
                assertThat(((DatabaseException) failed).unreachable()).as("told as 'cannot be reached': %s", failed).isTrue();
                assertThat(examsOnServer(server)).as("nothing of the failed save is on the server").isZero();

                network.restore();
                laptop.write(s -> s.exams().add(exam, ada)); // the form's "Save" again, with the same exam id
                assertThat(examsOnServer(server)).as("saved once").isEqualTo(1);
            }
        }
    }

    private static long examsOnServer(DatabaseLocation.PostgresServer server) throws Exception {
        try (Connection c = TestPostgres.get().superuser(server.database()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM exam")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

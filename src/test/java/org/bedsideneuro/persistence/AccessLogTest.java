package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AccessLogTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final PatientId erin = new PatientId("SYN-001");
    private final PatientId sam = new PatientId("SYN-002");
    private Database db;
    private Clinician ben;
    private Clinician os;

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @BeforeEach
    void open() {
        db = backend.open(dir, "ward", clock);
        db.write(s -> {
            os = s.clinicians().findOrCreate("os:it", Role.OTHER);
            ben = s.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE), "nurse-pass-1".toCharArray(), false, os)
                    .clinician();
            s.patients().add(new Patient(erin, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ben);
            s.patients().add(new Patient(sam, "Sample", "Sam", LocalDate.of(1960, 5, 1), Sex.MALE, "4B", "13"), ben);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<AccessEntry> find(PatientId patient, String login, Instant from, Instant to) {
        List<AccessEntry> found = db.read(s -> s.accessLog().find(patient, login, from, to));
        return found;
    }

    @Test
    void opensPrintsAndExportsAreRecordedWithWhoWhenWhichPatientAndWhat() {
        db.write(s -> { s.accessLog().record(ben, AccessAction.OPEN_PATIENT, erin, "patient page"); return null; });
        clock.advance(Duration.ofDays(1));
        db.write(s -> { s.accessLog().record(ben, AccessAction.PRINT_SUMMARY, erin, "progress summary"); return null; });
        db.write(s -> { s.accessLog().record(os, AccessAction.EXPORT_DATA, null, "CSV of the ward"); return null; });
        db.write(s -> { s.accessLog().recordFailedLogin("mallory", null, "no such account"); return null; });

        List<AccessEntry> forErin = find(erin, null, null, null);
        assertThat(forErin).extracting(AccessEntry::action).containsExactly(AccessAction.OPEN_PATIENT, AccessAction.PRINT_SUMMARY);
        assertThat(forErin.get(0).login()).isEqualTo("ben");
        assertThat(forErin.get(0).clinicianName()).isEqualTo("Nurse Ben Sample");
        assertThat(forErin.get(0).at()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(find(null, "os:it", null, null)).singleElement().extracting(AccessEntry::detail).isEqualTo("CSV of the ward");
        assertThat(find(null, "MALLORY", null, null)).singleElement().extracting(AccessEntry::action).isEqualTo(AccessAction.LOGIN_FAILED);
        assertThat(find(null, null, Instant.parse("2026-03-02T00:00:00Z"), null)).hasSize(3);
        assertThat(find(null, null, null, Instant.parse("2026-03-02T00:00:00Z"))).hasSize(1);
        assertThat(find(sam, null, null, null)).isEmpty();
    }

    @Test
    void theAccessLogIsInsertOnlyForTheApp() {
        // No method updates or deletes; the ward server's app role may only insert (postgres-app-role.sql).
        assertThat(Arrays.stream(AccessLog.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(n -> n.contains("delete") || n.contains("update") || n.contains("remove"));
    }

    /** In the window only an administrator reads the access log; tried below the UI. */
    @Test
    void onlyAnAdministratorReadsTheAccessLogInTheWindow() {
        db.write(s -> { s.accessLog().record(ben, AccessAction.OPEN_PATIENT, erin, "patient page"); return null; });
        Assertions.assertThatThrownBy(() -> db.read(s -> s.accessLog().findAsAdministrator(ben, erin, null, null, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only an administrator may");
        Clinician ivy = db.write(s -> s.accounts().create("Ivy Admin", new LoginName("ivy"), EnumSet.of(AccountRole.ADMINISTRATOR),
                "ivy-password".toCharArray(), false, os).clinician());
        List<AccessEntry> found = db.read(s -> s.accessLog().findAsAdministrator(ivy, erin, "ben", null, null));
        Assertions.assertThat(found).singleElement().satisfies(e -> Assertions.assertThat(e.detail()).isEqualTo("patient page"));
    }
}

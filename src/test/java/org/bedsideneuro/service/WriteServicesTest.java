package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.TimeOrderedUuid;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.exchange.ExportSummary;
import org.bedsideneuro.persistence.AccessEntry;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.LocalDrafts;
import org.bedsideneuro.persistence.RecordConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write use cases the window and the command line share (decision 0018), on a real ward file: what each writes,
 * and that a refusal writes nothing.
 */
class WriteServicesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-03T12:00:00Z"), BERLIN);
    private final PatientId mrn = new PatientId("SYN-WRITE-1");

    @TempDir
    Path dir;
    private Database db;
    private WardRecords records;
    private Clinician ada;
    private Patient erin;

    @BeforeEach
    void ward() {
        db = Database.open(dir.resolve("ward.db"), clock);
        records = WardRecords.of(db, LocalDrafts.in(dir.resolve("drafts")));
        ada = records.accounts().recorder("Dr Ada Testwell", Role.NEUROLOGIST);
        erin = records.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ada);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anExamIsSavedWithItsDraftGoneAndARepeatedSaveStoresItOnce() {
        Draft draft = new Draft(TimeOrderedUuid.next(), ada.id(), mrn, "exam", null, Map.of("note", "foot drop"), clock.instant());
        records.drafts().keep(draft);
        assertThat(records.drafts().byAuthor(ada.id())).hasSize(1);
        Exam exam = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.now(clock), ada,
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "").withId(new ExamId(draft.id()));

        records.exams().save(exam, false, ada, Optional.of(draft.id()));
        records.exams().save(exam, false, ada, Optional.of(draft.id())); // the answer to the first was lost

        List<Exam> current = db.read(s -> s.exams().current(mrn));
        assertThat(current).extracting(Exam::id).containsExactly(exam.id());
        assertThat(records.drafts().byAuthor(ada.id())).isEmpty();
    }

    @Test
    void aTakenMrnIsRefusedAndTheFirstPatientStaysAsTheyWere() {
        Patient other = new Patient(mrn, "Other", "Otto", LocalDate.of(1960, 1, 1), Sex.MALE, "4C", "1");
        assertThatThrownBy(() -> records.patients().add(other, ada)).isInstanceOf(RecordConflictException.class);
        Optional<Patient> stored = db.read(s -> s.patients().find(mrn));
        assertThat(stored).contains(erin);
    }

    @Test
    void aChangedOrderStopsTheOldOneWhereTheNewOneStarts() {
        MedicationOrder first = order("10", "2026-03-01T08:00:00+01:00");
        MedicationOrder changed = order("15", "2026-03-02T08:00:00+01:00");
        records.orders().start(first, null, ada);
        records.orders().start(changed, first, ada);

        List<MedicationOrder> stored = db.read(s -> s.medications().forPatient(mrn));
        MedicationOrder old = stored.stream().filter(o -> o.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(old.stop()).isEqualTo(changed.start());
        assertThat(stored.stream().filter(o -> o.id().equals(changed.id())).findFirst().orElseThrow().stop()).isNull();
    }

    @Test
    void onlyAnAdministratorAddsAnAccountAndTheCommandLinesUserIsFoundInTheSameTransaction() {
        assertThatThrownBy(() -> records.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE),
                "ben-password".toCharArray(), true, ada)).isInstanceOf(AccessDeniedException.class);
        long accounts = db.read(s -> s.accounts().count());
        assertThat(accounts).isZero();

        records.accounts().createFirstAdministrator("Ida Admin", new LoginName("ida"), EnumSet.of(AccountRole.ADMINISTRATOR),
                "ida-password".toCharArray());
        Clinician ida = db.read(s -> s.accounts().find(new LoginName("ida"))).orElseThrow().clinician();
        records.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE), "ben-password".toCharArray(), true,
                s -> ida);
        Optional<Account> ben = db.read(s -> s.accounts().find(new LoginName("ben")));
        assertThat(ben).get().satisfies(added -> assertThat(added.mustChangePassword()).isTrue());
    }

    @Test
    void aCsvExportIsWrittenAndRecordedInTheAccessLog() {
        ExportSummary written = records.exports(clock, "test").saveCsv(mrn, dir.resolve("out"), false, s -> ada);

        assertThat(written.patients()).isEqualTo(1);
        List<AccessEntry> log = db.read(s -> s.accessLog().find(mrn, null, null, null));
        assertThat(log).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AccessAction.EXPORT_DATA);
            assertThat(e.detail()).startsWith("CSV exchange files to ");
        });
    }

    private MedicationOrder order(String mg, String start) {
        return new MedicationOrder(OrderId.random(), mrn, "morphine", new BigDecimal(mg), DoseUnit.MG, Route.ORAL, new BigDecimal("2"),
                OffsetDateTime.parse(start), null, "", OrderKind.SCHEDULED, Indication.CANCER_PAIN, null);
    }
}

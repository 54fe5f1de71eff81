package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
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
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every role's forbidden actions, tried on the repositories directly: the window is not the control. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class RoleEnforcementTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-001");
    private Database db;
    private Clinician neurologist;
    private Clinician nurse;
    private Clinician adminOnly;
    private Clinician other;

    @BeforeEach
    void open() {
        db = backend.open(dir, "ward", clock);
        db.write(s -> {
            Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
            adminOnly = s.accounts().create("Ivy IT", new LoginName("ivy"), EnumSet.of(AccountRole.ADMINISTRATOR),
                    "admin-password".toCharArray(), false, it).clinician();
            neurologist = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
            nurse = s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE);
            other = s.clinicians().findOrCreate("Visiting student", Role.OTHER);
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "Neuro 4B", "12"), nurse);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Exam record(ExamKind kind, Clinician by) {
        return Exam.record(mrn, kind, OffsetDateTime.parse("2026-03-01T09:00:00Z"), by,
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");
    }

    private MedicationOrder order() {
        return new MedicationOrder(OrderId.random(), mrn, "morphine", new BigDecimal("10"), DoseUnit.MG,
                Route.ORAL, new BigDecimal("4"), OffsetDateTime.parse("2026-03-01T08:00:00Z"), null, "");
    }

    private void refused(Work<?> work, String message) {
        long before = auditCount();
        assertThatThrownBy(() -> db.write(work)).isInstanceOf(AccessDeniedException.class).hasMessageContaining(message);
        assertThat(auditCount()).as("nothing written").isEqualTo(before);
    }

    private long auditCount() {
        return db.check().counts().get("audit_log");
    }

    @Test
    void aNurseMayNotRecordAmendOrWithdrawAnExamNorManageMedication() {
        refused(s -> { s.exams().add(record(ExamKind.EXAM, nurse), nurse); return null; }, "Nurse Ben Sample (nurse) may not record");
        refused(s -> { s.medications().add(order(), nurse); return null; }, "may not manage medication orders");
        Exam exam = record(ExamKind.EXAM, neurologist);
        MedicationOrder order = order();
        db.write(s -> { s.exams().add(exam, neurologist); s.medications().add(order, neurologist); return null; });
        refused(s -> { s.exams().amend(exam.amend(exam.findings(), "", nurse, clock.instant(), "typo")); return null; }, "neurological exam");
        refused(s -> { s.exams().voidExam(exam.id(), nurse, "wrong patient"); return null; }, "neurological exam");
        refused(s -> { s.medications().stop(order.id(), OffsetDateTime.parse("2026-03-01T09:30:00Z"), nurse); return null; }, "medication");
    }

    @Test
    void aNurseRecordsAndAmendsObservations() {
        Exam observation = record(ExamKind.OBSERVATION, nurse);
        db.write(s -> { s.exams().add(observation, nurse); return null; });
        db.write(s -> { s.exams().amend(observation.amend(observation.findings(), "", nurse, clock.instant(), "typo")); return null; });
        List<Exam> current = db.read(s -> s.exams().current(mrn));
        assertThat(current).hasSize(1);
    }

    @Test
    void cliniciansMayNotManageAccountsAndAnAdministratorMayNotRecord() {
        for (Clinician c : List.of(nurse, neurologist)) {
            refused(s -> s.accounts().create("X Y", new LoginName("xy"), EnumSet.of(AccountRole.NURSE), "password-1".toCharArray(), false, c),
                    "only an administrator");
            refused(s -> { s.accounts().setDisabled(new LoginName("ivy"), true, c); return null; }, "only an administrator");
            refused(s -> { s.accounts().resetPassword(new LoginName("ivy"), "password-2".toCharArray(), c); return null; }, "only an administrator");
            refused(s -> s.accounts().setRoles(new LoginName("ivy"), EnumSet.of(AccountRole.NURSE), c), "only an administrator");
        }
        Account added = db.write(s -> s.accounts().create("Nurse Cy", new LoginName("cy"), EnumSet.of(AccountRole.NURSE),
                "password-1".toCharArray(), true, adminOnly));
        assertThat(added.mustChangePassword()).isTrue();
        refused(s -> { s.exams().add(record(ExamKind.OBSERVATION, adminOnly), adminOnly); return null; }, "Ivy IT (other) may not record");
        refused(s -> { s.medications().add(order(), adminOnly); return null; }, "medication");
        refused(s -> { s.patients().add(new Patient(new PatientId("SYN-2"), "A", "B", LocalDate.of(1950, 1, 1), Sex.MALE, "", ""), adminOnly); return null; },
                "register");
    }

    @Test
    void aClinicianWithRoleOtherOnlyReadsAndTheFirstAdministratorIsCreatedOnlyOnce() {
        refused(s -> { s.exams().add(record(ExamKind.OBSERVATION, other), other); return null; }, "Visiting student (other)");
        refused(s -> { s.patients().add(new Patient(new PatientId("SYN-3"), "A", "B", LocalDate.of(1950, 1, 1), Sex.MALE, "", ""), other); return null; },
                "register");
        refused(s -> s.accounts().createFirstAdministrator("Eve", new LoginName("eve"), EnumSet.of(AccountRole.ADMINISTRATOR),
                "password-1".toCharArray()), "There are accounts already");
    }
}

package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.NoResponse;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A nerve conduction study goes where an exam goes: saved, signed, amended (the signed original kept), withdrawn,
 * audited and covered by the hash chain, on SQLite and on the ward server.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class NerveConductionStudyStorageTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-NCS-1");
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private static Finding f(FindingCode code, String value) {
        return new Finding(code, Side.LEFT, code.parseValue(value));
    }

    @Test
    void aStudyIsSavedSignedAmendedWithdrawnAuditedAndChained() throws Exception {
        db = backend.open(dir, "ward", clock);
        List<Exam> saved = new ArrayList<>();
        db.write(s -> {
            Clinician emg = s.clinicians().findOrCreate("Dr Emg Storage", Role.NEUROLOGIST);
            s.patients().add(new Patient(mrn, "Example", "Nerve", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), emg);
            Exam study = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-02-20T09:00:00+01:00"), emg,
                    List.of(f(FindingCode.SURAL_SNAP, "12.50"), f(FindingCode.SURAL_SNAP_LLN, "3"), f(FindingCode.SURAL_CV, "44"),
                            f(FindingCode.TIBIAL_CMAP, "absent")), "City lab");
            s.exams().add(study, emg);
            Exam corrected = study.amend(List.of(f(FindingCode.SURAL_SNAP, "2.5"), f(FindingCode.SURAL_SNAP_LLN, "3"),
                    f(FindingCode.SURAL_CV, "44"), f(FindingCode.TIBIAL_CMAP, "absent")), "City lab", emg, clock.instant(),
                    "amplitude typed from the wrong line of the report");
            s.exams().amend(corrected);
            s.signatures().add(corrected.id(), emg, SignatureMeaning.AUTHOR);
            Exam second = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-02-25T09:00:00+01:00"), emg,
                    List.of(f(FindingCode.SURAL_SNAP, "absent")), "entered for the wrong patient");
            s.exams().add(second, emg);
            s.exams().voidExam(second.id(), emg, "wrong patient");
            saved.add(study);
            saved.add(corrected);
            return null;
        });
        assertThat(db.awaitSealed(Duration.ofMinutes(2))).isTrue();

        List<Exam> current = db.read(s -> s.exams().current(mrn));
        assertThat(current).singleElement().satisfies(e -> {
            assertThat(e.value(FindingCode.SURAL_SNAP, Side.LEFT)).map(v -> v.code()).contains("2.5");
            assertThat(e.value(FindingCode.TIBIAL_CMAP, Side.LEFT)).contains(NoResponse.ABSENT);
            assertThat(e.note()).isEqualTo("City lab");
            assertThat(e.isNerveConductionStudy()).isTrue();
        });
        List<RecordedExam> history = db.read(s -> s.exams().history(mrn));
        assertThat(history).extracting(RecordedExam::status)
                .containsExactlyInAnyOrder(ExamStatus.AMENDED, ExamStatus.CURRENT, ExamStatus.VOIDED);
        // the original keeps its digits in the history; the amendment carries the signature
        assertThat(history).filteredOn(r -> r.exam().id().equals(saved.get(0).id())).singleElement()
                .satisfies(r -> assertThat(r.exam().value(FindingCode.SURAL_SNAP, Side.LEFT)).map(v -> v.code()).contains("12.50"));
        List<?> signatures = db.read(s -> s.signatures().forExam(saved.get(1).id()));
        assertThat(signatures).hasSize(1);
        List<String> actions = db.read(s -> s.audit().forPatient(mrn)).stream().map(a -> a.action()).toList();
        assertThat(actions).contains("create", "amend", "void");
        Optional<ChainProblem> clean = db.read(s -> s.chain().verify());
        assertThat(clean).isEmpty();

        // a lower limit changed with plain SQL is found by the chain, naming the study
        try (Connection c = Backend.raw(backend.location(dir, "ward")); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE finding SET value = '1' WHERE code = 'ncs.sural_snap_uv_lln' AND exam_id = '" + saved.get(1).id() + "'");
        }
        Optional<ChainProblem> tampered = db.read(s -> s.chain().verify());
        assertThat(tampered).hasValueSatisfying(p -> assertThat(p.entityId()).isEqualTo(saved.get(1).id().toString()));
    }
}

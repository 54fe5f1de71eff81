package org.bedsideneuro.ui.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.junit.jupiter.api.Test;

class HistoryEntryStudyTest {
    private final ClinicalFormats formats = new ClinicalFormats(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    private final Clinician doctor = Clinician.create("Dr Example", Role.NEUROLOGIST);

    private RecordedExam recorded(Finding f) {
        return new RecordedExam(Exam.record(new PatientId("SYN-1"), ExamKind.EXAM, OffsetDateTime.parse("2026-02-20T09:00:00Z"), doctor,
                List.of(f), "Lab A"), ExamStatus.CURRENT, Instant.parse("2026-02-20T09:05:00Z"));
    }

    @Test
    void aStudyIsNamedAsSuchInTheHistoryAndABedsideExamStaysABedsideExam() {
        assertThat(HistoryEntry.of(recorded(new Finding(FindingCode.SURAL_SNAP, Side.LEFT, FindingCode.SURAL_SNAP.parseValue("4"))), formats)
                .kind()).isEqualTo("Nerve conduction study");
        assertThat(HistoryEntry.of(recorded(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE)), formats)
                .kind()).isEqualTo("Bedside exam");
    }
}

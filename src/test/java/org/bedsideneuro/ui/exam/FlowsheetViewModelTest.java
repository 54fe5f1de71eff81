package org.bedsideneuro.ui.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FootDrop;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.junit.jupiter.api.Test;

class FlowsheetViewModelTest {
    private final ClinicalFormats formats = new ClinicalFormats(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    private final Clinician doctor = Clinician.create("Dr Example", Role.NEUROLOGIST);
    private final PatientId mrn = new PatientId("SYN-1");

    private Exam exam(String day, ExamKind kind, Finding... findings) {
        return new Exam(ExamId.random(), mrn, kind,
                OffsetDateTime.parse("2026-02-" + day + "T09:00:00Z"), doctor, List.of(findings), "", false, null);
    }

    @Test
    void examsAreColumnsNewestFirstFindingsAreRowsAndWorseningIsMarked() {
        FlowsheetViewModel.Sheet sheet = FlowsheetViewModel.build(List.of(
                exam("20", ExamKind.EXAM, new Finding(FindingCode.FOOT_DROP, Side.LEFT, FootDrop.NONE),
                        new Finding(FindingCode.WRIST_EXTENSION, Side.LEFT, MrcGrade.FIVE)),
                exam("24", ExamKind.OBSERVATION, Finding.unsided(FindingCode.HALLUCINATIONS, YesNo.NO)),
                exam("27", ExamKind.EXAM, new Finding(FindingCode.FOOT_DROP, Side.LEFT, FootDrop.PARTIAL),
                        new Finding(FindingCode.WRIST_EXTENSION, Side.LEFT, MrcGrade.FIVE),
                        new Finding(FindingCode.WRIST_EXTENSION, Side.RIGHT, MrcGrade.THREE))), formats);

        assertThat(sheet.columns()).as("observations are not bedside exams").hasSize(2);
        assertThat(sheet.columns().get(0)).startsWith("27 Feb 2026");
        assertThat(sheet.rows()).extracting(FlowsheetViewModel.Row::label).containsExactly(
                "Wrist extension, left", "Wrist extension, right", "Foot drop, left");
        assertThat(sheet.rows().get(0).cells()).as("asymmetric with the right")
                .containsExactly(new FlowsheetViewModel.Cell("5", true), new FlowsheetViewModel.Cell("5", false));
        assertThat(sheet.rows().get(1).cells()).containsExactly(new FlowsheetViewModel.Cell("3", true), new FlowsheetViewModel.Cell("", false));
        assertThat(sheet.rows().get(2).cells()).as("new foot drop")
                .containsExactly(new FlowsheetViewModel.Cell("partial", true), new FlowsheetViewModel.Cell("none", false));
    }

    @Test
    void aNerveConductionStudyIsNotABedsideExamColumn() {
        FlowsheetViewModel.Sheet sheet = FlowsheetViewModel.build(List.of(
                exam("20", ExamKind.EXAM, new Finding(FindingCode.FOOT_DROP, Side.LEFT, FootDrop.NONE)),
                exam("24", ExamKind.EXAM, new Finding(FindingCode.SURAL_SNAP, Side.LEFT, FindingCode.SURAL_SNAP.parseValue("absent")))), formats);
        assertThat(sheet.columns()).singleElement().satisfies(c -> assertThat(c).startsWith("20 Feb 2026"));
        assertThat(sheet.rows()).extracting(FlowsheetViewModel.Row::label).containsExactly("Foot drop, left");
    }

    @Test
    void theBaselineIsNamedFirstOnItsColumnsSecondLine() {
        Exam baseline = new Exam(ExamId.random(), mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-02-01T09:00:00Z"),
                doctor, List.of(new Finding(FindingCode.FOOT_DROP, Side.LEFT, FootDrop.NONE)), "", true, null);
        FlowsheetViewModel.Sheet sheet = FlowsheetViewModel.build(List.of(baseline,
                exam("20", ExamKind.EXAM, new Finding(FindingCode.FOOT_DROP, Side.LEFT, FootDrop.NONE))), formats);
        assertThat(sheet.columns()).containsExactly("20 Feb 2026 09:00\nDr Example", "1 Feb 2026 09:00\nBaseline · Dr Example");
    }

    @Test
    void theSignatureRowNeedsRoomOnlyWhenAnExamIsSigned() {
        Exam unsigned = exam("20", ExamKind.EXAM, new Finding(FindingCode.FOOT_DROP, Side.LEFT, FootDrop.NONE));
        Exam signed = exam("27", ExamKind.EXAM, new Finding(FindingCode.FOOT_DROP, Side.LEFT, FootDrop.NONE));
        FlowsheetViewModel.Sheet none = FlowsheetViewModel.build(List.of(unsigned, signed), formats);
        assertThat(none.signatures()).containsExactly("Not signed", "Not signed");
        assertThat(none.anySigned()).isFalse();

        Signature signature = new Signature(signed.id(), doctor.id(),
                doctor.displayName(), Role.NEUROLOGIST, Instant.parse("2026-02-27T10:00:00Z"),
                SignatureMeaning.AUTHOR);
        FlowsheetViewModel.Sheet one = FlowsheetViewModel.build(List.of(unsigned, signed),
                Map.of(signed.id(), List.of(signature)), ZoneOffset.UTC, formats);
        assertThat(one.signatures().get(0)).startsWith("Signed by Dr Example");
        assertThat(one.anySigned()).isTrue();
    }
}

package org.bedsideneuro.ui.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.JerkRate;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.ui.common.ClinicalFormats;

/** One line of the observation table: one stored version, its rate, myoclonus and OIN items in a few words. */
public record ObservationEntry(RecordedExam recorded, String time, String rate, String myoclonus, String oin, String by, String status) {
    private static final List<FindingCode> OIN_SIGNS = List.of(FindingCode.DELIRIUM_CAM, FindingCode.HALLUCINATIONS, FindingCode.HYPERALGESIA,
            FindingCode.ALLODYNIA, FindingCode.SEIZURE);

    public ObservationEntry {
        Objects.requireNonNull(recorded, "recorded");
    }

    static ObservationEntry of(RecordedExam recorded, ClinicalFormats formats) {
        Exam exam = recorded.exam();
        return new ObservationEntry(recorded, formats.dateTime(exam.recordedAt()),
                JerkRate.of(exam).map(r -> r.toPlainString() + "/h").orElse(""), myoclonus(exam), oin(exam),
                exam.recordedBy().signature(), status(recorded));
    }

    public boolean isCurrent() {
        return recorded.isCurrent();
    }

    static String myoclonus(Exam exam) {
        List<String> parts = new ArrayList<>();
        exam.value(FindingCode.JERK_COUNT).ifPresent(v -> parts.add(v.code() + " in " + exam.value(FindingCode.WINDOW_MINUTES).map(FindingValue::code).orElse("?") + " min"));
        exam.value(FindingCode.DISTRIBUTION).ifPresent(v -> parts.add(v.code()));
        exam.value(FindingCode.REGIONS).ifPresent(v -> parts.add(v.label()));
        return String.join(", ", parts);
    }

    /** The OIN signs present and the POSS level, e.g. "POSS 3, Hallucinations"; "none" when assessed and absent. */
    static String oin(Exam exam) {
        List<String> parts = new ArrayList<>();
        exam.value(FindingCode.SEDATION_POSS).ifPresent(v -> parts.add("POSS " + v.code() + (((PossLevel) v).acceptable() ? "" : " ⚠")));
        boolean assessed = false;
        for (FindingCode code : OIN_SIGNS) {
            FindingValue v = exam.value(code).orElse(null);
            assessed |= v != null;
            if (v == YesNo.YES || v == CamResult.POSITIVE) {
                parts.add(code == FindingCode.DELIRIUM_CAM ? "CAM positive" : code.label());
            }
        }
        if (assessed && parts.stream().noneMatch(p -> !p.startsWith("POSS"))) {
            parts.add("no OIN signs");
        }
        return String.join(", ", parts);
    }

    /** True when this version records an OIN sign or unacceptable sedation: drawn as a marker on the chart. */
    static boolean hasSign(Exam exam) {
        return OIN_SIGNS.stream().map(exam::value).anyMatch(v -> v.filter(x -> x == YesNo.YES || x == CamResult.POSITIVE).isPresent())
                || exam.value(FindingCode.SEDATION_POSS).filter(v -> !((PossLevel) v).acceptable()).isPresent();
    }

    private static String status(RecordedExam recorded) {
        if (recorded.status() == ExamStatus.VOIDED) {
            return "Voided";
        }
        if (recorded.status() == ExamStatus.AMENDED) {
            return "Amended (older version)";
        }
        return recorded.exam().amendment() == null ? "Current" : "Current (corrected)";
    }
}

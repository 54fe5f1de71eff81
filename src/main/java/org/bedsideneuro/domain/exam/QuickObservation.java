package org.bedsideneuro.domain.exam;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.patient.PatientId;

/** The nurse's quick observation: its defaults and the one-action "no myoclonus seen". */
public final class QuickObservation {
    /**
     * The observation window offered by default, and the one "no myoclonus seen" records: 5 minutes. A count of 0
     * means something only with the time watched (0 in 1 minute rules out little; 0 in 5 minutes says the rate is
     * below 12 an hour), and 5 minutes is as long as a nurse can stand at one bed on a round. Ours, within the
     * 1-60 minutes of shared/clinical-reference.md section 5.
     */
    public static final int DEFAULT_WINDOW_MINUTES = 5;

    private QuickObservation() {
    }

    /** Count 0 and distribution none over the window, plus any other items the nurse recorded with it. */
    public static List<Finding> noMyoclonusSeen(int windowMinutes, List<Finding> otherItems) {
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(0)));
        findings.add(Finding.unsided(FindingCode.WINDOW_MINUTES, FindingCode.WINDOW_MINUTES.parseValue(Integer.toString(windowMinutes))));
        findings.add(Finding.unsided(FindingCode.DISTRIBUTION, MyoclonusDistribution.NONE));
        for (Finding f : otherItems) {
            // Regions, amplitude and the like describe jerks; with none seen they would contradict the record.
            if (f.code().section() != Section.MYOCLONUS) {
                findings.add(f);
            }
        }
        return findings;
    }

    /** A new observation of no myoclonus, by {@code by} at {@code at}. */
    public static Exam noMyoclonusSeen(PatientId patient, OffsetDateTime at, Clinician by, int windowMinutes, List<Finding> otherItems, String note) {
        return Exam.record(patient, ExamKind.OBSERVATION, at, by, noMyoclonusSeen(windowMinutes, otherItems), note);
    }
}

package org.bedsideneuro.domain.demo;

import static org.bedsideneuro.domain.demo.Findings.concat;
import static org.bedsideneuro.domain.demo.Findings.jerks;
import static org.bedsideneuro.domain.demo.Findings.oin;

import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.Sex;

/** Story (c): a stable patient on a modest steady dose; monthly exams and weekly observations without change. */
final class StableStory {
    private StableStory() {
    }

    static void build(DemoBuilder b, Clinician neurologist, Clinician nurse) {
        Patient p = b.patient(3, "Placeholder", "Cora", 55, 11, Sex.FEMALE, "3");
        b.oral(p, "tapentadol", "50", "2", b.at(170, 9, 0), null, "osteoarthritis"); // 40 MME: below the 50 of high_daily_mme
        for (int month = 0; month < 6; month++) {
            int daysAgo = 150 - month * 28;
            b.exam(p, b.at(daysAgo, 10, 30), neurologist, new NeuroExam()
                    .both(FindingCode.PATELLAR_REFLEX, month % 2 == 0 ? ReflexGrade.LOW_NORMAL : ReflexGrade.HIGH_NORMAL)
                    .both(FindingCode.ACHILLES_REFLEX, month % 3 == 1 ? ReflexGrade.REDUCED : ReflexGrade.LOW_NORMAL)
                    .findings(), month == 0 ? "baseline" : "stable", month == 0);
            if (month == 0 || month == 3) {
                // Opioid reviews on time (section 8): tapentadol started 170 days ago, due 4 weeks later, then 3 months.
                b.exam(p, b.at(daysAgo, 11, 0), neurologist, Findings.concat(Findings.peg(3, 2, 3), Findings.review("same", "none", "continue")),
                        "opioid review", false);
            }
        }
        for (int day = 149; day >= 3; day -= 7) {
            b.exam(p, b.at(day, 15, 0), nurse, concat(jerks(0, 10, MyoclonusDistribution.NONE),
                    oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, false, false)), "", false);
        }
        b.exam(p, b.at(60, 7, 30), nurse, List.of(Findings.number(FindingCode.EGFR, "84")), "", false);
    }
}

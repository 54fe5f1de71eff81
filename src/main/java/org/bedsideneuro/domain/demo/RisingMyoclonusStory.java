package org.bedsideneuro.domain.demo;

import static org.bedsideneuro.domain.demo.Findings.concat;
import static org.bedsideneuro.domain.demo.Findings.jerks;
import static org.bedsideneuro.domain.demo.Findings.oin;

import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.BodyRegion;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.Sex;

/**
 * Story (d), happening now: hydromorphone escalated {@link #ESCALATED_DAYS_AGO} days before the clock's day, and two
 * days later the first jerks, rising by the shift (focal, then segmental). On the ward list on the day the demo is
 * made she is the patient whose myoclonus is rising, with this week's flags {@code myoclonus_new} and
 * {@code myoclonus_rising_with_mme} (clinical reference section 7: the day's highest jerk rate above 0 after three
 * days of none, and that day's MME, 180, above the MME seven days earlier, 120), and today allodynia, an OIN warning
 * sign (section 5).
 */
final class RisingMyoclonusStory {
    static final int ESCALATED_DAYS_AGO = 4;

    private RisingMyoclonusStory() {
    }

    static void build(DemoBuilder b, Clinician neurologist, Clinician nurse) {
        Patient p = b.patient(5, "Fictive", "Elsa", 71, 6, Sex.FEMALE, "5");
        // Hydromorphone oral, CDC 2022 factor 5 (clinical reference section 6): 4 mg x 6 = 120 MME, then 6 mg x 6 = 180.
        b.oral(p, "hydromorphone", "4", "6", b.at(60, 9, 0), b.at(ESCALATED_DAYS_AGO, 8, 0), "cancer pain, pelvic metastases");
        b.oral(p, "hydromorphone", "6", "6", b.at(ESCALATED_DAYS_AGO, 8, 0), null, "pain worse at night");
        b.exam(p, b.at(58, 11, 0), neurologist, new NeuroExam().findings(), "baseline on admission", true);
        b.exam(p, b.at(58, 7, 30), nurse, List.of(Findings.number(FindingCode.EGFR, "52")), "", false);
        b.exam(p, b.at(3, 7, 30), nurse, List.of(Findings.number(FindingCode.EGFR, "41")), "", false);
        for (int day = 56; day >= 3; day -= day > 7 ? 7 : 1) {
            b.exam(p, b.at(day, 14, 0), nurse, concat(jerks(0, 10, MyoclonusDistribution.NONE),
                    oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, false, false)), "", false);
        }
        b.exam(p, b.at(2, 10, 0), nurse, concat(jerks(2, 10, MyoclonusDistribution.FOCAL, BodyRegion.RIGHT_LEG),
                oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, false, false)), "brief jerks of the right leg at rest", false);
        b.exam(p, b.at(1, 8, 0), nurse, concat(jerks(4, 10, MyoclonusDistribution.FOCAL, BodyRegion.RIGHT_LEG),
                oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, false, false)), "", false);
        b.exam(p, b.at(1, 16, 0), nurse, concat(jerks(6, 10, MyoclonusDistribution.SEGMENTAL, BodyRegion.RIGHT_LEG, BodyRegion.TRUNK),
                oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, false, false)), "", false);
        b.exam(p, b.minutesAgo(50), nurse, concat(jerks(9, 10, MyoclonusDistribution.SEGMENTAL, BodyRegion.RIGHT_LEG, BodyRegion.TRUNK),
                oin(PossLevel.SLIGHTLY_DROWSY, CamResult.NEGATIVE, false, false, true)),
                "jerks more often; the sheet on her legs hurts; neurologist to see today", false);
    }
}

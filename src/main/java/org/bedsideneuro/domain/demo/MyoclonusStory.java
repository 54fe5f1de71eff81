package org.bedsideneuro.domain.demo;

import static org.bedsideneuro.domain.demo.Findings.concat;
import static org.bedsideneuro.domain.demo.Findings.jerks;
import static org.bedsideneuro.domain.demo.Findings.number;
import static org.bedsideneuro.domain.demo.Findings.oin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.BodyRegion;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OpioidRotation;
import org.bedsideneuro.domain.regimen.RotationResult;
import org.bedsideneuro.domain.regimen.Route;

/**
 * Story (a): multifocal myoclonus after an opioid dose escalation with falling eGFR (opioid-induced neurotoxicity),
 * settling after rotation from morphine to oxycodone and clonazepam. Nurse observations every few hours around the
 * event, OIN items at the peak. Days are counted back from the clock's day.
 */
final class MyoclonusStory {
    private MyoclonusStory() {
    }

    static void build(DemoBuilder b, Clinician neurologist, Clinician nurse) {
        Patient p = b.patient(1, "Example", "Alma", 78, 3, Sex.FEMALE, "1");
        // Regimen: morphine 20 mg x 4 (80 MME), escalated on day -40 and again on day -34 (hyperalgesia read as pain).
        b.oral(p, "morphine", "20", "4", b.at(150, 9, 0), b.at(40, 8, 0), "cancer pain, lumbar metastasis");
        b.oral(p, "morphine", "40", "4", b.at(40, 8, 0), b.at(34, 8, 0), "pain uncontrolled");
        MedicationOrder m3 = b.oral(p, "morphine", "60", "4", b.at(34, 8, 0), b.at(31, 8, 0), "more pain (hyperalgesia?)");
        // Rotation on day -31: the proposal of the domain's own rotation arithmetic (25 % reduction), given in six doses.
        RotationResult.Proposal proposal = (RotationResult.Proposal) new OpioidRotation(MmeTable.standard())
                .propose(m3, "oxycodone", Route.ORAL);
        String perDose = proposal.proposedDailyAmount().divide(BigDecimal.valueOf(6), 1, RoundingMode.DOWN).toPlainString();
        b.oral(p, "oxycodone", perDose, "6", b.at(31, 8, 0), null, "opioid rotation for neurotoxicity: " + proposal.explanation());
        b.oral(p, "clonazepam", "0.5", "2", b.at(31, 8, 0), null, "myoclonus");

        b.exam(p, b.at(148, 10, 0), neurologist, new NeuroExam().findings(), "admission exam", true);
        b.exam(p, b.at(90, 10, 0), neurologist, Findings.concat(new NeuroExam().findings(), Findings.review("same", "constipation", "continue")),
                "opioid review", false);
        egfr(b, p, nurse, 148, "62");
        egfr(b, p, nurse, 90, "58");
        egfr(b, p, nurse, 45, "52");
        egfr(b, p, nurse, 38, "37");
        egfr(b, p, nurse, 33, "24");
        egfr(b, p, nurse, 28, "33");
        egfr(b, p, nurse, 20, "46");
        egfr(b, p, nurse, 8, "54");
        // Weekly screening observations before the event: no jerks.
        for (int day = 147; day >= 42; day -= 7) {
            b.exam(p, b.at(day, 14, 0), nurse, concat(jerks(0, 10, MyoclonusDistribution.NONE),
                    oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, false, false)), "", false);
        }
        b.exam(p, b.at(39, 14, 0), nurse, jerks(0, 10, MyoclonusDistribution.NONE), "", false);
        // The event: observations every few hours.
        obs(b, p, nurse, 37, 10, 2, MyoclonusDistribution.FOCAL, false, BodyRegion.RIGHT_ARM);
        obs(b, p, nurse, 37, 18, 2, MyoclonusDistribution.FOCAL, false, BodyRegion.RIGHT_ARM);
        b.exam(p, b.at(36, 9, 0), nurse, concat(jerks(3, 10, MyoclonusDistribution.SEGMENTAL, BodyRegion.RIGHT_ARM, BodyRegion.NECK),
                oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, true, false)), "says the pain is everywhere, light touch hurts", false);
        obs(b, p, nurse, 36, 15, 3, MyoclonusDistribution.SEGMENTAL, false, BodyRegion.RIGHT_ARM, BodyRegion.NECK);
        obs(b, p, nurse, 35, 8, 4, MyoclonusDistribution.SEGMENTAL, false, BodyRegion.RIGHT_ARM, BodyRegion.NECK);
        obs(b, p, nurse, 35, 14, 3, MyoclonusDistribution.SEGMENTAL, false, BodyRegion.RIGHT_ARM, BodyRegion.NECK);
        obs(b, p, nurse, 35, 20, 4, MyoclonusDistribution.SEGMENTAL, false, BodyRegion.RIGHT_ARM, BodyRegion.NECK);
        obs(b, p, nurse, 34, 8, 6, MyoclonusDistribution.MULTIFOCAL, false, BodyRegion.RIGHT_ARM, BodyRegion.LEFT_LEG);
        obs(b, p, nurse, 34, 16, 5, MyoclonusDistribution.MULTIFOCAL, false, BodyRegion.RIGHT_ARM, BodyRegion.LEFT_LEG);
        obs(b, p, nurse, 33, 6, 9, MyoclonusDistribution.MULTIFOCAL, true, BodyRegion.RIGHT_ARM, BodyRegion.LEFT_ARM, BodyRegion.LEFT_LEG);
        obs(b, p, nurse, 33, 12, 12, MyoclonusDistribution.MULTIFOCAL, true, BodyRegion.RIGHT_ARM, BodyRegion.LEFT_ARM, BodyRegion.LEFT_LEG);
        b.exam(p, b.at(33, 18, 0), nurse, concat(
                jerks(16, 10, MyoclonusDistribution.MULTIFOCAL, BodyRegion.FACE, BodyRegion.RIGHT_ARM, BodyRegion.LEFT_ARM, BodyRegion.LEFT_LEG),
                List.of(Findings.of(FindingCode.STIMULUS_SENSITIVE, YesNo.YES)),
                oin(PossLevel.SLIGHTLY_DROWSY, CamResult.POSITIVE, true, true, true)), "sees insects on the wall; jerks when touched", false);
        b.exam(p, b.at(32, 8, 0), nurse, concat(
                jerks(20, 10, MyoclonusDistribution.MULTIFOCAL, BodyRegion.FACE, BodyRegion.RIGHT_ARM, BodyRegion.LEFT_ARM, BodyRegion.LEFT_LEG),
                oin(PossLevel.FREQUENTLY_DROWSY, CamResult.POSITIVE, true, true, true)), "neurologist informed", false);
        b.exam(p, b.at(32, 11, 0), neurologist, new NeuroExam().both(FindingCode.ACHILLES_REFLEX,
                ReflexGrade.HIGH_NORMAL).findings(), "multifocal myoclonus, likely OIN with renal impairment: rotate, clonazepam, hydrate", false);
        b.exam(p, b.at(32, 11, 30), neurologist, Findings.review("worse", "myoclonus;confusion;hyperalgesia", "rotate"),
                "opioid review: neurotoxicity after two escalations", false);
        obs(b, p, nurse, 32, 16, 18, MyoclonusDistribution.MULTIFOCAL, true, BodyRegion.FACE, BodyRegion.RIGHT_ARM, BodyRegion.LEFT_LEG);
        // After rotation on day -31: settling.
        obs(b, p, nurse, 31, 14, 10, MyoclonusDistribution.MULTIFOCAL, false, BodyRegion.RIGHT_ARM, BodyRegion.LEFT_LEG);
        obs(b, p, nurse, 30, 10, 4, MyoclonusDistribution.FOCAL, false, BodyRegion.RIGHT_ARM);
        b.exam(p, b.at(29, 10, 0), nurse, concat(jerks(1, 10, MyoclonusDistribution.FOCAL, BodyRegion.RIGHT_ARM),
                oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, false, false)), "", false);
        for (int day = 27; day >= 2; day -= 5) {
            b.exam(p, b.at(day, 14, 0), nurse, concat(jerks(0, 10, MyoclonusDistribution.NONE),
                    oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, false, false)), "", false);
        }
        b.exam(p, b.at(10, 10, 0), neurologist, new NeuroExam().findings(), "myoclonus resolved", false);
    }

    private static void obs(DemoBuilder b, Patient p, Clinician nurse, int day, int hour, int count, MyoclonusDistribution d,
                            boolean stimulusSensitive, BodyRegion... regions) {
        List<Finding> findings = concat(jerks(count, 10, d, regions),
                List.of(Findings.of(FindingCode.STIMULUS_SENSITIVE, Findings.yesNo(stimulusSensitive))));
        b.exam(p, b.at(day, hour, 0), nurse, findings, "", false);
    }

    private static void egfr(DemoBuilder b, Patient p, Clinician nurse, int day, String value) {
        b.exam(p, b.at(day, 7, 30), nurse, List.of(number(FindingCode.EGFR, value)), "", false);
    }
}

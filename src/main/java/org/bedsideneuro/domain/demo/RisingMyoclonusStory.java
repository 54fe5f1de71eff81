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
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;

/**
 * Story (d), happening now: a palliative patient on a subcutaneous morphine syringe driver (1 mg/h: 72 MME a day with
 * the default parenteral factor 3, clinical reference section 6) whose breakthrough (PRN, 2.5 mg sc = 7.5 MME each)
 * doses climb from one a day to six; two days ago the first jerks, rising by the shift (focal, then segmental). On the
 * ward list on the day the demo is made she is the patient whose myoclonus is rising, with this week's flags
 * {@code myoclonus_new} and {@code myoclonus_rising_with_mme} (section 7: the day's highest jerk rate above 0 after
 * three days of none, and that day's MME as given, 72 + 5 x 7.5 = 109.5, above the 72 + 7.5 = 79.5 of a week
 * before), and today allodynia, an OIN warning sign (section 5). Only the doses given count: the PRN order's ceiling
 * (6 x 7.5 = 45) is never added. Clonazepam started half an hour ago raises {@code opioid_benzodiazepine} (section 8).
 */
final class RisingMyoclonusStory {
    /** PRN doses given on each of the last days, oldest first, ending yesterday. */
    private static final int[] PRN_DOSES = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 5, 6};
    static final int DRIVER_STARTED_DAYS_AGO = PRN_DOSES.length + 1;

    private RisingMyoclonusStory() {
    }

    static void build(DemoBuilder b, Clinician neurologist, Clinician nurse) {
        Patient p = b.patient(5, "Fictive", "Elsa", 71, 6, Sex.FEMALE, "5");
        // Oral morphine until she could no longer swallow, then the syringe driver with breakthrough doses.
        b.order(p, "morphine", OrderKind.SCHEDULED, "15", DoseUnit.MG, Route.ORAL, "4", b.at(60, 9, 0), b.at(DRIVER_STARTED_DAYS_AGO, 10, 0),
                Indication.CANCER_PAIN, "pelvic metastases");
        b.order(p, "morphine", OrderKind.INFUSION, "1", DoseUnit.MG_PER_HOUR, Route.SC, null, b.at(DRIVER_STARTED_DAYS_AGO, 10, 0), null,
                Indication.PALLIATIVE, "syringe driver: no longer able to swallow");
        MedicationOrder prn = b.order(p, "morphine", OrderKind.PRN, "2.5", DoseUnit.MG, Route.SC, "6", b.at(DRIVER_STARTED_DAYS_AGO, 10, 0),
                null, Indication.PALLIATIVE, "breakthrough pain");
        for (int i = 0; i < PRN_DOSES.length; i++) {
            int daysAgo = PRN_DOSES.length - i;
            for (int dose = 0; dose < PRN_DOSES[i]; dose++) {
                b.administer(prn, b.at(daysAgo, 7 + dose * 3, 30), null, "2.5", AdministrationStatus.GIVEN, nurse, "");
            }
        }
        b.administer(prn, b.at(3, 23, 30), null, "2.5", AdministrationStatus.HELD, nurse, "asleep, settled");
        b.administer(prn, b.minutesAgoToday(90), null, "2.5", AdministrationStatus.GIVEN, nurse, "");
        // The myoclonus article's own remedy (seed 001), a benzodiazepine on top of the opioid: opioid_benzodiazepine today.
        b.order(p, "clonazepam", OrderKind.SCHEDULED, "0.5", DoseUnit.MG, Route.SUBLINGUAL, "2", b.minutesAgo(30), null,
                Indication.MYOCLONUS, "myoclonus; watch sedation (POSS)");

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

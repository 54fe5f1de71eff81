package org.bedsideneuro.domain.demo;

import static org.bedsideneuro.domain.demo.Findings.concat;
import static org.bedsideneuro.domain.demo.Findings.peg;
import static org.bedsideneuro.domain.demo.Findings.review;

import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.PinprickLevel;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.regimen.TrialOutcome;

/**
 * Story (f): painful neuropathy, is the opioid helping (clinical reference section 8)? Sertraline for depression runs
 * throughout. Gabapentin (600 mg x 3) for 6 weeks was ineffective, duloxetine (60 mg) for 2 weeks not tolerated (nausea):
 * two first-line classes, so tramadol for neuropathic pain (50 mg x 4, 40 MME) 80 days ago does not raise
 * {@code opioid_before_first_line}, but with sertraline it raises {@code serotonergic_combination} that day. The PEG
 * was 7.7 the day before tramadol and 7.3 four weeks later (0.3 better, less than the 1 point that counts):
 * {@code no_functional_benefit} on the day the four weeks end, which is also the day the review falls due; the review
 * that day (on time) decides to taper, and tramadol goes down to 50 mg x 3.
 */
final class PainfulNeuropathyStory {
    static final String MRN = "DEMO-0011";
    /** Tramadol started this many days before the demo's day. */
    static final int TRAMADOL_DAYS_AGO = 80;
    /** The review: 4 weeks after tramadol started, the day it falls due. */
    static final int REVIEW_DAYS_AGO = TRAMADOL_DAYS_AGO - 28;

    private PainfulNeuropathyStory() {
    }

    static void build(DemoBuilder b, Clinician neurologist, Clinician nurse) {
        Patient p = b.patient(11, "Sampleton", "Kai", 64, 9, Sex.MALE, "11");
        b.order(p, "sertraline", OrderKind.SCHEDULED, "50", DoseUnit.MG, Route.ORAL, "1", b.at(170, 9, 0), null, Indication.OTHER,
                "depression");
        trial(b, p, "gabapentin", "600", "3", 140, 98, TrialOutcome.INEFFECTIVE, "burning feet; no relief after 6 weeks at 1800 mg/day");
        trial(b, p, "duloxetine", "60", "1", 98, 84, TrialOutcome.NOT_TOLERATED, "nausea");
        b.order(p, "tramadol", OrderKind.SCHEDULED, "50", DoseUnit.MG, Route.ORAL, "4", b.at(TRAMADOL_DAYS_AGO, 9, 0),
                b.at(REVIEW_DAYS_AGO - 1, 9, 0), Indication.NEUROPATHIC_PAIN, "two first-line classes failed");
        b.order(p, "tramadol", OrderKind.SCHEDULED, "50", DoseUnit.MG, Route.ORAL, "3", b.at(REVIEW_DAYS_AGO - 1, 9, 0), null,
                Indication.NEUROPATHIC_PAIN, "taper after the review: no functional benefit");

        NeuroExam neuropathy = new NeuroExam().both(FindingCode.ACHILLES_REFLEX, ReflexGrade.REDUCED)
                .both(FindingCode.PINPRICK_LEVEL, PinprickLevel.ANKLE);
        b.exam(p, b.at(142, 10, 0), neurologist, concat(neuropathy.findings(), peg(8, 7, 8)), "painful length-dependent neuropathy", true);
        b.exam(p, b.at(112, 15, 0), nurse, peg(8, 8, 8), "", false);
        b.exam(p, b.at(TRAMADOL_DAYS_AGO + 1, 15, 0), nurse, concat(peg(8, 7, 8), List.of(Findings.number(FindingCode.NRS_REST, "6"),
                Findings.number(FindingCode.NRS_MOVEMENT, "8"))), "", false);
        b.exam(p, b.at(66, 15, 0), nurse, peg(7, 8, 8), "", false);
        b.exam(p, b.at(REVIEW_DAYS_AGO, 11, 0), neurologist, concat(neuropathy.findings(), peg(7, 7, 8), review("same", "constipation;sedation", "reduce")),
                "opioid review: PEG 7.7 before tramadol, 7.3 now; no functional benefit; taper", false);
        b.exam(p, b.at(20, 15, 0), nurse, concat(peg(7, 7, 7), List.of(Findings.number(FindingCode.NRS_REST, "5"))), "", false);
    }

    private static MedicationOrder trial(DemoBuilder b, Patient p, String drug, String mg, String perDay, int fromDaysAgo, int toDaysAgo,
                                         TrialOutcome outcome, String note) {
        MedicationOrder o = b.order(p, drug, OrderKind.SCHEDULED, mg, DoseUnit.MG, Route.ORAL, perDay, b.at(fromDaysAgo, 9, 0), null,
                Indication.NEUROPATHIC_PAIN, note);
        b.orders.remove(o);
        MedicationOrder stopped = o.stoppedAt(b.at(toDaysAgo, 9, 0), outcome);
        b.orders.add(stopped);
        return stopped;
    }
}

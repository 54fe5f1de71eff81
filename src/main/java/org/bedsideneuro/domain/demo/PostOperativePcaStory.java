package org.bedsideneuro.domain.demo;

import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;

/**
 * Story (e): after spinal surgery {@link #PCA_STARTED_DAYS_AGO} days ago, a morphine iv PCA (1 mg bolus) whose pump is
 * read every four hours, the amounts falling as the pain settles, then oral oxycodone. Each reading counts over the
 * hours it covers (clinical reference section 6), the night's across midnight.
 */
final class PostOperativePcaStory {
    static final String MRN = "DEMO-0008";
    static final int PCA_STARTED_DAYS_AGO = 4;
    /** mg delivered in each four-hour interval from the start, read by the nurse at the interval's end. */
    private static final int[] DELIVERED = {7, 8, 6, 6, 5, 6, 5, 4, 3, 4, 3, 3, 2, 2, 1, 2, 1, 1};

    private PostOperativePcaStory() {
    }

    static void build(DemoBuilder b, Clinician neurologist, Clinician nurse) {
        Patient p = b.patient(8, "Testcase", "Hugo", 58, 9, Sex.MALE, "8");
        b.exam(p, b.at(PCA_STARTED_DAYS_AGO + 1, 16, 0), neurologist, new NeuroExam().findings(), "pre-operative baseline before lumbar fusion", true);
        var start = b.at(PCA_STARTED_DAYS_AGO, 14, 0);
        var stop = start.plusHours(4L * DELIVERED.length);
        MedicationOrder pca = b.order(p, "morphine", OrderKind.PCA, "1", DoseUnit.MG, Route.IV, null, start, stop,
                Indication.NOCICEPTIVE_PAIN, "post-operative, lumbar fusion");
        var from = start;
        for (int mg : DELIVERED) {
            var reading = from.plusHours(4);
            b.administer(pca, reading, from, String.valueOf(mg), AdministrationStatus.GIVEN, nurse, "");
            from = reading;
        }
        b.order(p, "oxycodone", OrderKind.SCHEDULED, "5", DoseUnit.MG, Route.ORAL, "4", stop, null, Indication.NOCICEPTIVE_PAIN,
                "PCA stopped: oral step-down");
    }
}

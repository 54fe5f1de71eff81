package org.bedsideneuro.domain.demo;

import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.patient.Patient;

/**
 * The current shift: the nurse's round a little while before the clock's instant, so that the ward list opens on a
 * ward being looked after, as a ward round meets it: most patients observed within the last hours, one or two coming
 * due, and {@link #OVERDUE} not observed since the last shift (overdue under the 4-hourly default). Story (a) has
 * settled; story (d) has its own, rising, observations; the neuropathy patient is seen by the neurologists only.
 */
final class ThisShift {
    /** Bed 4, last observed before the round began: the ward list shows an overdue observation. */
    static final String OVERDUE = "DEMO-0004";
    /** Past the 4-hourly default interval by about two hours (clinical reference section 5; ObservationSchedule). */
    static final int OVERDUE_MINUTES_AGO = 6 * 60 + 10;

    private ThisShift() {
    }

    static void build(DemoBuilder b, Clinician nurse) {
        int minutesAgo = 35;
        for (Patient p : b.patients) {
            String mrn = p.id().value();
            if (p.id().equals(DemoWard.NEUROPATHY_STORY) || p.id().equals(DemoWard.RISING_MYOCLONUS_STORY)) {
                continue;
            }
            b.exam(p, b.minutesAgo(mrn.equals(OVERDUE) ? OVERDUE_MINUTES_AGO : minutesAgo), nurse, Findings.concat(
                    Findings.jerks(0, 5, MyoclonusDistribution.NONE),
                    Findings.oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, false, false)), "", false);
            minutesAgo += 25; // one bed after the other on the round
        }
    }
}

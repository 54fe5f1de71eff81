package org.bedsideneuro.domain.demo;

import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.patient.Patient;

/**
 * The current shift: the nurse's round a little while before the clock's instant, so that the ward overview opens on
 * a ward that is being looked after (most patients observed within the last hours, one or two coming due), not on a
 * ward where everyone is overdue. Nobody has myoclonus now: story (a) has settled. The neuropathy patient is seen
 * by the neurologists only, so the overview shows what "never observed" looks like.
 */
final class ThisShift {
    private ThisShift() {
    }

    static void build(DemoBuilder b, Clinician nurse) {
        int minutesAgo = 35;
        for (Patient p : b.patients) {
            if (p.id().equals(DemoWard.NEUROPATHY_STORY)) {
                continue;
            }
            b.exam(p, b.minutesAgo(minutesAgo), nurse, Findings.concat(
                    Findings.jerks(0, 5, MyoclonusDistribution.NONE),
                    Findings.oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, false, false)), "", false);
            minutesAgo += 25; // one bed after the other on the round
        }
    }
}

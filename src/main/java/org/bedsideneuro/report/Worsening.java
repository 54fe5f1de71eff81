package org.bedsideneuro.report;

import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.GaitPattern;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.OrdinalValue;
import org.bedsideneuro.domain.finding.PlantarResponse;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Romberg;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.YesNo;

/**
 * Whether a value is worse than the baseline value of the same finding and side, for the "▼" mark of the exam table.
 * Direction per scale from shared/clinical-reference.md: weaker strength (a full MRC grade, as the flag rule of section 7
 * counts it: 5 to 4+ is worse, 4 to 4- is not), lower reflexes, more foot drop, pinprick loss, walking aid or sedation,
 * extensor plantar where it was flexor, a new abnormal gait or Romberg, a new OIN sign, shorter vibration, lower eGFR,
 * slower walk, more clonus or jerks. Findings without a direction (context, regions, reinforcement) are never marked.
 */
final class Worsening {
    private Worsening() {
    }

    static boolean isWorse(FindingCode code, FindingValue baseline, FindingValue now) {
        if (baseline.getClass() != now.getClass()) {
            return false;
        }
        if (now instanceof MrcGrade n) {
            return n.fullGrade() < ((MrcGrade) baseline).fullGrade();
        }
        if (now instanceof ReflexGrade n) {
            return n.rank() < ((ReflexGrade) baseline).rank();
        }
        if (now instanceof OrdinalValue n) {
            // foot drop, pinprick level, walking aid, heel/toe walk, POSS, amplitude, distribution: higher is worse
            return n.rank() > ((OrdinalValue) baseline).rank();
        }
        if (now instanceof PlantarResponse n) {
            return baseline == PlantarResponse.FLEXOR && n == PlantarResponse.EXTENSOR;
        }
        if (now instanceof Romberg n) {
            return baseline == Romberg.NEGATIVE && n != Romberg.NEGATIVE;
        }
        if (now instanceof GaitPattern n) {
            return baseline == GaitPattern.NORMAL && n != GaitPattern.NORMAL;
        }
        if (now instanceof CamResult n) {
            return baseline == CamResult.NEGATIVE && n == CamResult.POSITIVE;
        }
        if (now instanceof YesNo n) {
            return code.section() == Section.OIN && baseline == YesNo.NO && n == YesNo.YES;
        }
        if (now instanceof NumericValue n) {
            int change = n.compareTo((NumericValue) baseline);
            return switch (code) {
                case VIBRATION_HALLUX_SECONDS, EGFR -> change < 0;
                case WALK_10M_SECONDS, ANKLE_CLONUS_BEATS, JERK_COUNT -> change > 0;
                default -> false;
            };
        }
        return false;
    }
}

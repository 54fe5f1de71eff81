package org.bedsideneuro.ui.exam;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FootDrop;
import org.bedsideneuro.domain.finding.GaitPattern;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.PinprickLevel;
import org.bedsideneuro.domain.finding.PlantarResponse;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Romberg;
import org.bedsideneuro.domain.finding.Scales;
import org.bedsideneuro.domain.finding.WalkPerformance;
import org.bedsideneuro.domain.finding.WalkingAid;

/**
 * What the "Normal" shortcut of a section fills in, one place for these clinical choices.
 * Measured numbers (vibration seconds, 10 m walk) have no normal to assume and are left alone; so are reinforcement,
 * myoclonus and OIN items, which record what was seen rather than a normal finding.
 */
final class NormalValues {
    private static final Map<FindingCode, String> NORMAL = new EnumMap<>(FindingCode.class);

    static {
        for (FindingCode code : FindingCode.values()) {
            if (code.scale() == Scales.MRC) {
                NORMAL.put(code, MrcGrade.FIVE.code()); // reference section 1: 5 normal power
            }
        }
        for (FindingCode code : new FindingCode[] {FindingCode.BICEPS_REFLEX, FindingCode.TRICEPS_REFLEX,
                FindingCode.BRACHIORADIALIS_REFLEX, FindingCode.PATELLAR_REFLEX, FindingCode.ACHILLES_REFLEX}) {
            NORMAL.put(code, ReflexGrade.LOW_NORMAL.code()); // reference section 2: 2 lower half of normal
        }
        NORMAL.put(FindingCode.PLANTAR_RESPONSE, PlantarResponse.FLEXOR.code());
        NORMAL.put(FindingCode.ANKLE_CLONUS_BEATS, "0");
        NORMAL.put(FindingCode.FOOT_DROP, FootDrop.NONE.code());
        NORMAL.put(FindingCode.GAIT_PATTERN, GaitPattern.NORMAL.code());
        NORMAL.put(FindingCode.HEEL_WALK, WalkPerformance.NORMAL.code());
        NORMAL.put(FindingCode.TOE_WALK, WalkPerformance.NORMAL.code());
        NORMAL.put(FindingCode.ROMBERG, Romberg.NEGATIVE.code());
        NORMAL.put(FindingCode.WALKING_AID, WalkingAid.NONE.code());
        NORMAL.put(FindingCode.PINPRICK_LEVEL, PinprickLevel.NONE.code());
    }

    private NormalValues() {
    }

    static Optional<String> of(FindingCode code) {
        return Optional.ofNullable(NORMAL.get(code));
    }
}

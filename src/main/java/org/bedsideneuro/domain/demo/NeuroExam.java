package org.bedsideneuro.domain.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.FootDrop;
import org.bedsideneuro.domain.finding.GaitPattern;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.PinprickLevel;
import org.bedsideneuro.domain.finding.PlantarResponse;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.WalkPerformance;
import org.bedsideneuro.domain.finding.WalkingAid;
import org.bedsideneuro.domain.finding.YesNo;

/** A neurologist's full bedside exam for the demo: normal unless told otherwise. */
final class NeuroExam {
    private final Map<FindingKey, Finding> findings = new LinkedHashMap<>();

    NeuroExam() {
        for (FindingCode muscle : FindingCode.inSection(Section.STRENGTH)) {
            both(muscle, MrcGrade.FIVE);
        }
        for (FindingCode reflex : List.of(FindingCode.BICEPS_REFLEX, FindingCode.TRICEPS_REFLEX,
                FindingCode.BRACHIORADIALIS_REFLEX, FindingCode.PATELLAR_REFLEX, FindingCode.ACHILLES_REFLEX)) {
            both(reflex, ReflexGrade.LOW_NORMAL);
        }
        set(Finding.unsided(FindingCode.REFLEX_REINFORCEMENT, YesNo.NO));
        both(FindingCode.PLANTAR_RESPONSE, PlantarResponse.FLEXOR);
        both(FindingCode.ANKLE_CLONUS_BEATS, NumericValue.of(0));
        both(FindingCode.FOOT_DROP, FootDrop.NONE);
        set(Finding.unsided(FindingCode.GAIT_PATTERN, GaitPattern.NORMAL));
        set(Finding.unsided(FindingCode.HEEL_WALK, WalkPerformance.NORMAL));
        set(Finding.unsided(FindingCode.TOE_WALK, WalkPerformance.NORMAL));
        set(Finding.unsided(FindingCode.WALKING_AID, WalkingAid.NONE));
        both(FindingCode.VIBRATION_HALLUX_SECONDS, NumericValue.of(12));
        both(FindingCode.PINPRICK_LEVEL, PinprickLevel.NONE);
    }

    NeuroExam both(FindingCode code, FindingValue value) {
        return sides(code, value, value);
    }

    NeuroExam sides(FindingCode code, FindingValue left, FindingValue right) {
        set(new Finding(code, Side.LEFT, left));
        return set(new Finding(code, Side.RIGHT, right));
    }

    NeuroExam set(Finding finding) {
        findings.put(finding.key(), finding);
        return this;
    }

    NeuroExam set(FindingCode code, FindingValue value) {
        return set(Finding.unsided(code, value));
    }

    List<Finding> findings() {
        return List.copyOf(findings.values());
    }
}

package org.bedsideneuro.domain.demo;

import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.finding.BodyRegion;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.RegionSet;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;

/** Shorthands for writing demo findings. */
final class Findings {
    private Findings() {
    }

    /** The same value on both sides. */
    static List<Finding> both(FindingCode code, FindingValue value) {
        return both(code, value, value);
    }

    static List<Finding> both(FindingCode code, FindingValue left, FindingValue right) {
        return List.of(new Finding(code, Side.LEFT, left), new Finding(code, Side.RIGHT, right));
    }

    static Finding of(FindingCode code, FindingValue value) {
        return Finding.unsided(code, value);
    }

    static Finding number(FindingCode code, String value) {
        return Finding.unsided(code, NumericValue.of(value));
    }

    /** A nurse's myoclonus observation: count over a window, distribution and regions. */
    static List<Finding> jerks(int count, int window, MyoclonusDistribution distribution, BodyRegion... regions) {
        List<Finding> list = new ArrayList<>(List.of(number(FindingCode.JERK_COUNT, String.valueOf(count)),
                number(FindingCode.WINDOW_MINUTES, String.valueOf(window)), of(FindingCode.DISTRIBUTION, distribution)));
        if (regions.length > 0) {
            list.add(of(FindingCode.REGIONS, RegionSet.of(regions)));
        }
        return list;
    }

    /** OIN items: POSS, CAM, hallucinations, hyperalgesia, allodynia. */
    static List<Finding> oin(PossLevel poss, CamResult cam, boolean hallucinations, boolean hyperalgesia, boolean allodynia) {
        return List.of(of(FindingCode.SEDATION_POSS, poss), of(FindingCode.DELIRIUM_CAM, cam),
                of(FindingCode.HALLUCINATIONS, yesNo(hallucinations)), of(FindingCode.HYPERALGESIA, yesNo(hyperalgesia)),
                of(FindingCode.ALLODYNIA, yesNo(allodynia)));
    }

    static YesNo yesNo(boolean yes) {
        return yes ? YesNo.YES : YesNo.NO;
    }

    @SafeVarargs
    static List<Finding> concat(List<Finding>... lists) {
        List<Finding> all = new ArrayList<>();
        for (List<Finding> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    /** The PEG's three items (clinical reference section 8): average pain, enjoyment of life, general activity, each 0-10. */
    static List<Finding> peg(int pain, int enjoyment, int activity) {
        return List.of(number(FindingCode.PEG_PAIN, "" + pain), number(FindingCode.PEG_ENJOYMENT, "" + enjoyment),
                number(FindingCode.PEG_ACTIVITY, "" + activity));
    }

    /** An opioid review's function, adverse effects (';'-separated codes, or "none") and decision (section 8). */
    static List<Finding> review(String function, String adverseEffects, String decision) {
        return List.of(Finding.unsided(FindingCode.REVIEW_FUNCTION, FindingCode.REVIEW_FUNCTION.parseValue(function)),
                Finding.unsided(FindingCode.REVIEW_ADVERSE_EFFECTS, FindingCode.REVIEW_ADVERSE_EFFECTS.parseValue(adverseEffects)),
                Finding.unsided(FindingCode.REVIEW_DECISION, FindingCode.REVIEW_DECISION.parseValue(decision)));
    }
}

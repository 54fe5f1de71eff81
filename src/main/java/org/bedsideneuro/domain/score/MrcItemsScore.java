package org.bedsideneuro.domain.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;

/** Sum of MRC full grades (4-, 4, 4+ count as 4; reference section 1) over a fixed set of muscles, both sides. */
final class MrcItemsScore {
    private MrcItemsScore() {
    }

    static List<FindingKey> items(Predicate<FindingCode> muscle) {
        List<FindingKey> items = new ArrayList<>();
        for (FindingCode code : FindingCode.values()) {
            if (muscle.test(code)) {
                for (Side side : Side.values()) {
                    items.add(FindingKey.of(code, side));
                }
            }
        }
        return List.copyOf(items);
    }

    static ScoreResult compute(ScoreDefinition score, Collection<Finding> findings) {
        Map<FindingKey, Finding> byKey = new HashMap<>();
        for (Finding f : findings) {
            byKey.put(f.key(), f);
        }
        int sum = 0;
        List<FindingKey> missing = new ArrayList<>();
        for (FindingKey item : score.items()) {
            Finding f = byKey.get(item);
            if (f == null) {
                missing.add(item);
            } else {
                sum += ((MrcGrade) f.value()).fullGrade();
            }
        }
        return missing.isEmpty() ? ScoreResult.of(score, sum) : ScoreResult.notComputable(score, missing);
    }
}

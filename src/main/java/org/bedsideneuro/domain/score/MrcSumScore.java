package org.bedsideneuro.domain.score;

import java.util.Collection;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;

/**
 * MRC sum score (Kleyweg et al., Muscle Nerve 1991): shoulder abduction, elbow flexion, wrist extension, hip flexion,
 * knee extension and ankle dorsiflexion, both sides, each 0-5 as a full grade, 0-60.
 * Source: shared/clinical-reference.md section 1. Computable only when all twelve items are recorded.
 */
public final class MrcSumScore {
    /** shared/clinical-reference.md section 1: 12 items x 0-5 = 0-60; Kleyweg 1991, validated. */
    public static final ScoreDefinition DEFINITION = new ScoreDefinition("MRC sum score", 0, 60, true,
            "Kleyweg RP et al., Muscle Nerve 1991; shared/clinical-reference.md section 1",
            MrcItemsScore.items(FindingCode::isMrcSumItem));

    private MrcSumScore() {
    }

    public static ScoreResult of(Exam exam) {
        return of(exam.findings());
    }

    public static ScoreResult of(Collection<Finding> findings) {
        return MrcItemsScore.compute(DEFINITION, findings);
    }
}

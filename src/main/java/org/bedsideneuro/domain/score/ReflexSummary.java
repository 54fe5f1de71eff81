package org.bedsideneuro.domain.score;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;

/**
 * A summary of the deep tendon reflexes of one exam (NINDS grades, shared/clinical-reference.md section 2): which
 * of the recorded reflexes were graded 0, and whether both ankle (Achilles) reflexes are absent - the first reflexes
 * a length-dependent neuropathy takes. Not a published score; it counts only what was recorded.
 *
 * @param recorded      reflexes recorded (site and side)
 * @param absent        those graded 0
 * @param reinforcement whether reinforcement (Jendrassik) was used, when recorded
 */
public record ReflexSummary(List<FindingKey> recorded, List<FindingKey> absent, Optional<YesNo> reinforcement) {
    public ReflexSummary {
        recorded = List.copyOf(recorded);
        absent = List.copyOf(absent);
    }

    public static ReflexSummary of(Exam exam) {
        return of(exam.findings());
    }

    public static ReflexSummary of(Collection<Finding> findings) {
        List<Finding> reflexes = findings.stream()
                .filter(f -> f.code().section() == Section.REFLEXES && f.value() instanceof ReflexGrade)
                .sorted((a, b) -> a.key().compareTo(b.key()))
                .toList();
        Optional<YesNo> reinforcement = findings.stream()
                .filter(f -> f.code() == FindingCode.REFLEX_REINFORCEMENT)
                .map(f -> (YesNo) f.value()).findFirst();
        return new ReflexSummary(reflexes.stream().map(Finding::key).toList(),
                reflexes.stream().filter(f -> f.value() == ReflexGrade.ABSENT).map(Finding::key).toList(),
                reinforcement);
    }

    /** Number of recorded reflexes graded 0. */
    public int absentCount() {
        return absent.size();
    }

    /** True only when both Achilles reflexes were recorded and both are 0. */
    public boolean bothAnkleReflexesAbsent() {
        return absent.contains(FindingKey.of(FindingCode.ACHILLES_REFLEX, Side.LEFT))
                && absent.contains(FindingKey.of(FindingCode.ACHILLES_REFLEX, Side.RIGHT));
    }

    /** True when both Achilles reflexes were recorded (otherwise "both absent" cannot be said either way). */
    public boolean bothAnkleReflexesRecorded() {
        return recorded.contains(FindingKey.of(FindingCode.ACHILLES_REFLEX, Side.LEFT))
                && recorded.contains(FindingKey.of(FindingCode.ACHILLES_REFLEX, Side.RIGHT));
    }

    /** True when a reflex is graded 0 but reinforcement was not recorded as used (reference section 2). */
    public boolean absentWithoutRecordedReinforcement() {
        return !absent.isEmpty() && reinforcement.filter(r -> r == YesNo.YES).isEmpty();
    }
}

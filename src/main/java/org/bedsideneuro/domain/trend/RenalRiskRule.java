package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.regimen.MedicationOrder;

/**
 * renal_risk (reference section 7): eGFR below 30 while receiving morphine, codeine, tramadol or hydromorphone (active
 * metabolites accumulate). The latest eGFR counts until the next one; the rule is checked at every eGFR and at every
 * start and stop of such an order, so starting morphine with a known low eGFR fires it too.
 */
public final class RenalRiskRule implements FlagRule {
    /** Reference section 7: eGFR below 30 mL/min/1.73 m2. */
    static final BigDecimal EGFR_LIMIT = BigDecimal.valueOf(30);
    /** Reference section 7: opioids with active metabolites. */
    static final Set<String> DRUGS = Set.of("morphine", "codeine", "tramadol", "hydromorphone");
    private static final String SUBJECT = "renal";

    @Override public FlagCode code() { return FlagCode.RENAL_RISK; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        List<Exam> egfrExams = timeline.exams().stream().filter(e -> e.value(FindingCode.EGFR).isPresent()).toList();
        List<MedicationOrder> risky = timeline.orders().stream().filter(o -> DRUGS.contains(o.drug())).toList();
        TreeSet<Instant> moments = new TreeSet<>();
        egfrExams.forEach(e -> moments.add(e.recordedAt().toInstant()));
        for (MedicationOrder o : risky) {
            moments.add(o.start().toInstant());
            if (o.stop() != null) {
                moments.add(o.stop().toInstant());
            }
        }
        List<RuleCheck> checks = new ArrayList<>();
        for (Instant at : moments) {
            Exam latest = egfrExams.stream().filter(e -> !e.recordedAt().toInstant().isAfter(at))
                    .max(Comparator.comparing(e -> e.recordedAt().toInstant())).orElse(null);
            List<MedicationOrder> running = risky.stream().filter(o -> o.runningAt(at)).toList();
            BigDecimal egfr = latest == null ? null : ((NumericValue) latest.value(FindingCode.EGFR).orElseThrow()).value();
            if (egfr != null && egfr.compareTo(EGFR_LIMIT) < 0 && !running.isEmpty()) {
                String drugs = String.join(", ", running.stream().map(MedicationOrder::summary).toList());
                checks.add(new RuleCheck(SUBJECT, at, timeline.dateOf(at), true,
                        "eGFR " + egfr.toPlainString() + " on " + timeline.dateOf(latest) + " while on " + drugs,
                        List.of(latest.id()), running.stream().map(MedicationOrder::id).toList()));
            } else {
                checks.add(RuleCheck.notHolding(SUBJECT, at, timeline.dateOf(at)));
            }
        }
        return checks;
    }
}

package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.ReviewSchedule;
import org.bedsideneuro.domain.regimen.Route;
import org.junit.jupiter.api.Test;

/** What the review form compares, by hand: PEG, distal motor score and jerk rate before the opioid and now. */
class ReviewComparisonTest {
    private final Ward ward = new Ward();

    private static Finding[] distal(MrcGrade grade) {
        List<Finding> f = new ArrayList<>();
        for (FindingCode c : FindingCode.values()) {
            if (c.isDistalMuscle()) {
                for (Side s : Side.values()) {
                    f.add(new Finding(c, s, grade));
                }
            }
        }
        return f.toArray(Finding[]::new);
    }

    private ReviewComparison compare(int nowDay) {
        return ReviewComparison.of(ward.exams, ward.orders, ReviewSchedule.asOrdered(MmeTable.standard()), ZoneOffset.UTC,
                Ward.day(nowDay).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void pegDistalStrengthAndJerksBeforeTheOpioidAgainstNow() {
        ward.orders.add(new MedicationOrder(OrderId.random(), Ward.PATIENT, "tramadol", new BigDecimal("50"), DoseUnit.MG, Route.ORAL,
                BigDecimal.valueOf(4), Ward.day(10).atTime(8, 0).atOffset(ZoneOffset.UTC), null, ""));
        ward.exam(9, "10:00", Finding.unsided(FindingCode.PEG_PAIN, NumericValue.of(7)), Finding.unsided(FindingCode.PEG_ENJOYMENT, NumericValue.of(7)),
                Finding.unsided(FindingCode.PEG_ACTIVITY, NumericValue.of(7)));
        ward.exam(9, "11:00", distal(MrcGrade.FIVE));  // 70
        ward.jerks(9, "12:00", 0, 5);
        ward.exam(38, "10:00", Finding.unsided(FindingCode.PEG_PAIN, NumericValue.of(7)), Finding.unsided(FindingCode.PEG_ENJOYMENT, NumericValue.of(6)),
                Finding.unsided(FindingCode.PEG_ACTIVITY, NumericValue.of(7)));
        ward.exam(38, "11:00", distal(MrcGrade.FOUR_PLUS)); // 4+ counts as 4: 56
        ward.jerks(38, "09:00", 3, 5);

        ReviewComparison c = compare(38);
        assertThat(c.since()).isEqualTo("before tramadol started on 2026-01-10");
        assertThat(c.lines()).containsExactly(
                "PEG: 7.0 before (2026-01-09), 6.7 now (2026-02-07): not 1 point better (better by 0.3; 1 point = MID, Reed 2024).",
                "Distal motor score (0-70, BedsideNeuro's own): 70 before (2026-01-09), 56 now (2026-02-07), -14.",
                "Myoclonus (jerks/h): 0.0 before (2026-01-09), 36.0 now (2026-02-07).");
        assertThat(c.schedule().due()).contains(Ward.day(38));
    }

    @Test
    void withoutAnOpioidOrAPegBeforeItSaysSo() {
        assertThat(compare(5).lines()).containsExactly("No opioid start or escalation recorded: nothing to compare with.");
        ward.orders.add(new MedicationOrder(OrderId.random(), Ward.PATIENT, "morphine", BigDecimal.TEN, DoseUnit.MG, Route.ORAL,
                BigDecimal.valueOf(4), Ward.day(10).atTime(8, 0).atOffset(ZoneOffset.UTC), null, ""));
        assertThat(compare(20).lines().get(0)).isEqualTo("PEG: none recorded before; none since either. Without a PEG before, benefit cannot be judged.");
        assertThat(compare(20).lines().get(1)).isEqualTo("Distal motor score (0-70, BedsideNeuro's own): no complete score before.");
    }
}

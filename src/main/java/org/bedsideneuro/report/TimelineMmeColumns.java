package org.bedsideneuro.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeContribution;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.trend.PatientCourse;

/**
 * The timeline's columns that break a day's MME down for scripts, as numbers and codes rather than prose (clinical
 * reference section 6 says how each kind counts):
 * <ul>
 * <li>{@code prn_doses_given}: PRN doses of opioid orders given that day (held, refused or not given ones left out),
 * over all PRN orders, counted in MME or not;</li>
 * <li>{@code prn_mme}, {@code infusion_mme}, {@code pca_mme}: the part of the day's {@code mme} that came from PRN
 * doses given, from infusions at their rate, and from PCA pump readings (that day's share of each);</li>
 * <li>{@code mme_basis}: {@code as_given} when any order that day was counted from the administration record (a PRN
 * order, a PCA, a scheduled order with doses charted that day), otherwise {@code as_ordered}.</li>
 * </ul>
 */
final class TimelineMmeColumns {
    static final List<String> HEADER = List.of("prn_doses_given", "prn_mme", "infusion_mme", "pca_mme", "mme_basis");

    private final Map<LocalDate, Integer> prnDosesGiven;

    TimelineMmeColumns(PatientCourse course) {
        Set<OrderId> prnOpioids = course.orders().stream()
                .filter(o -> o.kind() == OrderKind.PRN && DrugCatalog.isOpioid(o.drug()))
                .map(MedicationOrder::id).collect(Collectors.toSet());
        prnDosesGiven = new HashMap<>();
        for (Administration a : course.administrations()) {
            if (prnOpioids.contains(a.orderId()) && a.status().counts()) {
                prnDosesGiven.merge(a.givenAt().atZoneSameInstant(course.zone()).toLocalDate(), 1, Integer::sum);
            }
        }
    }

    /** The five cells of {@code day}, in the order of {@link #HEADER}. */
    List<String> cells(DailyMmeResult day) {
        return List.of(String.valueOf(prnDosesGiven.getOrDefault(day.date(), 0)),
                TimelineCsv.plain(mmeOf(day, OrderKind.PRN)), TimelineCsv.plain(mmeOf(day, OrderKind.INFUSION)),
                TimelineCsv.plain(mmeOf(day, OrderKind.PCA)), basis(day));
    }

    /** Summed at full precision and rounded once, as the day's total is, so the parts agree with it. */
    private static BigDecimal mmeOf(DailyMmeResult day, OrderKind kind) {
        BigDecimal sum = BigDecimal.ZERO;
        for (MmeContribution c : day.counted()) {
            if (c.order().kind() == kind) {
                sum = sum.add(c.fullDailyMme().multiply(c.fractionOfDay(), MathContext.DECIMAL64));
            }
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    private static String basis(DailyMmeResult day) {
        boolean fromTheRecord = day.counted().stream().anyMatch(c -> c.countedAs() == MmeContribution.CountedAs.AS_GIVEN
                || c.countedAs() == MmeContribution.CountedAs.PUMP_READINGS);
        return fromTheRecord ? "as_given" : "as_ordered";
    }
}

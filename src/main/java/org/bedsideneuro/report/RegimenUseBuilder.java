package org.bedsideneuro.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeContribution;
import org.bedsideneuro.domain.regimen.MmeFactorLookup;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.report.ProgressSummary.InfusionRun;
import org.bedsideneuro.report.ProgressSummary.PrnDay;

/**
 * What the regimen section lists beside the MME: the PRN doses of each day and the infusions of the period, read from
 * the course's orders, its standing administrations and its daily MME (never computed again here). Days are calendar
 * days in {@code zone}.
 */
final class RegimenUseBuilder {
    private final MmeTable table;
    private final ZoneId zone;

    RegimenUseBuilder(MmeTable table, ZoneId zone) {
        this.table = table;
        this.zone = zone;
    }

    /**
     * Each PRN order on each day from {@code from} to {@code to} it ran, a day without doses included (no breakthrough
     * dose is worth seeing too): doses given, doses held, refused or not given, and the day's MME of the order as the
     * course counted it (clinical reference section 6: the doses given).
     */
    List<PrnDay> prnDays(PatientCourse course, LocalDate from, LocalDate to) {
        List<MedicationOrder> prn = course.orders().stream().filter(o -> o.kind() == OrderKind.PRN)
                .sorted(Comparator.comparing((MedicationOrder o) -> o.start().toInstant())).toList();
        List<PrnDay> rows = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (MedicationOrder order : prn) {
                if (ranOn(order, day)) {
                    rows.add(prnDay(course, order, day));
                }
            }
        }
        return rows;
    }

    private PrnDay prnDay(PatientCourse course, MedicationOrder order, LocalDate day) {
        int given = 0;
        int notGiven = 0;
        for (Administration a : course.administrations()) {
            if (a.orderId().equals(order.id()) && a.givenAt().atZoneSameInstant(zone).toLocalDate().equals(day)) {
                if (a.status().counts()) {
                    given++;
                } else {
                    notGiven++;
                }
            }
        }
        BigDecimal mme = course.mmeOn(day).counted().stream().filter(c -> c.order().id().equals(order.id()))
                .map(MmeContribution::mme).findFirst().orElse(null);
        return new PrnDay(day, order.summary(), given, notGiven, mme);
    }

    /** The infusions that ran on any day from {@code from} to {@code to}, by start, each with a whole day's MME at its rate. */
    List<InfusionRun> infusions(PatientCourse course, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return course.orders().stream()
                .filter(o -> o.kind() == OrderKind.INFUSION)
                .filter(o -> o.start().toInstant().isBefore(end) && (o.stop() == null || o.stop().toInstant().isAfter(start)))
                .sorted(Comparator.comparing((MedicationOrder o) -> o.start().toInstant()))
                .map(o -> new InfusionRun(o.summary(), o.start().atZoneSameInstant(zone).toOffsetDateTime(),
                        o.stop() == null ? null : o.stop().atZoneSameInstant(zone).toOffsetDateTime(), wholeDayMme(o)))
                .toList();
    }

    /** Section 6: an infusion counts rate x 24 hours a whole day; null when its drug and route have no factor. */
    private BigDecimal wholeDayMme(MedicationOrder infusion) {
        return table.factorFor(infusion) instanceof MmeFactorLookup.Counted c ? c.dailyMme(infusion).setScale(2, RoundingMode.HALF_UP) : null;
    }

    private boolean ranOn(MedicationOrder order, LocalDate day) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        return order.start().toInstant().isBefore(dayEnd) && (order.stop() == null || order.stop().toInstant().isAfter(dayStart));
    }
}

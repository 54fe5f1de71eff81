package org.bedsideneuro.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeContribution;
import org.bedsideneuro.domain.regimen.NotCountedOrder;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.PatientCourse;

/**
 * The day-by-day timeline of a patient as CSV: {@code date,mme,opioids,flags,mme_complete,not_counted}, then
 * {@code prn_doses_given,prn_mme,infusion_mme,pca_mme,mme_basis} ({@link TimelineMmeColumns}), then one column per
 * finding code and side ({@code code} or {@code code.L}/{@code code.R}) with the last value recorded that day. Every
 * finding has its column, recorded or not, so that files of different patients line up. The first six columns keep
 * their names and places for the scripts that read them: the first four what the day was, the next two whether its
 * MME is whole; the five after them break the MME down by kind of order as numbers, for scripts that must not parse
 * the {@code opioids} text.
 * <p>
 * An order not counted in the MME (buprenorphine, intrathecal, no factor for its route) is never a silent zero
 * (clinical reference section 6): {@code mme_complete} is {@code false} on every day one ran, and {@code not_counted}
 * names each with its reason. Parenteral orders are counted with the hospital's estimate, and say so.
 */
public final class TimelineCsv {
    private TimelineCsv() {
    }

    /** Every finding column, in the order of {@link FindingCode}, left before right. */
    public static List<FindingKey> findingColumns() {
        List<FindingKey> columns = new ArrayList<>();
        for (FindingCode code : FindingCode.values()) {
            if (code.sided()) {
                columns.add(FindingKey.of(code, Side.LEFT));
                columns.add(FindingKey.of(code, Side.RIGHT));
            } else {
                columns.add(FindingKey.of(code));
            }
        }
        return columns;
    }

    public static void write(PatientCourse course, LocalDate from, LocalDate to, Appendable out) throws IOException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        List<FindingKey> columns = findingColumns();
        List<String> header = new ArrayList<>(List.of("date", "mme", "opioids", "flags", "mme_complete", "not_counted"));
        header.addAll(TimelineMmeColumns.HEADER);
        columns.forEach(k -> header.add(k.columnName()));
        TimelineMmeColumns mmeColumns = new TimelineMmeColumns(course);
        Map<LocalDate, Map<FindingKey, String>> lastValues = lastValuePerDay(course);
        Map<LocalDate, List<Flag>> flagsByDay = course.flags().stream().collect(Collectors.groupingBy(Flag::date));
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                DailyMmeResult mme = course.mmeOn(day);
                List<String> row = new ArrayList<>();
                row.add(day.toString());
                row.add(plain(mme.mme()));
                row.add(opioidsRunning(course, day, mme));
                row.add(flagsByDay.getOrDefault(day, List.of()).stream().map(f -> f.code().code()).distinct().collect(Collectors.joining(";")));
                row.add(String.valueOf(!mme.hasUncountedOpioid()));
                row.add(mme.uncountedOpioids().stream().map(TimelineCsv::notCounted).collect(Collectors.joining(";")));
                row.addAll(mmeColumns.cells(mme));
                Map<FindingKey, String> values = lastValues.getOrDefault(day, Map.of());
                for (FindingKey key : columns) {
                    row.add(values.getOrDefault(key, ""));
                }
                csv.printRecord(row);
            }
        }
    }

    private static Map<LocalDate, Map<FindingKey, String>> lastValuePerDay(PatientCourse course) {
        Map<LocalDate, Map<FindingKey, String>> byDay = new HashMap<>();
        for (Exam exam : course.exams()) { // oldest first: a later exam of the same day overwrites
            Map<FindingKey, String> day = byDay.computeIfAbsent(course.dayOf(exam), d -> new HashMap<>());
            for (Finding f : exam.findings()) {
                day.put(f.key(), f.value().code());
            }
        }
        return byDay;
    }

    /**
     * Every opioid order that ran during any part of the day, with its unit; one counted with a parenteral estimate
     * (not a CDC factor: clinical reference section 6) says so.
     */
    private static String opioidsRunning(PatientCourse course, LocalDate day, DailyMmeResult mme) {
        var dayStart = day.atStartOfDay(course.zone()).toInstant();
        var dayEnd = day.plusDays(1).atStartOfDay(course.zone()).toInstant();
        Set<MedicationOrder> estimated = mme.counted().stream().filter(c -> c.factor().estimate())
                .map(MmeContribution::order).collect(Collectors.toSet());
        return course.orders().stream()
                .filter(o -> DrugCatalog.isOpioid(o.drug()))
                .filter(o -> o.start().toInstant().isBefore(dayEnd) && (o.stop() == null || o.stop().toInstant().isAfter(dayStart)))
                .map(o -> TimelineOrderText.of(o) + (estimated.contains(o) ? " (parenteral estimate)" : ""))
                .collect(Collectors.joining(";"));
    }

    /** {@code order: reason}, e.g. {@code buprenorphine sublingual 0.2 mg×3: buprenorphine is not counted in MME}. */
    private static String notCounted(NotCountedOrder n) {
        return TimelineOrderText.of(n.order()) + ": " + n.why().reason().brief();
    }

    /** 75, 7.5, 0: no trailing zeros, never in exponent notation. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}

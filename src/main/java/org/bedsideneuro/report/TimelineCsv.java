package org.bedsideneuro.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.PatientCourse;

/**
 * The day-by-day timeline of a patient as CSV (issue #5, point 5): {@code date,mme,opioids,flags}, then one column per
 * finding code and side ({@code code} or {@code code.L}/{@code code.R}) with the last value recorded that day.
 * Every finding has its column, recorded or not, so that files of different patients line up.
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
        List<String> header = new ArrayList<>(List.of("date", "mme", "opioids", "flags"));
        columns.forEach(k -> header.add(k.columnName()));
        Map<LocalDate, Map<FindingKey, String>> lastValues = lastValuePerDay(course);
        Map<LocalDate, List<Flag>> flagsByDay = course.flags().stream().collect(Collectors.groupingBy(Flag::date));
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                List<String> row = new ArrayList<>();
                row.add(day.toString());
                row.add(plain(course.mmeOn(day).mme()));
                row.add(opioidsRunning(course, day));
                row.add(flagsByDay.getOrDefault(day, List.of()).stream().map(f -> f.code().code()).distinct().collect(Collectors.joining(";")));
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

    /** {@code drug route dose×doses_per_day} of every opioid order that ran during any part of the day. */
    private static String opioidsRunning(PatientCourse course, LocalDate day) {
        var dayStart = day.atStartOfDay(course.zone()).toInstant();
        var dayEnd = day.plusDays(1).atStartOfDay(course.zone()).toInstant();
        return course.orders().stream()
                .filter(o -> DrugCatalog.isOpioid(o.drug()))
                .filter(o -> o.start().toInstant().isBefore(dayEnd) && (o.stop() == null || o.stop().toInstant().isAfter(dayStart)))
                .map(TimelineCsv::describe)
                .collect(Collectors.joining(";"));
    }

    private static String describe(MedicationOrder o) {
        return o.drug() + " " + o.route().code() + " " + o.dose().toPlainString() + "×" + o.dosesPerDay().toPlainString();
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}

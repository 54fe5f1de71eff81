package org.bedsideneuro.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.score.DistalMotorScore;
import org.bedsideneuro.domain.score.MrcSumScore;
import org.bedsideneuro.report.ProgressSummary.Cell;
import org.bedsideneuro.report.ProgressSummary.ExamColumn;
import org.bedsideneuro.report.ProgressSummary.ExamTable;
import org.bedsideneuro.report.ProgressSummary.ObservationRow;

/**
 * The serial exam table: the bedside exams of the period as columns (observations are summarised elsewhere), the
 * findings recorded in any of them as rows in bedside order, each value compared with its baseline. Baseline
 * (reference section 7) = the value in the exam marked as baseline, else the first recorded value of that finding and
 * side, looked for over the whole record (it may lie before the period).
 */
final class ExamTableBuilder {
    private final ZoneId zone;

    ExamTableBuilder(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param allExams the patient's current exams, oldest first (for baselines)
     * @param inPeriod the exams of the period, oldest first
     */
    ExamTable build(List<Exam> allExams, List<Exam> inPeriod) {
        Map<FindingKey, FindingValue> baseline = baselines(allExams);
        TreeSet<FindingKey> rows = new TreeSet<>();
        // Nerve conduction studies have a table of their own (StudyTableSection).
        List<ExamColumn> columns = inPeriod.stream().filter(e -> e.kind() == ExamKind.EXAM && !e.isNerveConductionStudy()).map(e -> {
            Map<FindingKey, Cell> cells = new LinkedHashMap<>();
            for (Finding f : e.findings()) {
                rows.add(f.key());
                FindingValue base = baseline.get(f.key());
                boolean worse = base != null && Worsening.isWorse(f.code(), base, f.value());
                cells.put(f.key(), new Cell(text(f.value()), worse));
            }
            return new ExamColumn(e.id(), e.recordedAt().atZoneSameInstant(zone).toOffsetDateTime(), e.recordedBy().displayName(),
                    e.baseline(), cells, MrcSumScore.of(e), DistalMotorScore.of(e));
        }).toList();
        return new ExamTable(List.copyOf(rows), columns);
    }

    /**
     * The observations (not bedside exams: those are columns of the table) of the period that record any OIN item
     * (sedation, CAM, hallucinations, hyperalgesia, allodynia, seizure), oldest first.
     */
    List<ObservationRow> oinObservations(List<Exam> allExams, List<Exam> inPeriod) {
        Map<FindingKey, FindingValue> baseline = baselines(allExams);
        List<ObservationRow> rows = new ArrayList<>();
        for (Exam e : inPeriod) {
            if (e.kind() != ExamKind.OBSERVATION) {
                continue;
            }
            Map<FindingCode, Cell> values = new EnumMap<>(FindingCode.class);
            for (Finding f : e.findings()) {
                if (f.code().section() == Section.OIN) {
                    FindingValue base = baseline.get(f.key());
                    values.put(f.code(), new Cell(text(f.value()), base != null && Worsening.isWorse(f.code(), base, f.value())));
                }
            }
            if (!values.isEmpty()) {
                rows.add(new ObservationRow(e.recordedAt().atZoneSameInstant(zone).toOffsetDateTime(), e.recordedBy().displayName(),
                        values, e.note()));
            }
        }
        return rows;
    }

    /** Baseline value per finding and side: from an exam marked baseline first, otherwise the first recorded. */
    static Map<FindingKey, FindingValue> baselines(List<Exam> allExams) {
        // By array slot per finding code and side, not a HashMap of new keys per finding: a five-year record has
        // 600,000 findings and the summary asks for its baselines three times.
        int slots = FindingCode.values().length * 3;
        Finding[] marked = new Finding[slots];
        Finding[] first = new Finding[slots];
        for (Exam e : allExams) {
            for (Finding f : e.findings()) {
                int slot = f.code().ordinal() * 3 + (f.side() == null ? 0 : 1 + f.side().ordinal());
                if (e.baseline() && marked[slot] == null) {
                    marked[slot] = f;
                }
                if (first[slot] == null) {
                    first[slot] = f;
                }
            }
        }
        Map<FindingKey, FindingValue> result = new HashMap<>();
        for (int slot = 0; slot < slots; slot++) {
            Finding f = marked[slot] != null ? marked[slot] : first[slot];
            if (f != null) {
                result.put(f.key(), f.value());
            }
        }
        return result;
    }

    /** Compact printed value: the scale's code ("4+", "partial", "12.5"), underscores as spaces. */
    static String text(FindingValue value) {
        return value.code().replace('_', ' ');
    }
}

package org.bedsideneuro.ui.patient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.Section;

/** The findings of one exam section, in the order the exam is done at the bedside (the order of FindingCode). */
public record FindingGroup(Section section, List<FindingLine> lines) {
    public FindingGroup {
        lines = List.copyOf(lines);
    }

    public String title() {
        return section.label();
    }

    /** An exam's findings grouped by section, sections in bedside order; sections with no finding are left out. */
    public static List<FindingGroup> of(Exam exam) {
        Map<Section, List<FindingLine>> bySection = new EnumMap<>(Section.class);
        exam.findings().stream()
                .sorted(Comparator.comparing(Finding::key))
                .forEach(f -> bySection.computeIfAbsent(f.code().section(), s -> new ArrayList<>()).add(line(f)));
        return bySection.entrySet().stream().map(e -> new FindingGroup(e.getKey(), e.getValue())).toList();
    }

    private static FindingLine line(Finding finding) {
        return new FindingLine(finding.code().label(), finding.optionalSide().map(s -> s.label()).orElse(""),
                finding.value().label(), finding.note());
    }
}

package org.bedsideneuro.ui.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.exam.Comparison;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Scales;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;

/**
 * The rules that span cells, applied after every keystroke: each cell's own parse error, a reflex 0 only after
 * reinforcement (reference section 2; exchange-format.md reflex.reinforcement), and left/right strength asymmetry.
 */
final class FormRules {
    static final String REINFORCEMENT_FIRST = "0 (absent) is recorded only after reinforcement: record reinforcement "
            + "(Jendrassik) used = yes first";

    private final Map<FindingKey, FindingField> fields;
    private final List<String> problems = new ArrayList<>();

    FormRules(Map<FindingKey, FindingField> fields) {
        this.fields = fields;
    }

    /** Sets every cell's error and asymmetry mark; returns the findings of the valid, non-blank cells. */
    List<Finding> apply() {
        problems.clear();
        boolean reinforced = value(FindingKey.of(FindingCode.REFLEX_REINFORCEMENT)).filter(v -> v == YesNo.YES).isPresent();
        List<Finding> findings = new ArrayList<>();
        for (FindingField field : fields.values()) {
            String error = field.parseError();
            Optional<FindingValue> value = field.value();
            if (error.isEmpty() && value.isPresent() && value.get() == ReflexGrade.ABSENT
                    && field.key().code().scale() == Scales.NINDS && !reinforced) {
                error = REINFORCEMENT_FIRST;
            }
            field.setError(error);
            if (!error.isEmpty()) {
                problems.add(field.key().label() + ": " + error);
            } else {
                field.finding().ifPresent(findings::add);
            }
        }
        markAsymmetry();
        return findings;
    }

    private void markAsymmetry() {
        for (FindingCode muscle : FindingCode.inSection(Section.STRENGTH)) {
            FindingField left = fields.get(FindingKey.of(muscle, Side.LEFT));
            FindingField right = fields.get(FindingKey.of(muscle, Side.RIGHT));
            boolean asymmetric = left.value().isPresent() && right.value().isPresent()
                    && Comparison.asymmetric((MrcGrade) left.value().get(), (MrcGrade) right.value().get());
            left.setAsymmetric(asymmetric);
            right.setAsymmetric(asymmetric);
        }
    }

    private Optional<FindingValue> value(FindingKey key) {
        FindingField field = fields.get(key);
        return field == null ? Optional.empty() : field.value();
    }

    /** "" when nothing needs fixing; otherwise how many cells and the first of them. */
    String problemSummary() {
        if (problems.isEmpty()) {
            return "";
        }
        return problems.size() == 1 ? "1 cell to fix: " + problems.get(0)
                : problems.size() + " cells to fix, first: " + problems.get(0);
    }
}

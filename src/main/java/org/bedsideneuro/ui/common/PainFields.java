package org.bedsideneuro.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.score.PegScore;

/**
 * The PEG's three items and the pain NRS at rest and on movement as typed (clinical reference section 8), shared by
 * the nurse's observation and the neurologist's exam: a whole number 0-10 per box, empty = not asked. Shows the
 * PEG score live, and only when all three items are there. No Nodes: a view binds a text field to each property.
 */
public final class PainFields {
    private final Map<FindingCode, StringProperty> text = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "painError", "");
    private final StringBinding pegText;

    public PainFields() {
        for (FindingCode code : FindingCode.inSection(Section.PAIN)) {
            text.put(code, new SimpleStringProperty(this, code.code(), ""));
        }
        pegText = Bindings.createStringBinding(this::describePeg, text.values().toArray(Observable[]::new));
    }

    /** The text typed for a pain item ({@code pain.*} codes only). */
    public StringProperty text(FindingCode code) {
        StringProperty p = text.get(code);
        if (p == null) {
            throw new IllegalArgumentException(code.code() + " is not a pain item");
        }
        return p;
    }

    /** The pain items in form order: the three PEG items, then NRS at rest and on movement. */
    public List<FindingCode> codes() {
        return List.copyOf(text.keySet());
    }

    public List<Observable> all() {
        return List.copyOf(text.values());
    }

    public boolean hasContent() {
        return text.values().stream().anyMatch(p -> !p.get().isBlank());
    }

    /** "PEG 6.3 (0-10)" once all three items are valid; "PEG: 2 of 3 items" while some are missing; empty when none. */
    public StringBinding pegText() {
        return pegText;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * The findings typed, or empty with {@link #errorProperty()} naming every box that is not a whole number 0-10.
     * Boxes left empty are not recorded.
     */
    public Optional<List<Finding>> findings() {
        List<Finding> findings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        text.forEach((code, value) -> {
            String typed = value.get() == null ? "" : value.get().strip();
            if (typed.isEmpty()) {
                return;
            }
            try {
                findings.add(Finding.unsided(code, code.parseValue(typed)));
            } catch (IllegalArgumentException e) {
                problems.add(shortName(code));
            }
        });
        error.set(problems.isEmpty() ? "" : String.join(", ", problems) + ": a whole number from 0 to 10");
        return problems.isEmpty() ? Optional.of(findings) : Optional.empty();
    }

    public Map<String, String> toDraft() {
        Map<String, String> fields = new LinkedHashMap<>();
        text.forEach((code, value) -> fields.put(code.code(), value.get()));
        return fields;
    }

    public void fromDraft(Map<String, String> fields) {
        text.forEach((code, value) -> value.set(fields.getOrDefault(code.code(), "")));
    }

    public void fromExam(Exam exam) {
        text.forEach((code, value) -> value.set(exam.value(code).map(FindingValue::code).orElse("")));
    }

    /** A short caption for a box: "Pain", "Enjoyment", "Activity", "NRS rest", "NRS movement". */
    public static String shortName(FindingCode code) {
        return switch (code) {
            case PEG_PAIN -> "Pain";
            case PEG_ENJOYMENT -> "Enjoyment";
            case PEG_ACTIVITY -> "Activity";
            case NRS_REST -> "NRS rest";
            case NRS_MOVEMENT -> "NRS movement";
            default -> code.label();
        };
    }

    private String describePeg() {
        List<Finding> items = new ArrayList<>();
        for (FindingCode code : PegScore.ITEMS) {
            String typed = text.get(code).get() == null ? "" : text.get(code).get().strip();
            if (!typed.isEmpty()) {
                try {
                    items.add(Finding.unsided(code, code.parseValue(typed)));
                } catch (IllegalArgumentException e) {
                    return "";
                }
            }
        }
        if (items.isEmpty()) {
            return "";
        }
        PegScore score = PegScore.of(items);
        return score.computable() ? score.display() : "PEG not computable: " + items.size() + " of 3 items";
    }
}

package org.bedsideneuro.ui.observation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Amplitude;
import org.bedsideneuro.domain.finding.BodyRegion;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.MyoclonusContext;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.RegionSet;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.ui.common.PainFields;

/**
 * What the observation form holds, as typed: text for the numbers and the time (a half-typed value must survive in
 * a draft), a value or nothing for each coded item (nothing = not assessed, never "normal"), a set of regions.
 * Converts to and from a draft's fields and an exam's findings; the rules about what is valid live in the form.
 */
final class ObservationFields {
    static final String COUNT = "count";
    static final String WINDOW = "window";
    static final String DATE = "date";
    static final String TIME = "time";
    static final String NOTE = "note";
    static final String REASON = "reason";

    final StringProperty count = new SimpleStringProperty(this, "count", "");
    final StringProperty window = new SimpleStringProperty(this, "window", "");
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    final StringProperty time = new SimpleStringProperty(this, "time", "");
    final StringProperty note = new SimpleStringProperty(this, "note", "");
    final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    final ObservableSet<BodyRegion> regions = FXCollections.observableSet(EnumSet.noneOf(BodyRegion.class));
    /** The coded items in form order, each with its finding code. */
    final Map<FindingCode, ObjectProperty<FindingValue>> items = new LinkedHashMap<>();
    /** The PEG and pain NRS (clinical reference section 8), as typed. */
    final PainFields pain = new PainFields();

    ObservationFields() {
        for (FindingCode code : List.of(FindingCode.DISTRIBUTION, FindingCode.AMPLITUDE, FindingCode.STIMULUS_SENSITIVE, FindingCode.CONTEXT,
                FindingCode.SEDATION_POSS, FindingCode.DELIRIUM_CAM, FindingCode.HALLUCINATIONS, FindingCode.HYPERALGESIA,
                FindingCode.ALLODYNIA, FindingCode.SEIZURE)) {
            items.put(code, new SimpleObjectProperty<>(this, code.code()));
        }
    }

    ObjectProperty<FindingValue> item(FindingCode code) {
        return items.get(code);
    }

    /** The values a coded item can take, in scale order, for the form's buttons. */
    static List<? extends FindingValue> choices(FindingCode code) {
        return switch (code) {
            case DISTRIBUTION -> List.of(MyoclonusDistribution.values());
            case AMPLITUDE -> List.of(Amplitude.values());
            case CONTEXT -> List.of(MyoclonusContext.values());
            case SEDATION_POSS -> List.of(PossLevel.values());
            case DELIRIUM_CAM -> List.of(CamResult.values());
            default -> List.of(YesNo.values());
        };
    }

    /** Everything a listener should watch (drafts are kept on any change). */
    List<Observable> all() {
        List<Observable> all = new ArrayList<>(List.of(count, window, date, time, note, reason, regions));
        all.addAll(items.values());
        all.addAll(pain.all());
        return all;
    }

    /** Something the clinician entered beyond the prefilled window and time: worth keeping as a draft. */
    boolean hasContent() {
        return !count.get().isBlank() || !note.get().isBlank() || !reason.get().isBlank() || !regions.isEmpty()
                || items.values().stream().anyMatch(p -> p.get() != null) || pain.hasContent();
    }

    /** The findings other than count and window, as chosen; regions only when some are ticked. */
    List<Finding> otherFindings() {
        List<Finding> findings = new ArrayList<>();
        items.forEach((code, value) -> {
            if (value.get() != null) {
                findings.add(Finding.unsided(code, value.get()));
            }
        });
        if (!regions.isEmpty()) {
            findings.add(Finding.unsided(FindingCode.REGIONS, RegionSet.of(regions)));
        }
        return findings;
    }

    Map<String, String> toDraft() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(COUNT, count.get());
        fields.put(WINDOW, window.get());
        fields.put(DATE, date.get() == null ? "" : date.get().toString());
        fields.put(TIME, time.get());
        fields.put(NOTE, note.get());
        fields.put(REASON, reason.get());
        fields.put(FindingCode.REGIONS.code(), regions.isEmpty() ? "" : RegionSet.of(regions).code());
        items.forEach((code, value) -> fields.put(code.code(), value.get() == null ? "" : value.get().code()));
        fields.putAll(pain.toDraft());
        return fields;
    }

    /** Restores a draft; a value that no longer parses is left empty rather than guessed. */
    void fromDraft(Map<String, String> fields) {
        count.set(fields.getOrDefault(COUNT, ""));
        window.set(fields.getOrDefault(WINDOW, window.get()));
        date.set(parseDate(fields.get(DATE)).orElse(date.get()));
        time.set(fields.getOrDefault(TIME, time.get()));
        note.set(fields.getOrDefault(NOTE, ""));
        reason.set(fields.getOrDefault(REASON, ""));
        regions.clear();
        parse(FindingCode.REGIONS, fields.get(FindingCode.REGIONS.code())).ifPresent(v -> regions.addAll(((RegionSet) v).regions()));
        items.forEach((code, value) -> value.set(parse(code, fields.get(code.code())).orElse(null)));
        pain.fromDraft(fields);
    }

    /** Fills the form from a recorded exam, for an amendment: the copy starts as the record stands. */
    void fromExam(Exam exam) {
        count.set(exam.value(FindingCode.JERK_COUNT).map(FindingValue::code).orElse(""));
        window.set(exam.value(FindingCode.WINDOW_MINUTES).map(FindingValue::code).orElse(window.get()));
        note.set(exam.note());
        regions.clear();
        exam.value(FindingCode.REGIONS).ifPresent(v -> regions.addAll(((RegionSet) v).regions()));
        items.forEach((code, value) -> value.set(exam.value(code).orElse(null)));
        pain.fromExam(exam);
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<FindingValue> parse(FindingCode code, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(code.parseValue(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A coded value's label for the form ("S", "1" ... for POSS: level names are on the tooltip). */
    static Function<FindingValue, String> shortLabel(FindingCode code) {
        return switch (code) {
            case SEDATION_POSS -> Coded::code;
            case DELIRIUM_CAM -> v -> v == CamResult.POSITIVE ? "Positive" : "Negative";
            case DISTRIBUTION -> v -> ((MyoclonusDistribution) v).label().replaceAll(" \\(.*\\)", "");
            default -> Coded::label;
        };
    }
}

package org.bedsideneuro.ui.exam;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.finding.CodedScale;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;

/**
 * Reads what was typed into one cell of the exam form. Empty means "not examined" (nothing recorded), never normal.
 * Codes are matched exactly first ("4" is 4, not 4- or 4+), then without regard to case, then as the unique start of a
 * code or label ("ext" is extensor), so every grade can be typed from the keyboard without a list to open.
 * Anything else is an error with the allowed values: never silently dropped.
 */
public record TypedValue(Optional<FindingValue> value, String error) {

    public static final TypedValue EMPTY = new TypedValue(Optional.empty(), "");

    public boolean isValid() {
        return error.isEmpty();
    }

    public static TypedValue parse(FindingCode code, String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return EMPTY;
        }
        if (code.scale() instanceof CodedScale<?> coded) {
            return parseCoded(code, coded, typed);
        }
        try {
            return new TypedValue(Optional.of(code.parseValue(typed)), "");
        } catch (IllegalArgumentException e) {
            return error(code, "'" + typed + "' is not allowed; allowed: " + code.scale().allowed());
        }
    }

    private static TypedValue parseCoded(FindingCode code, CodedScale<?> scale, String typed) {
        List<? extends FindingValue> values = scale.values();
        for (FindingValue v : values) {
            if (v.code().equals(typed)) {
                return new TypedValue(Optional.of(v), "");
            }
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        List<? extends FindingValue> matches = values.stream().filter(v -> v.code().toLowerCase(Locale.ROOT).equals(lower)).toList();
        if (matches.isEmpty()) {
            // Start of a code or label: "ext" for extensor, "st" for steppage. Only for words: a digit prefix would let
            // "4" slide into "4-" and is handled by the exact match above.
            matches = values.stream().filter(v -> v.code().toLowerCase(Locale.ROOT).startsWith(lower)
                    || v.label().toLowerCase(Locale.ROOT).startsWith(lower)).toList();
        }
        if (matches.size() == 1) {
            return new TypedValue(Optional.of(matches.get(0)), "");
        }
        if (matches.size() > 1) {
            return error(code, "'" + typed + "' could be " + matches.stream().map(FindingValue::code).collect(Collectors.joining(" or ")));
        }
        return error(code, "'" + typed + "' is not allowed; allowed: " + scale.allowed());
    }

    private static TypedValue error(FindingCode code, String message) {
        return new TypedValue(Optional.empty(), message);
    }
}

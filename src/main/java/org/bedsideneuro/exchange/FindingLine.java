package org.bedsideneuro.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.PatientId;

/** A valid row of findings.csv: who recorded what, when, for whom, and the line it came from. */
record FindingLine(long line, PatientId patient, OffsetDateTime recordedAt, String recordedBy, Role role, Finding finding, ExamKey examKey) {

    /** Rows with the same patient, time and clinician belong to one exam or observation (shared/exchange-format.md). */
    static ExamKey examKey(PatientId patient, OffsetDateTime recordedAt, String recordedBy, Role role) {
        return new ExamKey(patient, recordedAt.toInstant(), recordedBy, role);
    }

    /**
     * Times and clinician names already checked in this file. An exam's rows repeat its time and clinician on every
     * line (47 for a full exam): each distinct text is checked once (a whole-ward import spent much of its reading
     * time parsing the same times again). Only valid texts are kept; an invalid one fails on every row.
     */
    static final class Parsed {
        private final Map<String, OffsetDateTime> times = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        /** Findings by their four cells (code, side, value, note): immutable, and a ward repeats a few hundred of them. */
        private final Map<String, Finding> findings = new HashMap<>();
        private final Map<String, PatientId> patients = new HashMap<>();
        private ExamKey lastKey;
    }

    /** Checks one row as the exam form does: the code's side and scale from {@link FindingCode}, no time in the future. */
    static Optional<FindingLine> parse(CsvRow row, Clock clock, CellProblems problems) {
        return parse(row, clock, problems, new Parsed());
    }

    static Optional<FindingLine> parse(CsvRow row, Clock clock, CellProblems problems, Parsed parsed) {
        Optional<PatientId> patient = problems.cell("patient_id", text -> parsed.patients.computeIfAbsent(text, PatientId::new));
        Optional<OffsetDateTime> at = problems.cell("recorded_at", text -> parsed.times.computeIfAbsent(text, t -> time(t, clock)));
        Optional<Role> role = problems.coded("role", Role.class);
        Optional<String> by = problems.cell("recorded_by", text -> parsed.names.computeIfAbsent(text, FindingLine::clinicianName));
        String findingKey = row.get("finding") + '\u0000' + row.get("side") + '\u0000' + row.get("value") + '\u0000' + row.get("note");
        Finding known = parsed.findings.get(findingKey);
        Optional<Finding> finding = known != null ? Optional.of(known) : finding(row, problems);
        if (known == null && finding.isPresent() && problems.isEmpty()) {
            parsed.findings.put(findingKey, finding.get()); // only a finding that passed every check is reused
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        // The rows of one exam follow each other: they share one key (made once, not once per row and per use).
        ExamKey key = parsed.lastKey;
        if (key == null || !key.patient().equals(patient.get()) || !key.recordedAt().equals(at.get().toInstant())
                || !key.recordedBy().equals(by.get()) || key.role() != role.get()) {
            key = examKey(patient.get(), at.get(), by.get(), role.get());
            parsed.lastKey = key;
        }
        return Optional.of(new FindingLine(row.line(), patient.get(), at.get(), by.get(), role.get(), finding.get(), key));
    }

    /** A clinician's name as findings.csv's recorded_by and administrations.csv's given_by write it. */
    static String clinicianName(String text) {
        // The clinician's own validation (required, length, no control characters); the role does not matter here.
        return Clinician.create(text, Role.OTHER).displayName();
    }

    private static OffsetDateTime time(String text, Clock clock) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty; a finding needs the time it was observed");
        }
        // Stored to the millisecond (Exam truncates); truncate here too so rows and the saved exam agree.
        OffsetDateTime time = ExchangeTimes.parseTime(text).truncatedTo(ChronoUnit.MILLIS);
        if (time.toInstant().isAfter(clock.instant())) {
            throw new IllegalArgumentException(text + " is in the future");
        }
        return time;
    }

    private static Optional<Finding> finding(CsvRow row, CellProblems problems) {
        String codeText = row.get("finding");
        Optional<FindingCode> code = FindingCode.byCode(codeText);
        if (code.isEmpty()) {
            problems.add("finding", codeText.isEmpty() ? "empty; a finding code is required" : "unknown finding code '" + codeText + "'");
            return Optional.empty();
        }
        FindingCode c = code.get();
        Optional<Side> side = side(c, row.get("side"), problems);
        String valueText = row.get("value");
        if (valueText.isEmpty()) {
            // Empty means "not recorded" (shared/exchange-format.md): a row without a value records nothing.
            problems.add("value", "empty; a row must record a value (" + c.code() + ": " + c.scale().allowed() + ")");
            return Optional.empty();
        }
        Optional<FindingValue> value = problems.cell("value", c::parseValue);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(c, side.orElse(null), value.get(), row.get("note")));
    }

    /** The side the code asks for: L or R for a sided finding, empty for one without a side. */
    private static Optional<Side> side(FindingCode code, String text, CellProblems problems) {
        if (text.isEmpty()) {
            if (code.sided()) {
                problems.add("side", code.code() + " needs a side (L or R)");
            }
            return Optional.empty();
        }
        Optional<Side> side = Coded.byCode(Side.class, text);
        if (side.isEmpty()) {
            problems.add("side", "'" + text + "' is not allowed; allowed values: L, R");
        } else if (!code.sided()) {
            problems.add("side", code.code() + " has no side; leave it empty");
        }
        return side;
    }

    /** One exam or observation in the file: patient, time and clinician (name and role). */
    record ExamKey(PatientId patient, Instant recordedAt, String recordedBy, Role role) {
    }
}

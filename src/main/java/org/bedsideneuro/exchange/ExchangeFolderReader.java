package org.bedsideneuro.exchange;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;

/**
 * Reads and validates an exchange folder without touching the database: each file, each row through the domain's
 * constructors, then what only the whole folder shows (duplicates within a file). A missing file means no rows of
 * that kind (administrations.csv, new in version 2, is often left out); a folder with none of the files is an error.
 */
public final class ExchangeFolderReader {
    private final Clock clock;

    /** @param clock "now", for refusing dates and times in the future */
    public ExchangeFolderReader(Clock clock) {
        this.clock = clock;
    }

    /** Every problem of the folder, empty when it could be imported (the database may still refuse it). */
    public List<ExchangeProblem> validate(Path folder) {
        return read(folder).problems();
    }

    ExchangeContent read(Path folder) {
        List<ExchangeProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(ExchangeProblem.inFolder(folder + " is not a folder"));
            return new ExchangeContent(List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), Set.of(), problems);
        }
        return read(kind -> CsvTable.read(folder, kind, problems), folder.toString(), problems);
    }

    /**
     * The same rules for rows that arrive as text, file name to CSV text (another format translated into this one, a
     * FHIR Bundle): nothing of it touches the disk.
     */
    ExchangeContent read(Map<String, String> texts) {
        List<ExchangeProblem> problems = new ArrayList<>();
        return read(kind -> Optional.ofNullable(texts.get(kind.fileName())).map(text -> CsvTable.parse(kind, text, problems)), "The import",
                problems);
    }

    private ExchangeContent read(Function<ExchangeFile, Optional<List<CsvRow>>> table, String what, List<ExchangeProblem> problems) {
        Optional<List<CsvRow>> patientRows = table.apply(ExchangeFile.PATIENTS);
        Optional<List<CsvRow>> orderRows = table.apply(ExchangeFile.MEDICATIONS);
        Optional<List<CsvRow>> administrationRows = table.apply(ExchangeFile.ADMINISTRATIONS);
        Optional<List<CsvRow>> findingRows = table.apply(ExchangeFile.FINDINGS);
        if (patientRows.isEmpty() && orderRows.isEmpty() && administrationRows.isEmpty() && findingRows.isEmpty()) {
            problems.add(ExchangeProblem.inFolder(what + " holds none of " + String.join(", ",
                    Arrays.stream(ExchangeFile.values()).map(ExchangeFile::fileName).toList())));
        }

        List<PatientLine> patients = new ArrayList<>();
        Set<String> idsInFile = new HashSet<>();
        for (CsvRow row : patientRows.orElse(List.of())) {
            idsInFile.add(row.get("patient_id"));
            parse(row, problems, p -> PatientLine.parse(row, clock, p)).ifPresent(patients::add);
        }
        List<PatientReference> patientsOfRefusedRows = new ArrayList<>();
        List<OrderLine> orders = new ArrayList<>();
        Set<OrderStartKey> refusedOrders = new HashSet<>();
        for (CsvRow row : orderRows.orElse(List.of())) {
            parse(row, problems, p -> OrderLine.parse(row, clock, p)).ifPresentOrElse(orders::add, () -> {
                patientNamedBy(row).ifPresent(patientsOfRefusedRows::add);
                OrderStartKey.ofRefusedRow(row).ifPresent(refusedOrders::add);
            });
        }
        List<AdministrationLine> administrations = new ArrayList<>();
        for (CsvRow row : administrationRows.orElse(List.of())) {
            parse(row, problems, p -> AdministrationLine.parse(row, clock, p))
                    .ifPresentOrElse(administrations::add, () -> patientNamedBy(row).ifPresent(patientsOfRefusedRows::add));
        }
        List<FindingLine> findings = new ArrayList<>();
        FindingLine.Parsed parsed = new FindingLine.Parsed();
        for (CsvRow row : findingRows.orElse(List.of())) {
            parse(row, problems, p -> FindingLine.parse(row, clock, p, parsed))
                    .ifPresentOrElse(findings::add, () -> patientNamedBy(row).ifPresent(patientsOfRefusedRows::add));
        }

        refuseDuplicatePatients(patients, problems);
        refuseDuplicateOrders(orders, problems);
        refuseDuplicateAdministrations(administrations, problems);
        refuseDuplicateFindings(findings, problems);
        refuseMixedOffsetsInOneExam(findings, problems);
        problems.sort(ExchangeProblem.IN_FILE_ORDER);
        return new ExchangeContent(patients, orders, administrations, findings, idsInFile, patientsOfRefusedRows, refusedOrders, problems);
    }

    /** The patient a refused row names, when its patient_id is a valid MRN (an invalid one is reported already). */
    private static Optional<PatientReference> patientNamedBy(CsvRow row) {
        try {
            return Optional.of(new PatientReference(row.file(), row.line(), new PatientId(row.get("patient_id"))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <T> Optional<T> parse(CsvRow row, List<ExchangeProblem> problems, Function<CellProblems, Optional<T>> parser) {
        CellProblems cells = new CellProblems(row);
        Optional<T> parsed = parser.apply(cells);
        problems.addAll(cells.list());
        return cells.isEmpty() ? parsed : Optional.empty();
    }

    private static void refuseDuplicatePatients(List<PatientLine> patients, List<ExchangeProblem> problems) {
        Map<String, Long> seen = new HashMap<>();
        for (PatientLine p : patients) {
            Long first = seen.putIfAbsent(p.patient().id().value(), p.line());
            if (first != null) {
                problems.add(ExchangeProblem.atCell(ExchangeFile.PATIENTS.fileName(), p.line(), "patient_id",
                        "MRN " + p.patient().id() + " is already on line " + first));
            }
        }
    }

    private static void refuseDuplicateOrders(List<OrderLine> orders, List<ExchangeProblem> problems) {
        Map<OrderLine.OrderKey, Long> seen = new HashMap<>();
        for (OrderLine o : orders) {
            Long first = seen.putIfAbsent(o.key(), o.line());
            if (first != null) {
                problems.add(ExchangeProblem.atLine(ExchangeFile.MEDICATIONS.fileName(), o.line(),
                        "the same order (patient, drug, dose, unit, route, doses per day, start) as line " + first));
            }
        }
    }

    /**
     * The same dose twice in one file (same patient, drug, route, order start, time given, dose, unit and status: what
     * the format calls "already there") is refused, as a duplicate order is: importing both would chart it twice.
     */
    private static void refuseDuplicateAdministrations(List<AdministrationLine> administrations, List<ExchangeProblem> problems) {
        record Key(OrderStartKey order, Instant givenAt, BigDecimal dose, DoseUnit unit, AdministrationStatus status) {
        }
        Map<Key, Long> seen = new HashMap<>();
        for (AdministrationLine a : administrations) {
            Key key = new Key(a.order(), a.givenAt().truncatedTo(ChronoUnit.MILLIS).toInstant(),
                    a.dose().stripTrailingZeros(), a.unit(), a.status());
            Long first = seen.putIfAbsent(key, a.line());
            if (first != null) {
                problems.add(ExchangeProblem.atLine(ExchangeFile.ADMINISTRATIONS.fileName(), a.line(),
                        "the same dose (patient, drug, route, order start, time given, dose, unit, status) as line " + first));
            }
        }
    }

    /**
     * An exam keeps one time with the offset it was recorded in; rows of one exam that write the same moment with
     * different offsets could not be exported back as written (import then export gives the same rows).
     */
    private static void refuseMixedOffsetsInOneExam(List<FindingLine> findings, List<ExchangeProblem> problems) {
        Map<FindingLine.ExamKey, FindingLine> first = new HashMap<>();
        for (FindingLine f : findings) {
            FindingLine earlier = first.putIfAbsent(f.examKey(), f);
            if (earlier != null && !earlier.recordedAt().getOffset().equals(f.recordedAt().getOffset())) {
                problems.add(ExchangeProblem.atCell(ExchangeFile.FINDINGS.fileName(), f.line(), "recorded_at",
                        "the same moment as line " + earlier.line() + " written with another offset ("
                                + f.recordedAt().getOffset() + " here, " + earlier.recordedAt().getOffset()
                                + " there); write the time of one exam the same way in all its rows"));
            }
        }
    }

    /**
     * A finding twice for one exam is refused. First a compact pass (a bit per finding code and side for each exam:
     * a whole ward's 3.3 million rows each made a key and a map entry before); only when it finds a
     * duplicate, the exact pass below names the line of the first one.
     */
    private static void refuseDuplicateFindings(List<FindingLine> findings, List<ExchangeProblem> problems) {
        Map<FindingLine.ExamKey, BitSet> seen = new HashMap<>();
        for (FindingLine f : findings) {
            BitSet slots = seen.computeIfAbsent(f.examKey(), k -> new BitSet());
            FindingKey key = f.finding().key();
            int slot = key.code().ordinal() * 3 + (key.side() == null ? 0 : 1 + key.side().ordinal());
            if (slots.get(slot)) {
                nameDuplicateFindings(findings, problems);
                return;
            }
            slots.set(slot);
        }
    }

    private static void nameDuplicateFindings(List<FindingLine> findings, List<ExchangeProblem> problems) {
        record Key(FindingLine.ExamKey exam, FindingKey finding) {
        }
        Map<Key, Long> seen = new HashMap<>();
        for (FindingLine f : findings) {
            Long first = seen.putIfAbsent(new Key(f.examKey(), f.finding().key()), f.line());
            if (first != null) {
                problems.add(ExchangeProblem.atCell(ExchangeFile.FINDINGS.fileName(), f.line(), "finding",
                        f.finding().key().columnName() + " for this patient, time and clinician is already on line " + first));
            }
        }
    }
}

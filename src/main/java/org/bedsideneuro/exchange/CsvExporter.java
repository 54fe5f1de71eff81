package org.bedsideneuro.exchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.persistence.Database;

/**
 * Writes the exchange folder (shared/exchange-format.md): patients, orders and the current version of each exam's
 * findings. Voided and superseded versions are left out, amended findings carry their current value; history travels
 * in backups, not here. RFC 4180 with CRLF, UTF-8 without BOM, header in the contract's column order, times with the
 * offset they were recorded in.
 * <p>
 * Atomic: the three files are written to temporary files in the target folder and only then moved into place, so a
 * failed export leaves no partial file.
 */
public final class CsvExporter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Database db;

    public CsvExporter(Database db) {
        this.db = db;
    }

    /**
     * @param overwrite replace patients.csv, medications.csv, findings.csv if the folder already holds them; when false,
     *                  an existing file is refused and nothing is written
     * @throws ExportException when the folder cannot be written or a file is there and {@code overwrite} is false
     */
    public ExportSummary export(Path folder, ExportScope scope, boolean overwrite) {
        Snapshot data = db.read(session -> {
            Optional<PatientId> one = scope.onePatient();
            if (one.isPresent()) {
                Patient p = session.patients().find(one.get())
                        .orElseThrow(() -> new ExportException("No patient with MRN " + one.get() + "; nothing was exported."));
                return new Snapshot(List.of(p), session.medications().forPatient(p.id()), session.exams().current(p.id()));
            }
            return new Snapshot(session.patients().all(), session.medications().all(), session.exams().allCurrent());
        });
        prepareFolder(folder, overwrite);

        Map<ExchangeFile, List<List<String>>> rows = new EnumMap<>(ExchangeFile.class);
        rows.put(ExchangeFile.PATIENTS, data.patients().stream().map(CsvExporter::patientRow).toList());
        rows.put(ExchangeFile.MEDICATIONS, data.orders().stream().map(CsvExporter::orderRow).toList());
        List<List<String>> findings = new ArrayList<>();
        for (Exam exam : data.exams()) {
            for (Finding f : exam.findings()) {
                findings.add(findingRow(exam, f));
            }
        }
        rows.put(ExchangeFile.FINDINGS, findings);
        writeAtomically(folder, rows, overwrite);
        return new ExportSummary(folder, data.patients().size(), data.orders().size(), findings.size());
    }

    private record Snapshot(List<Patient> patients, List<MedicationOrder> orders, List<Exam> exams) {
    }

    private static List<String> patientRow(Patient p) {
        return List.of(p.id().value(), p.familyName(), p.givenName(), p.birthDate().toString(), p.sex().code(), p.ward(), p.bed());
    }

    private static List<String> orderRow(MedicationOrder o) {
        return List.of(o.patientId().value(), o.drug(), o.dose().toPlainString(), o.unit().code(), o.route().code(),
                o.dosesPerDay().toPlainString(), ExchangeTimes.format(o.start()), ExchangeTimes.format(o.stop()), o.note());
    }

    private static List<String> findingRow(Exam exam, Finding f) {
        return List.of(exam.patientId().value(), ExchangeTimes.format(exam.recordedAt()), exam.recordedBy().displayName(),
                exam.recordedBy().role().code(), f.code().code(), f.side() == null ? "" : f.side().code(), f.value().code(), f.note());
    }

    private static void prepareFolder(Path folder, boolean overwrite) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ExportException("Cannot create the folder " + folder + " (" + e.getMessage() + "); nothing was exported.", e);
        }
        if (!overwrite) {
            List<String> present = new ArrayList<>();
            for (ExchangeFile file : ExchangeFile.values()) {
                if (Files.exists(folder.resolve(file.fileName()))) {
                    present.add(file.fileName());
                }
            }
            if (!present.isEmpty()) {
                throw new ExportException(folder + " already holds " + String.join(", ", present)
                        + "; nothing was exported. Choose an empty folder, or allow overwriting.");
            }
        }
    }

    private static void writeAtomically(Path folder, Map<ExchangeFile, List<List<String>>> rows, boolean overwrite) {
        Map<ExchangeFile, Path> temporary = new EnumMap<>(ExchangeFile.class);
        List<Path> placed = new ArrayList<>();
        try {
            for (Map.Entry<ExchangeFile, List<List<String>>> file : rows.entrySet()) {
                Path tmp = Files.createTempFile(folder, "." + file.getKey().fileName() + ".", ".tmp");
                temporary.put(file.getKey(), tmp);
                write(tmp, file.getKey(), file.getValue());
            }
            for (Map.Entry<ExchangeFile, Path> tmp : temporary.entrySet()) {
                Path target = folder.resolve(tmp.getKey().fileName());
                move(tmp.getValue(), target, overwrite);
                placed.add(target);
            }
        } catch (IOException e) {
            if (!overwrite) {
                // Files we placed in a folder that held none of them are ours to take back; overwritten ones are gone anyway.
                placed.forEach(CsvExporter::deleteQuietly);
            }
            throw new ExportException("Could not write the export to " + folder + " (" + e.getMessage() + ").", e);
        } finally {
            temporary.values().forEach(CsvExporter::deleteQuietly);
        }
    }

    private static void write(Path file, ExchangeFile kind, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(kind.columns());
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }

    private static void move(Path from, Path to, boolean overwrite) throws IOException {
        if (!overwrite && Files.exists(to)) {
            throw new IOException(to.getFileName() + " appeared meanwhile");
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is hidden (dot name) and harmless; the error that matters is already reported
        }
    }
}

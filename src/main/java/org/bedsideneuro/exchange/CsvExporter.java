package org.bedsideneuro.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.persistence.Database;

/**
 * Writes the exchange folder (shared/exchange-format.md): patients, orders, the doses that stand on the medication
 * administration record and the current version of each exam's findings. Voided and superseded versions and withdrawn
 * doses are left out, amended findings carry their current value; history travels in backups, not here. RFC 4180 with CRLF, UTF-8 without BOM, header in the contract's column order, times with the
 * offset they were recorded in.
 * <p>
 * Atomic: the files are written to temporary files in the target folder and only then moved into place, so a
 * failed export leaves no partial file. Streamed: one read transaction, the findings written patient by patient as
 * they are read, so the whole ward is never held in memory.
 */
public final class CsvExporter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** The file beside a demo ward's export that says its patients are invented; importers read only the CSV files. */
    public static final String DEMO_NOTE_FILE = "DEMO-WARD.txt";

    private final Database db;

    public CsvExporter(Database db) {
        this.db = db;
    }

    /**
     * @param overwrite replace the exchange files if the folder already holds them; when false,
     *                  an existing file is refused and nothing is written
     * @throws ExportException when the folder cannot be written or a file is there and {@code overwrite} is false
     */
    public ExportSummary export(Path folder, ExportScope scope, boolean overwrite) {
        Optional<PatientId> one = scope.onePatient();
        if (one.isPresent() && db.read(session -> session.patients().find(one.get())).isEmpty()) {
            throw new ExportException("No patient with MRN " + one.get() + "; nothing was exported.");
        }
        prepareFolder(folder, overwrite);
        Map<ExchangeFile, Path> temporary = new EnumMap<>(ExchangeFile.class);
        try {
            for (ExchangeFile file : ExchangeFile.values()) {
                temporary.put(file, Files.createTempFile(folder, "." + file.fileName() + ".", ".tmp"));
            }
            // One read transaction (a consistent snapshot), written as it is read: the findings patient by patient, so
            // a five-year ward (3.3 million findings) never sits in memory at once. Whether it is the demo
            // ward is read in the same snapshot.
            AtomicBoolean demo = new AtomicBoolean();
            ExportSummary summary = db.read(session -> {
                demo.set(session.accounts().holdsDemoAccounts());
                try (Printer patients = new Printer(temporary.get(ExchangeFile.PATIENTS), ExchangeFile.PATIENTS);
                     Printer medications = new Printer(temporary.get(ExchangeFile.MEDICATIONS), ExchangeFile.MEDICATIONS);
                     Printer administrations = new Printer(temporary.get(ExchangeFile.ADMINISTRATIONS), ExchangeFile.ADMINISTRATIONS);
                     Printer findings = new Printer(temporary.get(ExchangeFile.FINDINGS), ExchangeFile.FINDINGS)) {
                    List<Patient> ward = one.isPresent() ? session.patients().find(one.get()).stream().toList() : session.patients().all();
                    List<MedicationOrder> orders = one.isPresent() ? session.medications().forPatient(one.get()) : session.medications().all();
                    for (Patient p : ward) {
                        patients.print(patientRow(p));
                    }
                    Map<OrderId, MedicationOrder> ordersById = new HashMap<>();
                    for (MedicationOrder o : orders) {
                        medications.print(orderRow(o));
                        ordersById.put(o.id(), o);
                    }
                    int doses = 0;
                    for (Patient p : ward) {
                        for (Administration a : session.administrations().current(p.id())) {
                            administrations.print(administrationRow(a, ordersById.get(a.orderId())));
                            doses++;
                        }
                    }
                    int rows = 0;
                    for (Patient p : ward) {
                        for (Exam exam : session.exams().current(p.id())) {
                            for (Finding f : exam.findings()) {
                                findings.print(findingRow(exam, f));
                                rows++;
                            }
                        }
                    }
                    return new ExportSummary(folder, ward.size(), orders.size(), doses, rows);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            placeAtomically(folder, temporary, overwrite);
            markDemo(folder, demo.get());
            return summary;
        } catch (IOException | UncheckedIOException e) {
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw new ExportException("Could not write the export to " + folder + " (" + why + ").", e);
        } finally {
            temporary.values().forEach(CsvExporter::deleteQuietly);
        }
    }

    private static void markDemo(Path folder, boolean demo) throws IOException {
        Path note = folder.resolve(DEMO_NOTE_FILE);
        if (demo) {
            // Owner-only like the CSV files beside it: made through a temporary file (0600 on POSIX), then moved in.
            Path temporary = Files.createTempFile(folder, "." + DEMO_NOTE_FILE + ".", ".tmp");
            Files.writeString(temporary, "DEMO WARD: every patient in this folder is invented (BedsideNeuro's demo ward, MRNs"
                    + " DEMO-...). This is not a medical record.\n", StandardCharsets.UTF_8);
            Files.move(temporary, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(note); // a ward's export written over an earlier demo export must not carry the note
        }
    }

    /** One exchange file being written: header first, then rows as they come. */
    private static final class Printer implements AutoCloseable {
        private final Writer out;
        private final CSVPrinter printer;

        Printer(Path file, ExchangeFile kind) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(kind.columns());
        }

        void print(List<String> row) throws IOException {
            printer.printRecord(row);
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    private static List<String> patientRow(Patient p) {
        return List.of(p.id().value(), p.familyName(), p.givenName(), p.birthDate().toString(), p.sex().code(), p.ward(), p.bed());
    }

    private static List<String> orderRow(MedicationOrder o) {
        return List.of(o.patientId().value(), o.drug(), o.kind().code(), o.dose().toPlainString(), o.unit().code(), o.route().code(),
                o.dosesPerDay() == null ? "" : o.dosesPerDay().toPlainString(), ExchangeTimes.format(o.start()),
                ExchangeTimes.format(o.stop()), o.indication().code(), o.outcome() == null ? "" : o.outcome().code(), o.note());
    }

    /** The order named as the format names it, its kind always written (it tells a PCA from its basal infusion). */
    private static List<String> administrationRow(Administration a, MedicationOrder order) {
        return List.of(a.patientId().value(), order.drug(), order.route().code(), ExchangeTimes.format(order.start()), order.kind().code(),
                ExchangeTimes.format(a.givenAt()), ExchangeTimes.format(a.periodStart()), a.dose().toPlainString(), a.unit().code(),
                a.status().code(), a.givenBy().displayName(), a.givenBy().role().code(), a.note());
    }

    private static List<String> findingRow(Exam exam, Finding f) {
        return List.of(exam.patientId().value(), ExchangeTimes.format(exam.recordedAt()), exam.recordedBy().displayName(),
                exam.recordedBy().role().code(), f.code().code(), f.side() == null ? "" : f.side().code(), f.value().code(),
                StudyNotes.rowNote(exam, f));
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

    /** Moves the written temporary files into place; files placed in a folder that held none are taken back on failure. */
    private static void placeAtomically(Path folder, Map<ExchangeFile, Path> temporary, boolean overwrite) throws IOException {
        List<Path> placed = new ArrayList<>();
        try {
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
            throw e;
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

package org.bedsideneuro.exchange;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.RecordConflictException;
import org.bedsideneuro.persistence.Session;
import org.bedsideneuro.persistence.Work;

/**
 * Imports an exchange folder, all or nothing (shared/exchange-format.md). First the whole folder is read and checked
 * on its own; then it is checked against the database ("already there", conflicts, unknown patients) and, only when
 * neither check found a problem, written in the same transaction. Any problem and nothing is written; the database
 * checks run even when the folder alone has problems, so that one run reports every problem of every kind (the
 * contract asks for all of them, not those of the first check that failed).
 * <p>
 * Problems with the folder's content are never thrown: they come back in the {@link ImportReport}. Only a database
 * that cannot be used throws ({@link org.bedsideneuro.persistence.DatabaseException}), as everywhere else.
 */
public final class CsvImporter {
    private static final String FINDINGS = ExchangeFile.FINDINGS.fileName();

    private final Database db;
    private final Clock clock;
    private final ExchangeFolderReader reader;

    /**
     * @param clock "now" (nothing in the future is imported), and the time zone whose calendar days count a PRN order's
     *              most doses a day: the computer's, as when a dose is charted in the window
     */
    public CsvImporter(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.reader = new ExchangeFolderReader(clock);
    }

    /**
     * @param importedBy who runs the import (e.g. the operating-system user {@code os:alice}, role other): recorded as
     *                   who entered every row, while each finding keeps the clinician of its {@code recorded_by}
     */
    public ImportReport importFolder(Path folder, Clinician importedBy) {
        return importFolder(folder, session -> importedBy);
    }

    /**
     * As {@link #importFolder(Path, Clinician)}, the importer found (or created) inside the import's own transaction:
     * an import that fails, on a full disk say, then leaves no trace at all, not even its importer.
     */
    public ImportReport importFolder(Path folder, Work<Clinician> importedBy) {
        return importContent(reader.read(folder), importedBy);
    }

    /**
     * As {@link #importFolder(Path, org.bedsideneuro.persistence.Work)} for the files of the exchange format given as
     * text (file name, such as {@code patients.csv}, to its CSV text): rows translated from another format, imported
     * by the same rules without touching the disk.
     */
    public ImportReport importTexts(Map<String, String> files, Work<Clinician> importedBy) {
        return importContent(reader.read(files), importedBy, false, ImportHooks.NONE);
    }

    /** As {@link #importTexts(Map, org.bedsideneuro.persistence.Work)}, with {@code hooks} in the same transaction. */
    public ImportReport importTexts(Map<String, String> files, Work<Clinician> importedBy, ImportHooks hooks) {
        return importContent(reader.read(files), importedBy, false, hooks);
    }

    /** As {@link #previewTexts(Map, org.bedsideneuro.persistence.Work)}, with {@code hooks} in the rolled-back transaction. */
    public ImportReport previewTexts(Map<String, String> files, Work<Clinician> importedBy, ImportHooks hooks) {
        return importContent(reader.read(files), importedBy, true, hooks);
    }

    /**
     * What {@link #importTexts} would write now, counted by writing it in a transaction that is then rolled back:
     * the preview is the import itself, so it cannot promise what the import would refuse. Nothing is written.
     */
    public ImportReport previewTexts(Map<String, String> files, Work<Clinician> importedBy) {
        return importContent(reader.read(files), importedBy, true, ImportHooks.NONE);
    }

    private ImportReport importContent(ExchangeContent content, Work<Clinician> importedBy) {
        return importContent(content, importedBy, false, ImportHooks.NONE);
    }

    private ImportReport importContent(ExchangeContent content, Work<Clinician> importedBy, boolean preview,
                                       ImportHooks hooks) {
        if (!content.problems().isEmpty()) {
            // Nothing will be written: the database is only read, to add what it alone can tell.
            List<ExchangeProblem> problems = new ArrayList<>(content.problems());
            problems.addAll(db.read(session -> new Transaction(session, content, clock).check()));
            problems.sort(ExchangeProblem.IN_FILE_ORDER);
            return ImportReport.rejected(problems);
        }
        try {
            return db.write(session -> {
                ImportReport written = new Transaction(session, content, clock).checkThenWrite(importedBy, hooks);
                if (preview) {
                    throw new Previewed(written);
                }
                return written;
            });
        } catch (Rejected r) {
            return ImportReport.rejected(r.problems);
        } catch (Previewed p) {
            return p.report;
        }
    }

    /** Thrown inside a preview's transaction to roll back what it wrote; caught at once. */
    private static final class Previewed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportReport report;

        Previewed(ImportReport report) {
            super("preview", null, false, false);
            this.report = report;
        }
    }

    /** Thrown inside the transaction to roll it back; caught at once and turned into a report. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<ExchangeProblem> problems;

        Rejected(List<ExchangeProblem> problems) {
            super(problems.size() + " problems", null, false, false);
            this.problems = problems;
        }
    }

    /** One import inside one transaction: check everything against the database, then write. */
    private static final class Transaction {
        private final Session session;
        private final ExchangeContent content;
        private final List<ExchangeProblem> problems = new ArrayList<>();

        private final List<Patient> toAdd = new ArrayList<>();
        private final Set<PatientId> newPatients = new HashSet<>();
        private final List<Patient> toMove = new ArrayList<>();
        private final List<OrderLine> ordersToAdd = new ArrayList<>();
        private final List<List<FindingLine>> examsToAdd = new ArrayList<>();
        /**
         * Per patient already in the database: every stored exam version by time and examiner, read once per patient
         * (one query per imported exam was a large part of a whole-ward import). Patients new in this import
         * have no stored exams and are never looked up.
         */
        private final Map<PatientId, Map<String, List<RecordedExam>>> stored = new HashMap<>();
        /** Examiners and the clinicians who gave doses, by name and role, looked up once per import. */
        private final ImportClinicians clinicians;
        /** Whether each patient named in the folder is in patients.csv or the database. */
        private final Map<PatientId, Boolean> knownPatients = new HashMap<>();
        private final AdministrationCheck administrations;
        private int patientsSkipped;
        private int ordersSkipped;
        /** The record each row became or matched, for the hooks. */
        private final ImportedRecords records = new ImportedRecords();
        private int findingsSkipped;

        Transaction(Session session, ExchangeContent content, Clock clock) {
            this.session = session;
            this.content = content;
            this.clinicians = new ImportClinicians(session);
            this.administrations = new AdministrationCheck(session, clock.getZone(), clock.instant(), problems);
        }

        /** Every problem the database shows with the folder's rows: each check runs, whatever the others found. */
        List<ExchangeProblem> check() throws SQLException {
            checkPatients();
            checkPatientsExist();
            checkOrders();
            checkAdministrations();
            checkExams();
            return problems;
        }

        /** Writes the folder when {@link #check()} finds nothing; otherwise rolls back with the problems. */
        ImportReport checkThenWrite(Work<Clinician> importedBy, ImportHooks hooks) throws SQLException {
            Clinician importer = importedBy.run(session);
            hooks.before(session);
            if (!check().isEmpty()) {
                problems.sort(ExchangeProblem.IN_FILE_ORDER);
                throw new Rejected(problems);
            }
            try {
                ImportReport written = write(importer);
                hooks.after(session, records);
                return written;
            } catch (RecordConflictException | IllegalArgumentException e) {
                // Checked above, so only a change by someone else meanwhile gets here; roll back and say so.
                throw new Rejected(List.of(ExchangeProblem.inFolder("the database refused a row (" + e.getMessage()
                        + "); nothing was imported. Try again.")));
            }
        }

        /** Same MRN: skipped when identical, moved when only ward or bed differ, refused when it is another person. */
        private void checkPatients() throws SQLException {
            for (PatientLine line : content.patients()) {
                Patient incoming = line.patient();
                records.put(ExchangeFile.PATIENTS, line.line(), incoming.id().value());
                Optional<Patient> saved = session.patients().find(incoming.id());
                if (saved.isEmpty()) {
                    toAdd.add(incoming);
                } else if (saved.get().equals(incoming)) {
                    patientsSkipped++;
                } else if (saved.get().samePerson(incoming)) {
                    toMove.add(incoming);
                } else {
                    Patient p = saved.get();
                    problems.add(ExchangeProblem.atCell(ExchangeFile.PATIENTS.fileName(), line.line(), "patient_id",
                            "this MRN belongs to another person (" + p.displayName() + ", born " + p.birthDate() + ", " + p.sex().code()
                                    + ")"));
                }
            }
        }

        /**
         * patient_id in medications.csv, administrations.csv and findings.csv must be in patients.csv or the database:
         * on valid rows, and on rows refused for another cell, which may have this problem too.
         */
        private void checkPatientsExist() throws SQLException {
            for (OrderLine o : content.orders()) {
                requireKnown(o.order().patientId(), ExchangeFile.MEDICATIONS, o.line());
            }
            for (AdministrationLine a : content.administrations()) {
                requireKnown(a.patient(), ExchangeFile.ADMINISTRATIONS, a.line());
            }
            for (FindingLine f : content.findings()) {
                requireKnown(f.patient(), ExchangeFile.FINDINGS, f.line());
            }
            for (PatientReference r : content.patientsOfRefusedRows()) {
                requireKnown(r.patient(), r.file(), r.line());
            }
        }

        private void requireKnown(PatientId id, ExchangeFile file, long line) throws SQLException {
            Boolean exists = knownPatients.get(id);
            if (exists == null) {
                exists = content.patientIdsInFile().contains(id.value()) || session.patients().find(id).isPresent();
                knownPatients.put(id, exists);
            }
            if (!exists) {
                problems.add(ExchangeProblem.atCell(file.fileName(), line, "patient_id",
                        "no patient with MRN " + id + " in patients.csv or in the database"));
            }
        }

        private void checkOrders() throws SQLException {
            Map<PatientId, Map<OrderLine.OrderKey, String>> saved = new HashMap<>();
            for (OrderLine line : content.orders()) {
                PatientId patient = line.order().patientId();
                if (!saved.containsKey(patient)) {
                    Map<OrderLine.OrderKey, String> keys = new HashMap<>();
                    session.medications().forPatient(patient).forEach(o -> keys.put(OrderLine.OrderKey.of(o), o.id().toString()));
                    saved.put(patient, keys);
                }
                String there = saved.get(patient).get(line.key());
                if (there != null) {
                    ordersSkipped++;
                    records.put(ExchangeFile.MEDICATIONS, line.line(), there);
                } else {
                    ordersToAdd.add(line);
                    records.put(ExchangeFile.MEDICATIONS, line.line(), line.order().id().toString());
                }
            }
        }

        /** Each dose under the order it names, by the rules of the window (AdministrationRules); see AdministrationCheck. */
        private void checkAdministrations() throws SQLException {
            NamedOrders orders = new NamedOrders(session, content.orders(), content.refusedOrders());
            administrations.check(content.administrations(), orders, patient -> knownPatients.getOrDefault(patient, true));
            administrations.recordIds().forEach((line, id) -> records.put(ExchangeFile.ADMINISTRATIONS, line, id));
        }

        /**
         * A group of rows for an exam that is already saved (same patient, time, clinician) may only repeat it: the
         * same value is skipped, another value or a new finding is an amendment, made in the app.
         */
        private void checkExams() throws SQLException {
            toAdd.forEach(p -> newPatients.add(p.id()));
            for (Map.Entry<FindingLine.ExamKey, List<FindingLine>> group : content.exams().entrySet()) {
                FindingLine.ExamKey key = group.getKey();
                Optional<Exam> saved = Optional.empty();
                Optional<Clinician> examiner = clinicians.find(key.recordedBy(), key.role());
                List<RecordedExam> versions = examiner.isPresent() ? versions(key, examiner.get()) : List.of();
                saved = versions.stream().filter(v -> v.status() == ExamStatus.CURRENT).map(RecordedExam::exam).findFirst();
                if (saved.isEmpty() && versions.stream().anyMatch(v -> v.status() == ExamStatus.VOIDED)) {
                    // Entered in error and withdrawn in the app: importing it again would bring it back unnoticed.
                    FindingLine first = group.getValue().get(0);
                    problems.add(ExchangeProblem.atCell(FINDINGS, first.line(), "recorded_at", "the exam recorded at this time"
                            + " by this clinician was withdrawn in the app; remove its rows, or record it again in the app"));
                    continue;
                }
                if (saved.isEmpty()) {
                    examsToAdd.add(group.getValue());
                    continue;
                }
                for (FindingLine line : group.getValue()) {
                    records.put(ExchangeFile.FINDINGS, line.line(), saved.get().id().toString());
                    Optional<Finding> there = saved.get().finding(line.finding().key());
                    if (there.isEmpty()) {
                        problems.add(ExchangeProblem.atCell(FINDINGS, line.line(), "finding", line.finding().key().columnName()
                                + " is not in the exam saved for this patient, time and clinician; additions to a saved exam"
                                + " are an amendment, made in the app"));
                    } else if (!there.get().sameValueAs(line.finding())) {
                        problems.add(ExchangeProblem.atCell(FINDINGS, line.line(), "value", "'" + line.finding().value().code()
                                + "' differs from the saved value '" + there.get().value().code()
                                + "'; a correction is an amendment, made in the app"));
                    } else {
                        findingsSkipped++;
                    }
                }
            }
        }

        /** The stored versions of the exam this group of rows names (same patient, time and examiner), if any. */
        private List<RecordedExam> versions(FindingLine.ExamKey key, Clinician examiner) throws SQLException {
            if (newPatients.contains(key.patient())) {
                return List.of();
            }
            Map<String, List<RecordedExam>> byKey = stored.get(key.patient());
            if (byKey == null) {
                byKey = new HashMap<>();
                for (RecordedExam v : session.exams().history(key.patient())) {
                    byKey.computeIfAbsent(storedKey(v.exam().recordedAt().toInstant(), v.exam().recordedBy().id().toString()),
                            k -> new ArrayList<>()).add(v);
                }
                stored.put(key.patient(), byKey);
            }
            return byKey.getOrDefault(storedKey(key.recordedAt(), examiner.id().toString()), List.of());
        }

        private static String storedKey(Instant at, String examinerId) {
            return at.toEpochMilli() + "/" + examinerId;
        }

        private ImportReport write(Clinician importedBy) throws SQLException {
            Clinician enteredBy = session.clinicians().ensure(importedBy);
            for (Patient p : toAdd) {
                session.patients().add(p, enteredBy);
            }
            for (Patient p : toMove) {
                session.patients().update(p, enteredBy);
            }
            for (OrderLine o : ordersToAdd) {
                session.medications().add(o.order(), enteredBy);
            }
            int administrationsAdded = administrations.write(enteredBy, clinicians);
            int findingsAdded = 0;
            for (List<FindingLine> rows : examsToAdd) {
                FindingLine first = rows.get(0);
                Clinician examiner = clinicians.findOrCreate(first.recordedBy(), first.role());
                List<Finding> findings = rows.stream().map(FindingLine::finding).toList();
                StudyNotes.Split split = StudyNotes.split(findings);
                Exam exam = Exam.record(first.patient(), ExamKind.of(findings), first.recordedAt(), examiner, split.findings(), split.recordNote());
                session.exams().add(exam, enteredBy);
                rows.forEach(row -> records.put(ExchangeFile.FINDINGS, row.line(), exam.id().toString()));
                findingsAdded += findings.size();
            }
            return new ImportReport(List.of(), toAdd.size(), toMove.size(), patientsSkipped, ordersToAdd.size(), ordersSkipped,
                    administrationsAdded, administrations.skipped(), examsToAdd.size(), findingsAdded, findingsSkipped);
        }
    }
}

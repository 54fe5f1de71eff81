package org.bedsideneuro.service;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.exchange.ImportHooks;
import org.bedsideneuro.exchange.ImportedRecords;
import org.bedsideneuro.fhir.FhirBundleReader;
import org.bedsideneuro.fhir.FhirOrigin;
import org.bedsideneuro.fhir.ImportedRows;
import org.bedsideneuro.persistence.EhrSource;
import org.bedsideneuro.persistence.Session;
import org.bedsideneuro.persistence.Work;

/**
 * Keeps where each imported record came from in the EHR (server, resource type, id, version) and uses it on the next
 * pull: a resource already imported in this version is left out (nothing to do); a dose whose new version says
 * something else withdraws the earlier dose, with the reason, and the new one is imported; an order or an eGFR that
 * changed on the server is listed as not imported (BedsideNeuro keeps its record: a changed order is a clinician's
 * decision, a corrected finding an amendment); a dose the EHR now marks entered-in-error withdraws the dose imported
 * from it, and an eGFR value now marked entered-in-error withdraws the record imported from it. Nothing is ever
 * overwritten or deleted. Runs inside the import's transaction ({@link ImportHooks}).
 */
final class EhrSourceTracking implements ImportHooks {
    private final FhirBundleReader.Read read;
    private final ImportedRows rows;
    private final List<String> changedInEhr;
    private final List<Withdrawal> withdrawals;
    private final int unchanged;
    private final Set<String> known;
    private final Work<Clinician> by;
    private final Clock clock;
    private final List<String> withdrawn = new ArrayList<>();

    private EhrSourceTracking(FhirBundleReader.Read read, ImportedRows rows, List<String> changedInEhr, List<Withdrawal> withdrawals,
                              int unchanged, Set<String> known, Work<Clinician> by, Clock clock) {
        this.read = read;
        this.rows = rows;
        this.changedInEhr = changedInEhr;
        this.withdrawals = withdrawals;
        this.unchanged = unchanged;
        this.known = known;
        this.by = by;
        this.clock = clock;
    }

    /** A dose (or, with {@code exam} set, an imported value's record) to withdraw before the import, and why. */
    record Withdrawal(AdministrationId dose, ExamId exam, String reason) {
        Withdrawal(AdministrationId dose, String reason) {
            this(dose, null, reason);
        }
    }

    /** Compares what {@code read} holds with the sources kept in the database; reads only. */
    static EhrSourceTracking plan(Session s, FhirBundleReader.Read read, Work<Clinician> by, Clock clock) throws SQLException {
        if (read.origins().isEmpty()) { // a file that names no server (BedsideNeuro's own export): nothing to track
            return new EhrSourceTracking(read, read.rows(), List.of(), List.of(), 0, new HashSet<>(), by, clock);
        }
        Map<String, EhrSource> latest = new HashMap<>();
        Set<String> known = new HashSet<>();
        Set<String> patients = new HashSet<>();
        for (ImportedRows.Row row : read.rows().all()) {
            String mrn = row.values().get("patient_id");
            if (mrn != null && !mrn.isEmpty() && patients.add(mrn) && s.patients().find(new PatientId(mrn)).isPresent()) {
                for (EhrSource kept : s.ehrSources().forPatient(new PatientId(mrn))) { // oldest first: the newest stays
                    latest.put(key(kept.server(), kept.resourceType(), kept.resourceId()), kept);
                    known.add(key(kept.server(), kept.resourceType(), kept.resourceId()) + "|" + kept.version());
                }
            }
        }
        List<String> changed = new ArrayList<>();
        List<Withdrawal> withdrawals = new ArrayList<>();
        int unchanged = 0;
        Set<String> leftOut = new HashSet<>();
        for (ImportedRows.Row row : read.rows().all()) {
            FhirOrigin origin = read.origins().get(row.source().resource());
            if (origin == null || row.file().equals("patients.csv")) {
                continue; // a patient's ward and bed come from the Encounter: the import itself tells a move
            }
            EhrSource before = latest.get(key(origin.server(), origin.type(), origin.id()));
            if (before == null) {
                continue;
            }
            if (before.version().equals(origin.version())) {
                unchanged++;
                leftOut.add(row.file() + ":" + row.line());
            } else if (row.file().equals("administrations.csv")) {
                differentDose(s, before, row).ifPresent(dose -> withdrawals.add(new Withdrawal(dose, "corrected in the EHR: "
                        + describe(origin) + " replaces version " + before.version())));
            } else {
                changed.add(origin.name() + ": changed in the EHR since it was imported (version " + before.version() + ", now "
                        + origin.version() + "); BedsideNeuro keeps its own " + (row.file().equals("medications.csv") ? "order" : "value")
                        + ": change it in BedsideNeuro if the change is right");
                leftOut.add(row.file() + ":" + row.line());
            }
        }
        ImportedRows kept = read.rows().without(row -> leftOut.contains(row.file() + ":" + row.line()));
        for (String name : read.enteredInError()) {
            FhirOrigin origin = read.origins().get(name);
            EhrSource before = origin == null ? null : latest.get(key(origin.server(), origin.type(), origin.id()));
            if (before != null && before.recordKind().equals(EhrSource.ADMINISTRATION)) {
                AdministrationId dose = AdministrationId.parse(before.recordId());
                if (s.administrations().withdrawal(dose).isEmpty()) {
                    withdrawals.add(new Withdrawal(dose, "entered in error in the EHR (" + describe(origin) + ")"));
                }
            } else if (before != null && before.recordKind().equals(EhrSource.EXAM)) {
                Optional<RecordedExam> record = s.exams().find(ExamId.parse(before.recordId()));
                if (record.isEmpty() || record.get().status() == ExamStatus.VOIDED) {
                    continue;
                }
                if (record.get().status() == ExamStatus.CURRENT && record.get().exam().findings().size() == 1) {
                    withdrawals.add(new Withdrawal(null, record.get().exam().id(), "entered in error in the EHR (" + describe(origin) + ")"));
                } else {
                    // Its record holds other values too, or was amended here since: a clinician decides what to withdraw.
                    changed.add(origin.name() + ": entered in error in the EHR since it was imported; its record in BedsideNeuro holds"
                            + " more than this value or was amended: withdraw it in BedsideNeuro if it is wrong");
                }
            }
        }
        return new EhrSourceTracking(read, kept, changed, withdrawals, unchanged, known, by, clock);
    }

    /** The dose imported from {@code before} when {@code row} (its new version) says another time, dose, unit or status. */
    private static Optional<AdministrationId> differentDose(Session s, EhrSource before, ImportedRows.Row row) throws SQLException {
        AdministrationId id = AdministrationId.parse(before.recordId());
        Optional<Administration> stored = s.administrations().find(id);
        if (stored.isEmpty() || s.administrations().withdrawal(id).isPresent()) {
            return Optional.empty();
        }
        Administration a = stored.get();
        Map<String, String> v = row.values();
        boolean same;
        try {
            same = a.instant().equals(OffsetDateTime.parse(v.get("given_at")).toInstant()) && a.dose().compareTo(new BigDecimal(v.get("dose"))) == 0
                    && a.unit().code().equals(v.get("unit")) && a.status().code().equals(v.get("status"));
        } catch (DateTimeParseException | NumberFormatException e) {
            same = false; // the import itself names what is wrong with the row
        }
        return same ? Optional.empty() : Optional.of(id);
    }

    private static String key(String server, String type, String id) {
        return server + "|" + type + "|" + id;
    }

    private static String describe(FhirOrigin origin) {
        return origin.server() + "/" + origin.name() + (origin.version().isEmpty() ? "" : " version " + origin.version());
    }

    /** The rows to import: those of resources already imported in this version, and changed orders and values, left out. */
    ImportedRows rows() {
        return rows;
    }

    /** Orders and values changed on the server since their import, each with why it is not imported. */
    List<String> changedInEhr() {
        return changedInEhr;
    }

    /** Rows of resources imported before in the same version: nothing to do. */
    int unchanged() {
        return unchanged;
    }

    /** The doses withdrawn (after the import ran), each with its reason. */
    List<String> withdrawn() {
        return withdrawn;
    }

    @Override
    public void before(Session session) throws SQLException {
        Clinician clinician = by.run(session);
        withdrawn.clear(); // a transaction retried after a busy database runs this again
        for (Withdrawal w : withdrawals) {
            if (w.exam() != null) {
                session.exams().voidExam(w.exam(), clinician, w.reason());
                withdrawn.add(w.reason());
            } else if (session.administrations().withdrawal(w.dose()).isEmpty()) {
                session.administrations().withdraw(w.dose(), w.reason(), clinician);
                withdrawn.add(w.reason());
            }
        }
    }

    @Override
    public void after(Session session, ImportedRecords records) throws SQLException {
        Clinician clinician = session.clinicians().ensure(by.run(session));
        List<EhrSource> sources = new ArrayList<>();
        for (ImportedRows.Row row : rows.all()) {
            FhirOrigin origin = read.origins().get(row.source().resource());
            String recordId = origin == null ? null : records.recordId(row.file(), row.line());
            if (recordId == null || !known.add(key(origin.server(), origin.type(), origin.id()) + "|" + origin.version())) {
                continue;
            }
            sources.add(new EhrSource(origin.server(), origin.type(), origin.id(), origin.version(), new PatientId(row.values().get("patient_id")),
                    kindOf(row.file()), recordId, clock.instant()));
        }
        session.inBatches(s -> {
            for (EhrSource source : sources) {
                s.ehrSources().insert(source, clinician);
            }
            return null;
        });
    }

    private static String kindOf(String file) {
        return switch (file) {
            case "patients.csv" -> EhrSource.PATIENT;
            case "medications.csv" -> EhrSource.ORDER;
            case "administrations.csv" -> EhrSource.ADMINISTRATION;
            default -> EhrSource.EXAM;
        };
    }
}

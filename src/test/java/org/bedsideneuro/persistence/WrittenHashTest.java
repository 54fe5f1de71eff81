package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The repositories hash each record from what they wrote (INSERT/UPDATE … RETURNING, the findings as written, or the
 * values bound for an insert held back in a batch), not by reading it back. Those hashes must be byte for byte what verification computes later
 * from the stored rows, for every chained entity and for awkward text, or {@code check} would call every record
 * changed. Synthetic data only.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class WrittenHashTest {
    /** Text that escaping and drivers could get wrong: pipes, backslashes, newlines, quotes, non-Latin letters, emoji. */
    private static final String PRINTABLE = "a|b \\ c\\n 'q' \"dq\" Łukasz Ωμέγα ≥ 10 😀 |\\|";
    /** The same with line breaks and a tab, where free text allows them (notes, reasons). */
    private static final String AWKWARD = PRINTABLE + "\nnext line\r\n\ttab";

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-Ł|\\1");
    private Database db;
    private Exam amended;

    @BeforeEach
    void ward() {
        db = backend.open(dir, "ward", clock);
        db.write(s -> {
            Clinician ada = s.clinicians().findOrCreate("Dr Ada Testwell | \\ Ø", Role.NEUROLOGIST);
            s.patients().add(new Patient(mrn, "Ø'Brien | \\ \"x\"", "Zoë | second", LocalDate.of(1950, 5, 1), Sex.FEMALE, "", ""), ada);
            s.patients().update(new Patient(mrn, "Ø'Brien | \\ \"x\"", "Zoë | second", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B|", PRINTABLE), ada);
            Exam first = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:00:00+02:00"), ada, fullExam(), AWKWARD);
            s.exams().add(first, ada);
            amended = first.amend(fullExam().subList(1, 20), "", ada, clock.instant(), "reason | with \\ and\nnewline ≥");
            s.exams().amend(amended);
            s.signatures().add(amended.id(), ada, SignatureMeaning.AUTHOR);
            Exam withdrawn = Exam.record(mrn, ExamKind.OBSERVATION, OffsetDateTime.parse("2026-03-01T08:00:00Z"), ada,
                    List.of(Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.values()[0])), "");
            s.exams().add(withdrawn, ada);
            s.exams().voidExam(withdrawn.id(), ada, "entered in error | \\ \n Łukasz");
            MedicationOrder order = new MedicationOrder(OrderId.random(), mrn, "morphine", new BigDecimal("2.50"), DoseUnit.MG, Route.ORAL,
                    new BigDecimal("4"), OffsetDateTime.parse("2026-03-01T01:00:00-05:00"), null, AWKWARD);
            s.medications().add(order, ada);
            s.medications().stop(order.id(), OffsetDateTime.parse("2026-03-01T09:30:00+01:00"), ada);
            s.medications().add(new MedicationOrder(OrderId.random(), mrn, "oxycodone", new BigDecimal("5"), DoseUnit.MG, Route.ORAL,
                    new BigDecimal("2"), OffsetDateTime.parse("2026-03-01T07:00:00Z"), null, ""), ada);
            MedicationOrder prn = new MedicationOrder(OrderId.random(), mrn, "oxycodone", new BigDecimal("5"), DoseUnit.MG, Route.ORAL,
                    new BigDecimal("6"), OffsetDateTime.parse("2026-03-01T02:00:00Z"), null, "", OrderKind.PRN, Indication.CANCER_PAIN, null);
            MedicationOrder pca = new MedicationOrder(OrderId.random(), mrn, "morphine", new BigDecimal("1"), DoseUnit.MG, Route.IV,
                    null, OffsetDateTime.parse("2026-03-01T02:00:00Z"), null, "", OrderKind.PCA, Indication.NOCICEPTIVE_PAIN, null);
            s.medications().add(prn, ada);
            s.medications().add(pca, ada);
            Administration one = new Administration(AdministrationId.random(), prn.id(), mrn, OffsetDateTime.parse("2026-03-01T04:00:00+01:00"),
                    null, new BigDecimal("5.0"), DoseUnit.MG, AdministrationStatus.GIVEN, ada, AWKWARD);
            s.administrations().record(one, ada);
            s.administrations().withdraw(one.id(), "wrong patient | \\ \n Ł", ada);
            // The import's path: held back and sent in batches, hashed from the values bound.
            s.inBatches(b -> {
                b.administrations().record(new Administration(AdministrationId.random(), prn.id(), mrn, OffsetDateTime.parse("2026-03-01T05:00:00-03:00"),
                        null, new BigDecimal("2.50"), DoseUnit.MG, AdministrationStatus.HELD, ada, PRINTABLE), ada);
                b.administrations().record(new Administration(AdministrationId.random(), pca.id(), mrn, OffsetDateTime.parse("2026-03-01T06:00:00Z"),
                        OffsetDateTime.parse("2026-03-01T04:00:00+02:00"), new BigDecimal("3"), DoseUnit.MG, AdministrationStatus.GIVEN, ada, ""), ada);
                return null;
            });
            s.accessLog().record(ada, AccessAction.OPEN_PATIENT, mrn, AWKWARD);
            s.accessLog().record(ada, AccessAction.OPEN_PATIENT, null, null);
            s.accessLog().recordFailedLogin("nobody | \\ Ł", null, "");
            return null;
        });
    }

    /** Every sided strength and reflex code on both sides, with notes empty or awkward, out of code order. */
    private static List<Finding> fullExam() {
        List<Finding> findings = new ArrayList<>();
        int n = 0;
        for (FindingCode code : FindingCode.values()) {
            for (Side side : List.of(Side.RIGHT, Side.LEFT)) {
                String note = n++ % 3 == 0 ? AWKWARD + n : "";
                if (code.code().startsWith("strength.")) {
                    findings.add(new Finding(code, side, MrcGrade.FOUR, note));
                } else if (code.code().startsWith("reflex.") && code != FindingCode.REFLEX_REINFORCEMENT) {
                    findings.add(new Finding(code, side, ReflexGrade.REDUCED, note));
                }
            }
        }
        Collections.reverse(findings);
        return findings;
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The newest chain entry of each record, sealed or pending: entity + NUL + id to {patient, content hash}. */
    private Map<String, String[]> newestEntries(Connection c) throws Exception {
        Map<String, String[]> newest = new HashMap<>();
        // One snapshot for both reads: the background sealer (ward server) may move entries from pending into the chain.
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        for (String sql : List.of("SELECT entity, entity_id, patient_id, content_hash FROM record_chain ORDER BY seq",
                "SELECT entity, entity_id, patient_id, content_hash FROM chain_pending ORDER BY queued_at, id")) {
            Sql.list(c, sql, rs -> newest.put(rs.getString(1) + "\u0000" + rs.getString(2), new String[] {rs.getString(3), rs.getString(4)}));
        }
        c.commit();
        c.setAutoCommit(true);
        return newest;
    }

    @Test
    void theHashWrittenIsTheHashVerificationComputesForEveryEntity() throws Exception {
        try (Connection c = Backend.raw(backend.location(dir, "ward"))) {
            Map<String, String[]> newest = newestEntries(c);
            Set<String> entities = new HashSet<>();
            int rows = 0;
            for (ChainedTables.Table t : ChainedTables.TABLES) {
                for (Map.Entry<String, ChainedTables.Hashed> stored : ChainedTables.hashes(c, t).entrySet()) {
                    String[] entry = newest.remove(t.entity() + "\u0000" + stored.getKey());
                    assertThat(entry).as("chain entry of %s %s", t.entity(), stored.getKey()).isNotNull();
                    assertThat(entry[1]).as("content hash of %s %s", t.entity(), stored.getKey()).isEqualTo(stored.getValue().contentHash());
                    assertThat(entry[0]).as("patient of %s %s", t.entity(), stored.getKey()).isEqualTo(stored.getValue().patientId());
                    entities.add(t.entity());
                    rows++;
                }
            }
            assertThat(entities).containsExactlyInAnyOrder("patient", "exam", "void", "signature", "order", "audit", "access", "administration",
                    "administration_void");
            assertThat(newest).as("entries without a record").isEmpty();
            assertThat(rows).isGreaterThan(20);
        }
        Optional<ChainProblem> problem = db.read(s -> s.chain().verify());
        assertThat(problem).isEmpty();
    }

    @Test
    void theStoredFindingsAreTheOnesHashedAwkwardNotesIncluded() throws Exception {
        try (Connection c = Backend.raw(backend.location(dir, "ward"))) {
            List<String> notes = Sql.list(c, "SELECT note FROM finding WHERE exam_id = ? AND note <> '' ORDER BY code, side",
                    rs -> rs.getString(1), amended.id().toString());
            assertThat(notes).isNotEmpty().allSatisfy(n -> assertThat(n).startsWith(AWKWARD));
        }
    }

    @Test
    void aFindingNoteChangedOutsideTheAppIsStillFound() throws Exception {
        try (Connection c = Backend.raw(backend.location(dir, "ward")); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE finding SET note = 'a|b' WHERE exam_id = '" + amended.id() + "' AND note <> ''");
        }
        ChainProblem p = db.read(s -> s.chain().verify()).orElseThrow();
        assertThat(p.entity()).isEqualTo("exam");
        assertThat(p.entityId()).isEqualTo(amended.id().toString());
        assertThat(p.kind()).isEqualTo("was changed outside the app");
    }

    @Test
    void anAccessRowChangedOutsideTheAppIsStillFound() throws Exception {
        try (Connection c = Backend.raw(backend.location(dir, "ward")); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE access_log SET detail = 'x' WHERE detail = ''");
        }
        ChainProblem p = db.read(s -> s.chain().verify()).orElseThrow();
        assertThat(p.entity()).isEqualTo("access");
        assertThat(p.kind()).isEqualTo("was changed outside the app");
    }
}

package org.bedsideneuro.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.service.AdministrationService;

/**
 * Logging one PRN dose through the service the window uses (the order read, the day's doses checked against the
 * order's limits, the record, its audit entry and chain entries, one transaction) against the same rows inserted with
 * plain JDBC: the administration, the audit entry and two chain entries. Run alternately, as the exam save is.
 */
final class PrnDoseSaveMeasurement implements Measurement {
    private static final String ZERO_HASH = "0".repeat(64);

    @Override
    public String shortName() {
        return "prn";
    }

    @Override
    public String name() {
        return "log a PRN dose";
    }

    @Override
    public List<Result> measure(BenchContext ctx) throws Exception {
        PatientId patient = ctx.ward().shortStay();
        Clinician by = ctx.ward().neurologist();
        int runs = ctx.options().runs();
        // Warmed until both paths run compiled, as on a ward laptop that logs doses all shift: the floor's few lines are
        // compiled after a handful of saves, the product's rules, hashing and audit after a hundred or more.
        int warmups = Math.max(200, runs);
        // One dose a day, a day further back each run, under an order running since before the first: each save takes the
        // rules' ordinary path (the day's doses counted against the order's most a day).
        OffsetDateTime now = ctx.clock().instant().atOffset(ZoneOffset.UTC);
        MedicationOrder prn = new MedicationOrder(OrderId.random(), patient, "oxycodone", new BigDecimal("5"), DoseUnit.MG, Route.ORAL,
                new BigDecimal("6"), now.minusDays(runs + warmups + 2L), null, "benchmark", OrderKind.PRN, Indication.CANCER_PAIN, null);
        ctx.db().write(s -> {
            s.medications().add(prn, by);
            return null;
        });
        AdministrationService service = new AdministrationService(ctx.db(), ctx.clock().getZone());
        Samples product = new Samples();
        Samples floor = new Samples();
        Connection c = Jdbc.open(ctx.databaseFile());
        try (Floor plain = new Floor(c)) {
            for (int i = -warmups; i < runs; i++) {
                OffsetDateTime at = now.minusDays(i + warmups + 1L);
                long t = System.nanoTime();
                service.recordDose(prn.id(), at, prn.dose(), prn.unit(), AdministrationStatus.GIVEN, "", by, by);
                double productMs = Stopwatch.millisSince(t);
                t = System.nanoTime();
                plain.save(prn, patient, by, at.plusSeconds(30));
                double floorMs = Stopwatch.millisSince(t);
                if (i >= 0) {
                    product.add(productMs);
                    floor.add(floorMs);
                }
            }
        }
        return List.of(new Result("log one PRN dose (rules, record, audit, chain)", "ms", product, "plain JDBC, same rows", floor,
                Result.Target.both(2.0, 20, "ms")));
    }

    /** The rows one PRN dose writes, with none of the product's reads, checks or hashing; chain entries below every real one. */
    private static final class Floor implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement administration;
        private final PreparedStatement audit;
        private final PreparedStatement chain;
        private long nextSeq;

        Floor(Connection c) throws SQLException {
            this.c = c;
            c.setAutoCommit(false);
            administration = c.prepareStatement("INSERT INTO administration (id, order_id, patient_id, given_at, given_offset, period_start_at,"
                    + " period_start_offset, dose, unit, status, given_by, note, recorded_at, recorded_by)"
                    + " VALUES (?, ?, ?, ?, 0, NULL, NULL, ?, ?, 'given', ?, '', ?, ?)");
            audit = c.prepareStatement("INSERT INTO audit_log (id, at, clinician_id, action, entity, entity_id, patient_id, detail)"
                    + " VALUES (?, ?, ?, 'create', 'administration', ?, ?, ?)");
            chain = c.prepareStatement("INSERT INTO record_chain (seq, entity, entity_id, patient_id, content_hash, previous_hash, entry_hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MIN(seq), 0) FROM record_chain")) {
                rs.next();
                nextSeq = Math.min(0, rs.getLong(1)) - 1;
            }
            c.commit();
        }

        void save(MedicationOrder order, PatientId patient, Clinician by, OffsetDateTime at) throws SQLException {
            String id = UUID.randomUUID().toString();
            long now = System.currentTimeMillis();
            administration.setString(1, id);
            administration.setString(2, order.id().toString());
            administration.setString(3, patient.value());
            administration.setLong(4, at.toInstant().toEpochMilli());
            administration.setString(5, order.dose().toPlainString());
            administration.setString(6, order.unit().code());
            administration.setString(7, by.id().toString());
            administration.setLong(8, now);
            administration.setString(9, by.id().toString());
            administration.executeUpdate();
            String auditId = UUID.randomUUID().toString();
            audit.setString(1, auditId);
            audit.setLong(2, now);
            audit.setString(3, by.id().toString());
            audit.setString(4, id);
            audit.setString(5, patient.value());
            audit.setString(6, "dose given " + at);
            audit.executeUpdate();
            for (String[] entry : new String[][] {{"administration", id}, {"audit", auditId}}) {
                chain.setLong(1, nextSeq--);
                chain.setString(2, entry[0]);
                chain.setString(3, entry[1]);
                chain.setString(4, patient.value());
                chain.setString(5, ZERO_HASH);
                chain.setString(6, ZERO_HASH);
                chain.setString(7, ZERO_HASH);
                chain.addBatch();
            }
            chain.executeBatch();
            c.commit();
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }
}

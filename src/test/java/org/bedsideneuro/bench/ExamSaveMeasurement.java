package org.bedsideneuro.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * Saving one full exam through the repository (exam row, its findings, the audit row, one transaction) against the
 * same rows inserted with plain JDBC in one transaction on the same file with the same durability settings.
 * The two are run alternately so that noise from other work on the machine falls on both.
 */
final class ExamSaveMeasurement implements Measurement {
    @Override
    public String shortName() {
        return "save";
    }

    @Override
    public String name() {
        return "exam save";
    }

    @Override
    public List<Result> measure(BenchContext ctx) throws Exception {
        PatientId patient = ctx.ward().shortStay();
        Clinician by = ctx.ward().neurologist();
        List<Finding> findings = ctx.db().read(s -> s.exams().current(patient)).stream()
                .filter(e -> e.kind() == ExamKind.EXAM).reduce((a, b) -> b).orElseThrow().findings();
        OffsetDateTime base = ctx.clock().instant().atOffset(ZoneOffset.UTC).minusDays(1);
        Samples product = new Samples();
        Samples floor = new Samples();
        try (Connection c = Jdbc.open(ctx.databaseFile());
             PreparedStatement exam = c.prepareStatement("INSERT INTO exam (id, root_id, patient_id, kind, recorded_at, recorded_offset,"
                     + " recorded_by, note, is_baseline, supersedes, amend_reason, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)");
             PreparedStatement finding = c.prepareStatement("INSERT INTO finding (exam_id, code, side, value, note) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement audit = c.prepareStatement("INSERT INTO audit_log (id, at, clinician_id, action, entity, entity_id, patient_id, detail)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int warmups = Math.max(5, ctx.options().runs() / 2);
            for (int i = -warmups; i < ctx.options().runs(); i++) {
                OffsetDateTime at = base.plusSeconds(2L * (i + warmups));
                Exam e = Exam.record(patient, ExamKind.EXAM, at, by, findings, "");
                long start = System.nanoTime();
                ctx.db().write(s -> {
                    s.exams().add(e, by);
                    return null;
                });
                double productMs = Stopwatch.millisSince(start);

                start = System.nanoTime();
                String id = UUID.randomUUID().toString();
                long now = System.currentTimeMillis();
                exam.setString(1, id);
                exam.setString(2, id);
                exam.setString(3, patient.value());
                exam.setString(4, "exam");
                exam.setLong(5, at.plusSeconds(1).toInstant().toEpochMilli());
                exam.setInt(6, 0);
                exam.setString(7, by.id().toString());
                exam.setString(8, "");
                exam.setBoolean(9, false);
                exam.setLong(10, now);
                exam.setString(11, by.id().toString());
                exam.executeUpdate();
                for (Finding f : findings) {
                    finding.setString(1, id);
                    finding.setString(2, f.code().code());
                    finding.setString(3, f.side() == null ? "" : f.side().code());
                    finding.setString(4, f.value().code());
                    finding.setString(5, f.note());
                    finding.addBatch();
                }
                finding.executeBatch();
                audit.setString(1, UUID.randomUUID().toString());
                audit.setLong(2, now);
                audit.setString(3, by.id().toString());
                audit.setString(4, "create");
                audit.setString(5, "exam");
                audit.setString(6, id);
                audit.setString(7, patient.value());
                audit.setString(8, findings.size() + " findings recorded for " + at);
                audit.executeUpdate();
                c.commit();
                double floorMs = Stopwatch.millisSince(start);
                if (i >= 0) {
                    product.add(productMs);
                    floor.add(floorMs);
                }
            }
        }
        return List.of(new Result("save one full exam (" + findings.size() + " findings)", "ms", product, "plain JDBC, same rows",
                floor, Result.Target.both(2.0, 20, "ms")));
    }
}

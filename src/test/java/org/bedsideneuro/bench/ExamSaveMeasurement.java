package org.bedsideneuro.bench;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * Saving one full exam through the repository (one transaction) against the same rows ({@link PlainExamRows}: exam,
 * findings, packed findings, audit entry, chain entries) inserted with plain JDBC in one transaction on the same file
 * with the same durability settings.
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
        // One save first, outside the count, for the packed findings text the product writes for these findings.
        Exam first = Exam.record(patient, ExamKind.EXAM, base.minusMinutes(1), by, findings, "");
        ctx.db().write(s -> {
            s.exams().add(first, by);
            return null;
        });
        Connection c = Jdbc.open(ctx.databaseFile());
        try (PlainExamRows plain = new PlainExamRows(c, null, PlainExamRows.packedOf(c, first.id().toString()))) {
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
                plain.save(patient, by, at.plusSeconds(1), findings);
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

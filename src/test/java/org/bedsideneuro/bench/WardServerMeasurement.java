package org.bedsideneuro.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.ChangeListener;
import org.bedsideneuro.persistence.ChangeWatcher;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.testdb.TestPostgres;

/**
 * Issue #12 point 8: {@link Options#laptops()} simulated laptops (20 unless told), each a thread with a database of its
 * own (its own connection, and its own change watcher listening, as a laptop's window does), saving full exams at once
 * into one PostgreSQL server on this machine: the throwaway cluster the tests use ({@link TestPostgres}, fsync on).
 * The floor is the same rows (exam, findings, audit entry, two chain entries) inserted by as many threads with plain
 * JDBC connections in the same run, each commit alone, without the app's SERIALIZABLE isolation or the chain's lock.
 * Rows: save latency (median and p95 of every save) and saves per second of the whole ward.
 */
final class WardServerMeasurement implements Measurement {
    @Override
    public String shortName() {
        return "server";
    }

    @Override
    public String name() {
        return "ward server, " + "concurrent saves";
    }

    @Override
    public List<Result> measure(BenchContext ctx) throws Exception {
        int laptops = ctx.options().laptops();
        int saves = ctx.options().runs();
        int warmups = Math.max(3, saves / 4);
        TestPostgres pg = TestPostgres.get();
        DatabaseLocation.PostgresServer location = pg.createDatabase();
        List<Finding> findings = fullExam(ctx);
        OffsetDateTime base = ctx.clock().instant().atOffset(ZoneOffset.UTC).minusDays(1);
        List<PatientId> patients = new ArrayList<>();
        Clinician neurologist;
        try (Database setup = Database.open(location, ctx.clock())) {
            neurologist = setup.write(s -> s.clinicians().findOrCreate("Dr Bench Server (fictional)", Role.NEUROLOGIST));
            for (int i = 0; i < laptops; i++) {
                PatientId id = new PatientId(String.format("SRV-%03d", i));
                patients.add(id);
                setup.write(s -> {
                    s.patients().add(new Patient(id, "Server", "Patient", java.time.LocalDate.of(1950, 1, 1), Sex.FEMALE, "Bench", ""), neurologist);
                    return null;
                });
            }
        }
        Clinician by = neurologist;
        // The floor's chain rows need unique numbers without the app's lock: negative ones, below the app's own.
        pg.execute(location.database(), "CREATE SEQUENCE bench_chain_seq INCREMENT -1 START -1");

        List<Database> opened = new ArrayList<>();
        List<ChangeWatcher> watchers = new ArrayList<>();
        AtomicLong heard = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(laptops);
        try {
            for (int i = 0; i < laptops; i++) {
                Database laptop = Database.open(location, ctx.clock());
                opened.add(laptop);
                watchers.add(laptop.watchChanges((ChangeListener) heard::incrementAndGet, 700));
            }
            // Product and floor take turns (warm-up, then measured), so that the machine's other work falls on both.
            Phase warm = new Phase(laptops);
            run(pool, laptops, i -> productSaves(opened.get(i), patients.get(i), by, findings, base, warmups, warm.product(i)));
            allSealed(opened);
            run(pool, laptops, i -> floorSaves(pg, location, patients.get(i), by, findings, base, warmups, warm.floor(i)));
            Phase measured = new Phase(laptops);
            long start = System.nanoTime();
            run(pool, laptops, i -> productSaves(opened.get(i), patients.get(i), by, findings, base.plusHours(1), saves, measured.product(i)));
            // Saves return before their chain entries are linked (background seal): the rate counts until all are linked,
            // and the floor's turn starts only then, so that no seal of the product's runs during the floor's.
            allSealed(opened);
            double productSeconds = Stopwatch.millisSince(start) / 1000;
            start = System.nanoTime();
            run(pool, laptops, i -> floorSaves(pg, location, patients.get(i), by, findings, base.plusHours(1), saves, measured.floor(i)));
            double floorSeconds = Stopwatch.millisSince(start) / 1000;

            Samples product = measured.allProduct();
            Samples floor = measured.allFloor();
            int total = laptops * saves;
            String what = laptops + " laptops saving full exams (" + findings.size() + " findings) at once, PostgreSQL";
            return List.of(
                    new Result(what + ": save latency, median", "ms", product, "plain JDBC, same rows, same threads", floor,
                            Result.Target.ratio(2.0)),
                    new Result(what + ": save latency, p95", "ms", Samples.of(product.p95()), "plain JDBC p95", Samples.of(floor.p95()),
                            Result.Target.both(2.0, 100, "ms")),
                    new Result(what + ": saves per second", "/s", Samples.of(total / productSeconds), "plain JDBC", Samples.of(total / floorSeconds),
                            Result.Target.none()));
        } finally {
            pool.shutdownNow();
            watchers.forEach(ChangeWatcher::close);
            opened.forEach(Database::close);
        }
    }

    /** Waits for every laptop's background seal; fails the run if an entry is left unsealed. */
    private static void allSealed(List<Database> laptops) {
        for (Database laptop : laptops) {
            if (!laptop.awaitSealed(java.time.Duration.ofMinutes(2))) {
                throw new IllegalStateException("A laptop's chain entries were not sealed within two minutes");
            }
        }
        long waiting = laptops.get(0).read(s -> s.chain().pendingCount());
        if (waiting != 0) {
            throw new IllegalStateException(waiting + " chain entries left pending after every laptop's seal");
        }
    }

    /** The last full exam of the ward's short-stay patient, as the single-laptop save measurement uses. */
    private static List<Finding> fullExam(BenchContext ctx) {
        PatientId patient = ctx.ward().shortStay();
        return ctx.db().read(s -> s.exams().current(patient)).stream()
                .filter(e -> e.kind() == ExamKind.EXAM).reduce((a, b) -> b).orElseThrow().findings();
    }

    /** Each laptop's latencies, kept apart so threads never share a list. */
    private record Phase(List<Samples> products, List<Samples> floors) {
        Phase(int laptops) {
            this(new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < laptops; i++) {
                products.add(new Samples());
                floors.add(new Samples());
            }
        }

        Samples product(int i) { return products.get(i); }
        Samples floor(int i) { return floors.get(i); }
        Samples allProduct() { return merged(products); }
        Samples allFloor() { return merged(floors); }

        private static Samples merged(List<Samples> parts) {
            Samples all = new Samples();
            parts.forEach(all::addAll);
            return all;
        }
    }

    @FunctionalInterface
    private interface Laptop {
        void run(int index) throws Exception;
    }

    /** Starts every laptop at once and waits for all of them. */
    private static void run(ExecutorService pool, int laptops, Laptop laptop) throws Exception {
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < laptops; i++) {
            int index = i;
            running.add(pool.submit(() -> {
                go.await();
                laptop.run(index);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : running) {
            f.get();
        }
    }

    private static void productSaves(Database db, PatientId patient, Clinician by, List<Finding> findings, OffsetDateTime base, int count,
                                     Samples into) {
        for (int i = 0; i < count; i++) {
            Exam exam = Exam.record(patient, ExamKind.EXAM, base.plusSeconds(i), by, findings, "");
            long start = System.nanoTime();
            db.write(s -> s.exams().add(exam, by));
            into.add(Stopwatch.millisSince(start));
        }
    }

    private static void floorSaves(TestPostgres pg, DatabaseLocation.PostgresServer location, PatientId patient, Clinician by,
                                   List<Finding> findings, OffsetDateTime base, int count, Samples into) throws Exception {
        try (Connection c = pg.superuser(location.database());
             PreparedStatement exam = c.prepareStatement("INSERT INTO exam (id, root_id, patient_id, kind, recorded_at, recorded_offset,"
                     + " recorded_by, note, is_baseline, supersedes, amend_reason, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)");
             PreparedStatement finding = c.prepareStatement("INSERT INTO finding (exam_id, code, side, value, note) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement audit = c.prepareStatement("INSERT INTO audit_log (id, at, clinician_id, action, entity, entity_id, patient_id, detail)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement chain = c.prepareStatement("INSERT INTO record_chain (seq, entity, entity_id, patient_id, content_hash,"
                     + " previous_hash, entry_hash) VALUES (nextval('bench_chain_seq'), ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            String hash = "0".repeat(64);
            for (int i = 0; i < count; i++) {
                OffsetDateTime at = base.plusSeconds(i).plusMinutes(30);
                long start = System.nanoTime();
                String id = UUID.randomUUID().toString();
                long now = System.currentTimeMillis();
                exam.setString(1, id);
                exam.setString(2, id);
                exam.setString(3, patient.value());
                exam.setString(4, "exam");
                exam.setLong(5, at.toInstant().toEpochMilli());
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
                String auditId = UUID.randomUUID().toString();
                audit.setString(1, auditId);
                audit.setLong(2, now);
                audit.setString(3, by.id().toString());
                audit.setString(4, "create");
                audit.setString(5, "exam");
                audit.setString(6, id);
                audit.setString(7, patient.value());
                audit.setString(8, findings.size() + " findings recorded for " + at);
                audit.executeUpdate();
                for (String[] entry : new String[][] {{"exam", id}, {"audit", auditId}}) {
                    chain.setString(1, entry[0]);
                    chain.setString(2, entry[1]);
                    chain.setString(3, patient.value());
                    chain.setString(4, hash);
                    chain.setString(5, hash);
                    chain.setString(6, hash);
                    chain.addBatch();
                }
                chain.executeBatch();
                c.commit();
                into.add(Stopwatch.millisSince(start));
            }
        }
    }
}

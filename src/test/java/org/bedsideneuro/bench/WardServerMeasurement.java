package org.bedsideneuro.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
                    s.patients().add(new Patient(id, "Server", "Patient", LocalDate.of(1950, 1, 1), Sex.FEMALE, "Bench", ""), neurologist);
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
            String packed = packedFindings(pg, location); // what the product wrote for these findings, for the floor's rows
            run(pool, laptops, i -> floorSaves(pg, location, patients.get(i), by, findings, packed, base, warmups, warm.floor(i)));
            Phase measured = new Phase(laptops);
            long start = System.nanoTime();
            run(pool, laptops, i -> productSaves(opened.get(i), patients.get(i), by, findings, base.plusHours(1), saves, measured.product(i)));
            double savedSeconds = Stopwatch.millisSince(start) / 1000;
            long pendingAfterSaves = opened.get(0).read(s -> s.chain().pendingCount());
            // Saves return before their chain entries are linked (background seal): the rate counts until all are linked,
            // and the floor's turn starts only then, so that no seal of the product's runs during the floor's.
            allSealed(opened);
            double productSeconds = Stopwatch.millisSince(start) / 1000;
            System.out.printf("  ward server: last save returned after %.1f s (%d chain entries pending then), every entry linked after %.1f s%n",
                    savedSeconds, pendingAfterSaves, productSeconds);
            start = System.nanoTime();
            run(pool, laptops, i -> floorSaves(pg, location, patients.get(i), by, findings, packed, base.plusHours(1), saves, measured.floor(i)));
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
            if (!laptop.awaitSealed(Duration.ofMinutes(2))) {
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
        CountDownLatch go = new CountDownLatch(1);
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

    /** The packed findings of the product's exams (all of them have the same findings here). */
    private static String packedFindings(TestPostgres pg, DatabaseLocation.PostgresServer location) throws Exception {
        try (Connection c = pg.superuser(location.database()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT findings FROM exam_packed_findings LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("the product's warm-up saved no exam");
            }
            return rs.getString(1);
        }
    }

    private static void floorSaves(TestPostgres pg, DatabaseLocation.PostgresServer location, PatientId patient, Clinician by,
                                   List<Finding> findings, String packedFindings, OffsetDateTime base, int count, Samples into) throws Exception {
        try (PlainExamRows plain = new PlainExamRows(pg.superuser(location.database()), "nextval('bench_chain_seq')", packedFindings)) {
            for (int i = 0; i < count; i++) {
                OffsetDateTime at = base.plusSeconds(i).plusMinutes(30);
                long start = System.nanoTime();
                plain.save(patient, by, at, findings);
                into.add(Stopwatch.millisSince(start));
            }
        }
    }
}

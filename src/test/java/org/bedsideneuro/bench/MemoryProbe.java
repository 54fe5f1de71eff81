package org.bedsideneuro.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.persistence.Database;

/**
 * The memory measurement, a child JVM with the installed launcher's flags: loads the whole ward as the whole-ward
 * export does (every patient, every order, every current exam with its findings), keeps it, collects garbage and
 * prints heap used and the process's resident size (VmRSS) and peak resident size (VmHWM) from /proc/self/status.
 */
public final class MemoryProbe {
    private MemoryProbe() {
    }

    record WholeWard(List<Patient> patients, List<MedicationOrder> orders, List<Exam> exams) {
    }

    public static void main(String[] args) throws Exception {
        WholeWard ward;
        try (Database db = Database.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            ward = db.read(s -> new WholeWard(s.patients().all(), s.medications().all(), s.exams().allCurrent()));
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println("BENCH_EXAMS=" + ward.exams().size());
        System.out.println("BENCH_HEAP_MB=" + heap / 1e6);
        System.out.println("BENCH_RSS_MB=" + status("VmRSS"));
        System.out.println("BENCH_HWM_MB=" + status("VmHWM"));
        System.out.println("BENCH_KEPT=" + (ward.patients().size() + ward.orders().size()));
    }

    /** A /proc/self/status line in megabytes (10^6 bytes, as the heap), or -1 where there is no /proc. */
    static double status(String key) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / 1e6;
            }
        }
        return -1;
    }
}

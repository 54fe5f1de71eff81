package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Breaks things on purpose: kills writers mid-save, runs two writers at once. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CrashAndContentionTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private Process child(DatabaseLocation db, String name, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ChildWriter.class.getName(), db instanceof DatabaseLocation.SqliteFile f ? f.file().toString() : db.describe(), name, Integer.toString(count));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static Set<String> storedExamIds(Database db, String writer) {
        return db.<List<RecordedExam>>read(s -> s.exams().history(new PatientId("SYN-" + writer))).stream()
                .map(r -> r.exam().id().toString()).collect(Collectors.toSet());
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKilledProcess() throws Exception {
        DatabaseLocation db = backend.location(dir, "crash");
        Random random = new Random(20261123);
        List<String> acknowledged = new ArrayList<>();
        int kills = 12;
        for (int round = 0; round < kills; round++) {
            Process p = child(db, "crash", 0);
            long stopAfter = 150 + random.nextInt(600);
            long started = System.nanoTime();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("saved ")) {
                        acknowledged.add(line.substring(6));
                    }
                    if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) > stopAfter) {
                        p.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no clean close
                        break;
                    }
                }
            }
            p.waitFor(30, TimeUnit.SECONDS);
        }
        try (Database opened = Database.open(db, Clock.systemUTC())) {
            assertThat(opened.check().integrity()).isEqualTo("ok");
            assertThat(storedExamIds(opened, "crash")).containsAll(acknowledged);
        }
        assertThat(acknowledged).as("the writer got some saves done before being killed").isNotEmpty();
        acknowledged.forEach(id -> ExamId.parse(id)); // every acknowledgement is a real exam id
    }

    @Test
    void anImportKilledHalfwayLeavesNoHalfImportAndEveryAcknowledgedImportIsThere() throws Exception {
        Path db = dir.resolve("imports.db");
        Database.open(db, Clock.systemUTC()).close();
        Random random = new Random(7);
        int acknowledged = 0;
        for (int round = 0; round < 6; round++) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ChildImporter.class.getName(),
                    db.toString(), dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // Killed at a random moment after its first import: mid-import, most of the time.
            long stopAfter = random.nextInt(600);
            long firstAck = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("imported ")) {
                        acknowledged++;
                        firstAck = firstAck == 0 ? System.nanoTime() : firstAck;
                    }
                    if (firstAck != 0 && TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstAck) >= stopAfter) {
                        p.destroyForcibly();
                        break;
                    }
                }
            }
            p.waitFor(30, TimeUnit.SECONDS);
        }
        try (Database opened = Database.open(db, Clock.systemUTC())) {
            long patients = opened.<Long>read(s -> s.patients().count());
            assertThat(opened.check().integrity()).isEqualTo("ok");
            assertThat(patients % ChildImporter.PATIENTS_PER_IMPORT).as("no import is half there").isZero();
            assertThat(patients).as("every acknowledged import is there").isGreaterThanOrEqualTo((long) acknowledged * ChildImporter.PATIENTS_PER_IMPORT);
            assertThat(opened.check().counts().get("finding")).isEqualTo(patients * 2);
        }
        assertThat(acknowledged).isGreaterThanOrEqualTo(6);
    }

    @Test
    void twoProcessesWritingAtOnceLoseNothingAndReportNoError() throws Exception {
        DatabaseLocation db = backend.location(dir, "shared");
        Database.open(db, Clock.systemUTC()).close(); // both children find the schema in place
        int each = 150;
        Process a = child(db, "a", each);
        Process b = child(db, "b", each);
        List<String> ackA = new BufferedReader(new InputStreamReader(a.getInputStream(), StandardCharsets.UTF_8)).lines().toList();
        List<String> ackB = new BufferedReader(new InputStreamReader(b.getInputStream(), StandardCharsets.UTF_8)).lines().toList();
        assertThat(a.waitFor()).isZero();
        assertThat(b.waitFor()).isZero();
        assertThat(ackA).hasSize(each);
        assertThat(ackB).hasSize(each);
        try (Database opened = Database.open(db, Clock.systemUTC())) {
            assertThat(storedExamIds(opened, "a")).hasSize(each);
            assertThat(storedExamIds(opened, "b")).hasSize(each);
            assertThat(opened.check().integrity()).isEqualTo("ok");
        }
    }
}

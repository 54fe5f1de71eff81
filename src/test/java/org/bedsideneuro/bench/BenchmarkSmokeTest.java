package org.bedsideneuro.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The benchmark with a tiny ward (5 patients, 30 days, one or two runs), so that it cannot rot. Checks that every
 * operation has its row and that the table prints; never checks a timing (CI machines vary; the real run is
 * {@code ./mvnw -Pbench verify}).
 */
class BenchmarkSmokeTest {
    @Test
    void tinyWardPrintsEveryRowOfTheTable() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Result> results;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            results = Benchmark.run(Options.parse("--patients", "5", "--days", "30", "--runs", "2", "--cold-runs", "1",
                    "--import-runs", "1", "--memory-runs", "1", "--laptops", "2"), out);
        }
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(results).extracting(Result::operation).satisfiesExactly(
                r -> assertThat(r).startsWith("cold start to first frame, main window"),
                r -> assertThat(r).startsWith("reference: stock JavaFX TableView (11 columns, 5 rows) and search field"),
                r -> assertThat(r).startsWith("cold start to first frame, each with its own AppCDS archive"),
                r -> assertThat(r).startsWith("save one full exam (47 findings)"),
                r -> assertThat(r).startsWith("log one PRN dose (rules, record, audit, chain)"),
                r -> assertThat(r).startsWith("trend view, longest patient, open on 30 days"),
                r -> assertThat(r).startsWith("trend view, longest patient, last 90 days (patient open)"),
                r -> assertThat(r).startsWith("trend view, longest patient, open on last 90 days"),
                r -> assertThat(r).startsWith("trend view, crosshair move, longest patient, 30 days"),
                r -> assertThat(r).startsWith("ward search, one keystroke (5 patients)"),
                r -> assertThat(r).startsWith("PDF summary, longest patient, 30 days"),
                r -> assertThat(r).startsWith("import whole ward, CSV exchange"),
                r -> assertThat(r).startsWith("memory: heap used after GC"),
                r -> assertThat(r).startsWith("memory: resident size (VmRSS)"),
                r -> assertThat(r).startsWith("memory: peak resident size (VmHWM)"),
                r -> assertThat(r).startsWith("2 laptops saving full exams (47 findings) at once, PostgreSQL: save latency, median"),
                r -> assertThat(r).startsWith("2 laptops saving full exams (47 findings) at once, PostgreSQL: save latency, p95"),
                r -> assertThat(r).startsWith("2 laptops saving full exams (47 findings) at once, PostgreSQL: saves per second"),
                r -> assertThat(r).startsWith("pull one patient from the EHR, preview and import"));
        assertThat(results).allSatisfy(r -> assertThat(r.samples().count()).isPositive());
        for (Result r : results) {
            assertThat(table).contains("| " + r.operation());
        }
        assertThat(table).contains("| operation").contains("| target").contains("| met?");
    }

    @Test
    void optionsAreReadAndRefused() {
        Options o = Options.parse("--patients", "7", "--years", "2", "--runs", "3");
        assertThat(o.patients()).isEqualTo(7);
        assertThat(o.days()).isEqualTo(731);
        assertThat(o.period()).isEqualTo("2 years");
        Assertions.assertThatThrownBy(() -> Options.parse("--runs", "0")).isInstanceOf(IllegalArgumentException.class);
        Assertions.assertThatThrownBy(() -> Options.parse("--bogus", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void samplesGiveMedianAndNearestRankP95() {
        Samples s = Samples.of(5, 1, 4, 2, 3);
        assertThat(s.median()).isEqualTo(3);
        assertThat(s.p95()).isEqualTo(5);
        assertThat(Samples.of(1, 2, 3, 4).median()).isEqualTo(2.5);
    }
}

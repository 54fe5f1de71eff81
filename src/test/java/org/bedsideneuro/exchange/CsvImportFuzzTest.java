package org.bedsideneuro.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A few hundred randomly damaged copies of a valid ward folder, as a spreadsheet, a text editor or a cut-off copy might
 * leave them. Each import must either succeed completely or write nothing, and must answer with a report, never an
 * exception. Seeded, so a failure can be replayed.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CsvImportFuzzTest {
    private static final long SEED = 20260301L;
    private static final int VARIANTS = 300;
    private static final String[] GARBAGE = {"", " ", "6", "5", "-1", "0", "4+", "L", "R", "x", "yes", "NaN", "1e3", "12.5.1",
            "2026-13-01", "2026-02-29", "2027-01-01T00:00:00Z", "2026-02-26T09:15:00", "1899-12-31", "\"", "\"\"", ",", "\r\n",
            "Łukasz", "Иванова", "\u0000", "\t", "x".repeat(120), "strength.hip_flexion", "mcg/h", "transdermal", "nurse", "MRN-001",
            "MRN-999"};

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void damagedFoldersAreImportedWhollyOrNotAtAllAndNeverThrow() throws IOException {
        Random random = new Random(SEED);
        Map<ExchangeFile, byte[]> valid = validFiles();
        try (Database db = backend.open(dir, "ward", SyntheticWard.CLOCK)) {
            CsvImporter importer = new CsvImporter(db, SyntheticWard.CLOCK);
            assertThat(importer.importFolder(SyntheticWard.writeTo(dir.resolve("ward")), SyntheticWard.IMPORTER).succeeded()).isTrue();
            int succeeded = 0;
            for (int variant = 0; variant < VARIANTS; variant++) {
                Path folder = dir.resolve("variant-" + variant);
                String damage = writeDamagedCopy(valid, folder, random);
                Map<String, Long> before = db.check().counts();

                AtomicReference<ImportReport> result = new AtomicReference<>();
                assertThatCode(() -> result.set(importer.importFolder(folder, SyntheticWard.IMPORTER)))
                        .as("variant %d (%s)", variant, damage).doesNotThrowAnyException();
                ImportReport report = result.get();
                Map<String, Long> after = db.check().counts();

                if (report.succeeded()) {
                    succeeded++;
                    assertThat(after.get("patient") - before.get("patient")).as("variant %d (%s)", variant, damage).isEqualTo(report.patientsAdded());
                    assertThat(after.get("medication_order") - before.get("medication_order")).isEqualTo(report.ordersAdded());
                    assertThat(after.get("administration") - before.get("administration")).isEqualTo(report.administrationsAdded());
                    assertThat(after.get("exam") - before.get("exam")).isEqualTo(report.examsAdded());
                    assertThat(after.get("finding") - before.get("finding")).isEqualTo(report.findingsAdded());
                    ImportReport again = importer.importFolder(folder, SyntheticWard.IMPORTER);
                    assertThat(again.succeeded()).as("variant %d again (%s)", variant, damage).isTrue();
                    assertThat(db.check().counts()).as("variant %d again (%s)", variant, damage).isEqualTo(after);
                } else {
                    assertThat(after).as("variant %d (%s): %s", variant, damage, report.problems()).isEqualTo(before);
                    assertThat(report.problems()).allSatisfy(p -> assertThat(p.toString()).isNotBlank());
                }
            }
            // Not every variant is refused: some damage leaves valid data (another ward, a dropped row), and that must import.
            assertThat(succeeded).isBetween(1, VARIANTS - 1);
            assertThat(db.check().integrity()).isEqualTo("ok");
        }
    }

    private Map<ExchangeFile, byte[]> validFiles() throws IOException {
        Path folder = SyntheticWard.writeTo(dir.resolve("original"));
        Map<ExchangeFile, byte[]> files = new EnumMap<>(ExchangeFile.class);
        for (ExchangeFile f : ExchangeFile.values()) {
            files.put(f, Files.readAllBytes(folder.resolve(f.fileName())));
        }
        return files;
    }

    /** Copies the folder with one to three kinds of damage; returns what was done, for the failure message. */
    private static String writeDamagedCopy(Map<ExchangeFile, byte[]> valid, Path folder, Random random) throws IOException {
        Files.createDirectories(folder);
        Map<ExchangeFile, byte[]> files = new EnumMap<>(valid);
        List<String> done = new ArrayList<>();
        int damages = 1 + random.nextInt(3);
        for (int i = 0; i < damages; i++) {
            ExchangeFile target = ExchangeFile.values()[random.nextInt(ExchangeFile.values().length)];
            byte[] bytes = files.get(target);
            if (bytes == null) {
                continue;
            }
            int kind = random.nextInt(9);
            done.add(target.fileName() + ":" + kind);
            switch (kind) {
                case 0 -> files.put(target, cells(bytes, random, Damage.DROP));
                case 1 -> files.put(target, cells(bytes, random, Damage.DUPLICATE));
                case 2 -> files.put(target, cells(bytes, random, Damage.GARBLE));
                case 3 -> files.put(target, cells(bytes, random, Damage.SWAP));
                case 4 -> files.put(target, randomBytes(bytes, random));
                case 5 -> files.put(target, Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
                case 6 -> files.put(target, duplicateLine(bytes, random));
                case 7 -> files.remove(target);
                default -> files.put(target, cells(bytes, random, Damage.SWAP_HEADER));
            }
        }
        for (Map.Entry<ExchangeFile, byte[]> f : files.entrySet()) {
            Files.write(folder.resolve(f.getKey().fileName()), f.getValue());
        }
        return String.join(", ", done);
    }

    private enum Damage { DROP, DUPLICATE, GARBLE, SWAP, SWAP_HEADER }

    /** Damages one cell of one line, split naively on commas: the damage, not the reading, is what is being tested here. */
    private static byte[] cells(byte[] bytes, Random random, Damage damage) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r\n", -1)));
        int lineIndex = damage == Damage.SWAP_HEADER ? 0 : 1 + random.nextInt(Math.max(1, lines.size() - 2));
        if (lineIndex >= lines.size()) {
            return bytes;
        }
        List<String> cells = new ArrayList<>(Arrays.asList(lines.get(lineIndex).split(",", -1)));
        int a = random.nextInt(cells.size());
        int b = random.nextInt(cells.size());
        switch (damage) {
            case DROP -> cells.remove(a);
            case DUPLICATE -> cells.add(a, cells.get(a));
            case GARBLE -> cells.set(a, GARBAGE[random.nextInt(GARBAGE.length)]);
            default -> {
                String swap = cells.get(a);
                cells.set(a, cells.get(b));
                cells.set(b, swap);
            }
        }
        lines.set(lineIndex, String.join(",", cells));
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count && copy.length > 0; i++) {
            byte[] choices = {(byte) 0xFF, (byte) 0xC3, (byte) 0x80, '"', ',', '\n', '\r', 0, (byte) random.nextInt(256)};
            copy[random.nextInt(copy.length)] = choices[random.nextInt(choices.length)];
        }
        return copy;
    }

    private static byte[] duplicateLine(byte[] bytes, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r\n", -1)));
        int line = random.nextInt(lines.size());
        lines.add(line, lines.get(line));
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}

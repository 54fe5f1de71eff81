package org.bedsideneuro.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Two imports at once, each through its own connection, as from two laptops: nothing is lost and nothing is doubled. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ConcurrentImportTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void twoWardsImportedAtOnceAreBothThereInFull() throws Exception {
        Path first = SyntheticWard.writeTo(dir.resolve("first"));
        Path second = SyntheticWard.writeFiles(dir.resolve("second"), SyntheticWard.PATIENTS.replace("MRN-00", "MRN-10"),
                SyntheticWard.MEDICATIONS.replace("MRN-00", "MRN-10"), SyntheticWard.FINDINGS.replace("MRN-00", "MRN-10"));
        List<ImportReport> reports = importAtOnce(first, second);

        assertThat(reports).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(reports).allSatisfy(r -> assertThat(r.findingsAdded()).isEqualTo(11));
        try (Database db = Database.open(backend.location(dir, "ward"), SyntheticWard.CLOCK)) {
            assertThat(db.check().counts()).containsEntry("patient", 6L).containsEntry("medication_order", 8L)
                    .containsEntry("exam", 8L).containsEntry("finding", 22L);
            assertThat(db.check().integrity()).isEqualTo("ok");
        }
    }

    @Test
    void theSameFolderImportedTwiceAtOnceIsStoredOnce() throws Exception {
        Path folder = SyntheticWard.writeTo(dir.resolve("ward-folder"));
        List<ImportReport> reports = importAtOnce(folder, folder);

        assertThat(reports).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(reports.stream().mapToLong(ImportReport::findingsAdded).sum()).as("each finding added by one of the two").isEqualTo(11);
        assertThat(reports.stream().mapToLong(ImportReport::patientsAdded).sum()).isEqualTo(3);
        try (Database db = Database.open(backend.location(dir, "ward"), SyntheticWard.CLOCK)) {
            assertThat(db.check().counts()).containsEntry("patient", 3L).containsEntry("medication_order", 4L)
                    .containsEntry("exam", 4L).containsEntry("finding", 11L);
        }
    }

    private List<ImportReport> importAtOnce(Path a, Path b) throws Exception {
        DatabaseLocation location = backend.location(dir, "ward");
        Database.open(location, SyntheticWard.CLOCK).close();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Database one = Database.open(location, SyntheticWard.CLOCK); Database two = Database.open(location, SyntheticWard.CLOCK)) {
            Callable<ImportReport> first = () -> new CsvImporter(one, SyntheticWard.CLOCK).importFolder(a, SyntheticWard.IMPORTER);
            Callable<ImportReport> second = () -> new CsvImporter(two, SyntheticWard.CLOCK).importFolder(b, SyntheticWard.IMPORTER);
            Future<ImportReport> f1 = pool.submit(first);
            Future<ImportReport> f2 = pool.submit(second);
            return List.of(f1.get(120, TimeUnit.SECONDS), f2.get(120, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }
}

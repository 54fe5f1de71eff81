package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class AutomaticBackupsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupIsTakenWhenTheAppStartsIntoTheFolderBesideTheDatabase() throws Exception {
        Path file = dir.resolve("ward.db");
        try (Database db = Database.open(file, Clock.systemUTC());
             AutomaticBackups backups = AutomaticBackups.start(db, file, Clock.systemUTC(), Duration.ofHours(4), problem -> { })) {
            Path folder = Backups.folderFor(file);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isDirectory(folder) && Files.list(folder).anyMatch(p -> p.toString().endsWith(".db")));
            try (var files = Files.list(folder)) {
                Path backup = files.filter(p -> p.toString().endsWith(".db")).findFirst().orElseThrow();
                assertThat(Backups.verify(backup).healthy()).isTrue();
            }
        }
    }
}

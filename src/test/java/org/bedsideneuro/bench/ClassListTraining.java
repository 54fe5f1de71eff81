package org.bedsideneuro.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.bedsideneuro.app.DemoWardInstaller;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.Database;

/**
 * The installer's training run for class-data sharing: started with {@code -XX:DumpLoadedClassList} by
 * {@code ./mvnw -Dinstaller package}, it fills a fresh database in {@code args[0]} with the demo ward and starts the
 * app to its first frame with the ward list, as {@link AppFirstFrame} does, then exits. The list of classes that
 * loaded ships with the installer, which makes the archive from it on the installed runtime and class path
 * (installer/linux/postinst): an archive is only usable with the exact runtime and jar paths it was made with.
 */
public final class ClassListTraining {
    private ClassListTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        Path db = folder.resolve("training.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        Clock clock = Clock.systemDefaultZone();
        try (Database database = Database.open(db, clock)) {
            Clinician nurse = database.write(s -> s.clinicians().findOrCreate("Nurse Training (fictional)", Role.NURSE));
            DemoWardInstaller.install(database, nurse, clock);
        }
        AppFirstFrame.main(new String[] {db.toString()});
    }
}

package org.bedsideneuro.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A SQLite database on disk is its file and, in WAL mode, two companions beside it. */
public final class DatabaseFiles {
    private static final List<String> SUFFIXES = List.of("-wal", "-shm", "");

    private DatabaseFiles() {
    }

    /**
     * Removes a closed database file with its WAL and shared-memory companions (the companions first, so that a
     * failure half-way never leaves a WAL beside a missing file). For the demo ward only: a ward's database is never
     * deleted by the app.
     */
    public static void delete(Path file) throws IOException {
        for (String suffix : SUFFIXES) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}

package org.bedsideneuro.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * Drafts kept on this laptop's own disk when the database cannot take them: the ward server dropped off the network
 *, so the draft table, which is on that server, is exactly what cannot be reached. One small file
 * per draft in a folder per author ({@code drafts/<clinician id>/<draft id>.draft} in the data folder), readable by
 * the user only, written to a temporary file, forced to disk and moved over the old one, so a crash or a flat battery
 * leaves the previous state or the new one, never half a file.
 * <p>
 * {@link #none()} keeps nothing (tests and windows without a data folder): forms then behave as before, the typing
 * still on screen.
 */
public final class LocalDrafts {
    private static final String SUFFIX = ".draft";
    private static final String FIELD = "field.";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;

    private LocalDrafts(Path folder) {
        this.folder = folder;
    }

    /** Drafts under {@code folder} (created when the first draft is kept). */
    public static LocalDrafts in(Path folder) {
        return new LocalDrafts(folder.toAbsolutePath());
    }

    /** A store that keeps nothing. */
    public static LocalDrafts none() {
        return new LocalDrafts(null);
    }

    public boolean keeps() {
        return folder != null;
    }

    /** Keeps {@code draft}, replacing the earlier state of the same draft. */
    public void save(Draft draft) {
        if (folder == null) {
            throw new IllegalStateException("This window has no folder on this laptop to keep drafts in.");
        }
        Path dir = folder.resolve(draft.author().toString());
        try {
            Files.createDirectories(dir);
            if (POSIX) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            Path temporary = POSIX
                    ? Files.createTempFile(dir, "draft", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dir, "draft", ".tmp");
            byte[] bytes = encode(draft).getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true); // on the disk before it replaces the earlier state
            }
            Path target = dir.resolve(draft.id() + SUFFIX);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The draft could not be kept on this laptop either (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Keeps {@code draft} in the database, or, when the database cannot be reached (the ward server is down or off the
     * network), here on this laptop's disk. Returns true when it was kept here. Any other failure
     * is thrown, as is an unreachable database when this store keeps nothing.
     */
    public boolean keep(Database database, Draft draft) {
        try {
            database.write(s -> {
                s.drafts().save(draft);
                return null;
            });
        } catch (DatabaseException e) {
            if (folder == null || !e.unreachable()) {
                throw e;
            }
            save(draft);
            return true;
        }
        delete(draft.author(), draft.id()); // the database has it now: an older copy here would only come back later
        return false;
    }

    /** This author's drafts in the database and here, newest first; the database's are left out while it cannot be reached. */
    public List<Draft> allByAuthor(Database database, ClinicianId author) {
        Map<UUID, Draft> byId = new LinkedHashMap<>();
        try {
            database.read(s -> s.drafts().byAuthor(author)).forEach(d -> byId.put(d.id(), d));
        } catch (DatabaseException e) {
            if (folder == null || !e.unreachable()) {
                throw e;
            }
        }
        for (Draft d : byAuthor(author)) {
            byId.merge(d.id(), d, (a, b) -> a.savedAt().isAfter(b.savedAt()) ? a : b);
        }
        List<Draft> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(Draft::savedAt).reversed());
        return all;
    }

    /** Forgets the draft (saved, or discarded by its author); nothing happens when there is none. */
    public void delete(ClinicianId author, UUID id) {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve(author.toString()).resolve(id + SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException("The kept draft could not be removed (" + e.getMessage() + ").", e);
        }
    }

    /** This author's kept drafts, newest first; a file that cannot be read is skipped, not fatal. */
    public List<Draft> byAuthor(ClinicianId author) {
        List<Draft> drafts = new ArrayList<>();
        if (folder == null) {
            return drafts;
        }
        Path dir = folder.resolve(author.toString());
        if (!Files.isDirectory(dir)) {
            return drafts;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Properties p = new Properties();
                    p.load(reader);
                    Draft d = decode(p);
                    if (d.author().equals(author)) {
                        drafts.add(d);
                    }
                } catch (IOException | RuntimeException e) {
                    System.getLogger(LocalDrafts.class.getName()).log(System.Logger.Level.WARNING, "Unreadable kept draft " + file + ": " + e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The drafts kept on this laptop could not be read (" + e.getMessage() + ").", e);
        }
        drafts.sort(Comparator.comparing(Draft::savedAt).reversed());
        return drafts;
    }

    static String encode(Draft d) {
        Properties p = new Properties();
        p.setProperty("id", d.id().toString());
        p.setProperty("author", d.author().toString());
        p.setProperty("patient", d.patient().value());
        p.setProperty("form", d.form());
        if (d.amends() != null) {
            p.setProperty("amends", d.amends().toString());
        }
        p.setProperty("savedAt", Long.toString(d.savedAt().toEpochMilli()));
        d.fields().forEach((k, v) -> p.setProperty(FIELD + k, v == null ? "" : v));
        StringWriter out = new StringWriter();
        try {
            p.store(out, "BedsideNeuro draft kept on this laptop while the database could not be reached");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Draft decode(Properties p) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(FIELD)) {
                fields.put(key.substring(FIELD.length()), p.getProperty(key));
            }
        }
        String amends = p.getProperty("amends");
        return new Draft(UUID.fromString(p.getProperty("id")), ClinicianId.parse(p.getProperty("author")), new PatientId(p.getProperty("patient")),
                p.getProperty("form"), amends == null ? null : ExamId.parse(amends), fields, Instant.ofEpochMilli(Long.parseLong(p.getProperty("savedAt"))));
    }
}
